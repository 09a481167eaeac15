/**
 * Builds (once) and caches in .bench/ the benchmark corpus: plain text source files unpacked from
 * PINNED npm packages (each package's own tarball via `npm pack`, never its dependencies, so nothing
 * is counted twice), plus three seeded stress files. Everything is deterministic: the same versions,
 * the same file list in the same order, the same stress bytes on every machine.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { benchDir } from './paths.mjs';

/** Pinned packages. Changing this list changes the corpus: bump CORPUS_VERSION with it. */
export const CORPUS_PACKAGES = [
  'typescript@5.6.3',
  'lodash@4.17.21',
  'react@18.3.1',
  'react-dom@18.3.1',
  '@babel/parser@7.26.2',
  '@babel/core@7.26.0',
  '@babel/types@7.26.0',
  '@babel/traverse@7.25.9',
  '@babel/generator@7.26.2',
  'rxjs@7.8.1',
  'moment@2.30.1',
  'three@0.170.0',
  'pdfjs-dist@4.8.69',
  'monaco-editor@0.52.0',
  'vue@3.5.13',
  'webpack@5.96.1',
  'eslint@9.15.0',
  'jquery@3.7.1',
  '@aws-sdk/client-s3@3.700.0',
];
/**
 * Pinned packages that ship what real repositories hold besides code, counted as a part of their own (issue 14):
 * SVG icon sets and logos (path data full of dotted numbers), docs and release notes (CHANGELOG, History.md:
 * four-part versions, example addresses), tests and their fixtures; and @types/node and stripe, whose API docs
 * hold addresses, resolvers and example values (issue 9). `npm run bench:findings` lists each finding here.
 */
export const BEYOND_CODE_PACKAGES = [
  '@types/node@22.10.1',
  'stripe@17.4.0',
  'simple-icons@13.21.0',
  'bootstrap-icons@1.11.3',
  '@primer/octicons@19.14.0',
  'feather-icons@4.29.2',
  'axios@1.7.9',
  'express@4.21.2',
  'async@3.2.6',
  'ua-parser-js@1.0.39',
  'qs@6.13.1',
  'resolve@1.22.8',
  'object-inspect@1.13.3',
  'minimist@1.2.8',
];
const CORPUS_VERSION = 3;
/**
 * Folders and files left out (relative to a package): monaco's dev/ is a second, unminified copy of its esm/
 * code; simple-icons' index.js and index.mjs are its SVG files again, as JavaScript.
 */
const EXCLUDED = new Set(['monaco-editor@0.52.0/dev', 'simple-icons@13.21.0/index.js', 'simple-icons@13.21.0/index.mjs']);

/** Extensions of the text source files kept; source maps are left out (they repeat the sources). */
const TEXT_EXTENSIONS = new Set([
  '.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.json', '.md', '.markdown', '.txt',
  '.css', '.scss', '.less', '.html', '.htm', '.yml', '.yaml', '.xml', '.svg', '.vue', '.flow', '.sh',
]);

export const STRESS_SEED = 0x5eed2024;
const MiB = 1 << 20;

/** mulberry32: a tiny seeded PRNG, so the stress and data files are the same bytes everywhere. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isText(file) {
  if (!TEXT_EXTENSIONS.has(path.extname(file).toLowerCase())) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return !buf.subarray(0, n).includes(0);
  } finally {
    fs.closeSync(fd);
  }
}

function walk(dir, out, rel = path.basename(dir)) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    const r = `${rel}/${entry.name}`;
    if (EXCLUDED.has(r)) continue;
    if (entry.isDirectory()) walk(p, out, r);
    else if (entry.isFile() && isText(p)) out.push(p);
  }
}

function fetchPackage(spec, corpusDir, tarDir) {
  const dest = path.join(corpusDir, spec.replace('/', '__'));
  const done = path.join(dest, '.complete');
  if (fs.existsSync(done)) return dest;
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const out = execFileSync('npm', ['pack', spec, '--json', '--pack-destination', tarDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = path.join(tarDir, JSON.parse(out)[0].filename);
  execFileSync('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1', '--no-same-owner'], { stdio: 'inherit' });
  fs.writeFileSync(done, '');
  return dest;
}

/** A 10 MiB minified one-liner: the corpus's own *.min.js files, newlines removed, in seeded order. */
function minifiedOneLiner(files, rand) {
  const mins = files.filter((f) => /\.min\.(c|m)?js$/.test(f));
  if (mins.length === 0) throw new Error('no *.min.js in the corpus to build the minified stress file');
  const parts = [];
  let size = 0;
  while (size < 10 * MiB) {
    const text = fs.readFileSync(mins[Math.floor(rand() * mins.length)], 'utf8').replace(/\r?\n/g, ';');
    parts.push(text);
    size += text.length;
  }
  return parts.join(';').slice(0, 10 * MiB);
}

/** A 5 MiB base64 data URI on one line, of seeded random bytes. */
function base64Blob(rand) {
  const prefix = 'const blob = "data:application/octet-stream;base64,';
  const suffix = '";\n';
  const bytes = Buffer.alloc(Math.ceil(((5 * MiB - prefix.length - suffix.length) * 3) / 4));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
  return (prefix + bytes.toString('base64')).slice(0, 5 * MiB - suffix.length) + suffix;
}

/**
 * A 1 MiB line built to hurt a scanner: long runs of one character (backtracking bait), and
 * key-prefix fragments that wake every keyword without ever completing a real key.
 */
function pathologicalLine(rand) {
  const fragments = [
    'AKIA', 'ASIA', 'ghp_', 'gho_', 'github_pat_', 'sk-', 'sk-proj-', 'sk-ant-', 'xoxb-', 'xoxp-', 'hooks.slack.com/',
    '-----BEGIN ', '-----BEGIN RSA PRIVATE KEY-----', 'eyJ', 'eyJhbGciOi', '@', '@@', 'a@b', '.com', 'user@', '://',
    'password=', 'passwd:', 'secret=', 'token=', 'api_key=', 'apikey:', 'Bearer ', 'Basic ', 'AIza', 'glpat-',
    'npm_', 'pypi-', 'SG.', 'sk_live_', 'rk_live_', 'xoxe-', 'mongodb+srv://', 'postgres://', 'https://', '+1 ', '(555) ',
    '4111', '5500', '0000', '1234567890', '=', ':', '"', "'", '/', '\\', '%', '+', '.', '-', '_', ' ',
  ];
  const repeats = ['A', 'a', '0', '9', 'x', 'F', '=', '-', '_', '.', '@', ' ', '/', '+', 'Z'];
  const parts = [];
  let size = 0;
  while (size < MiB) {
    let piece;
    const r = rand();
    if (r < 0.35) piece = repeats[Math.floor(rand() * repeats.length)].repeat(1 + Math.floor(rand() * 4096));
    else if (r < 0.55) piece = fragments[Math.floor(rand() * fragments.length)].repeat(1 + Math.floor(rand() * 200));
    else if (r < 0.85) piece = fragments[Math.floor(rand() * fragments.length)];
    else piece = String(Math.floor(rand() * 1e12));
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, MiB - 1) + '\n';
}

function digest(files) {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/**
 * Returns { files: [{path, bytes, part}], stress: [{name, path, bytes}], packages, totalBytes, digest }.
 * Builds what is missing; a second call only reads the manifest.
 */
export function ensureCorpus(log = console.error) {
  const root = path.join(benchDir, 'corpus');
  const manifestPath = path.join(root, `manifest-v${CORPUS_VERSION}.json`);
  if (fs.existsSync(manifestPath)) return JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const pkgDir = path.join(root, 'packages');
  const tarDir = path.join(root, 'tarballs');
  fs.mkdirSync(pkgDir, { recursive: true });
  fs.mkdirSync(tarDir, { recursive: true });
  const files = [];
  /** Which part of the corpus each file belongs to: 'code', or 'beyond-code' (see BEYOND_CODE_PACKAGES). */
  const partOf = new Map();
  for (const [part, specs] of [['code', CORPUS_PACKAGES], ['beyond-code', BEYOND_CODE_PACKAGES]]) {
    for (const spec of specs) {
      log(`corpus: ${spec}`);
      const before = files.length;
      walk(fetchPackage(spec, pkgDir, tarDir), files);
      for (const f of files.slice(before)) partOf.set(f, part);
    }
  }
  const rand = prng(STRESS_SEED);
  const stressDir = path.join(root, 'stress');
  fs.mkdirSync(stressDir, { recursive: true });
  const stress = [
    ['minified-10MB.js', () => minifiedOneLiner(files, rand)],
    ['base64-5MB.js', () => base64Blob(rand)],
    ['pathological-1MB.txt', () => pathologicalLine(rand)],
  ].map(([name, make]) => {
    const p = path.join(stressDir, name);
    fs.writeFileSync(p, make());
    return { name, path: p, bytes: fs.statSync(p).size };
  });
  const list = files.map((f) => ({ path: f, bytes: fs.statSync(f).size, part: partOf.get(f) }));
  const manifest = {
    packages: [...CORPUS_PACKAGES, ...BEYOND_CODE_PACKAGES],
    files: list,
    stress,
    totalBytes: list.reduce((s, f) => s + f.bytes, 0),
    digest: digest([...files, ...stress.map((s) => s.path)]),
  };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = ensureCorpus();
  console.log(`${m.files.length} files, ${(m.totalBytes / 1e6).toFixed(1)} MB, digest ${m.digest}`);
}
