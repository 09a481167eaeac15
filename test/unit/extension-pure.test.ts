/**
 * The extension's pure helpers (src/extension/pure): globs, AI exclusion files, comment syntax,
 * environment-variable placeholders, the in-memory redaction mapping, settings parsing.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';
import { compileCustomRules, redact } from '../../src/engine';
import { commentStyle, suppressionInsertion } from '../../src/extension/pure/comments';
import { compileGlobs } from '../../src/extension/pure/globs';
import { appendLine, exclusionLineFor, parseIgnoreFile } from '../../src/extension/pure/ignoreFile';
import { envReference, envReplacement, envVarName, typedPlaceholder, upperSnake } from '../../src/extension/pure/placeholders';
import { RedactionMemory } from '../../src/extension/pure/redactionMemory';
import { customRuleSettingName, DEFAULT_SETTINGS, parseSettings } from '../../src/extension/pure/settings';
import { listFindings, summarizeFindings } from '../../src/extension/pure/summary';
import { decodeUtf8, looksBinary } from '../../src/shared/text';

const AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';
const OTHER_AWS_KEY = 'ASIAQ7F2XK4TJ6PRWM3N';

describe('extension: globs', () => {
  const { matcher } = compileGlobs(DEFAULT_SETTINGS.aiBoundFiles);

  it('matches the default AI-bound files by workspace-relative or absolute path', () => {
    assert.ok(matcher.matches('AGENTS.md'));
    assert.ok(matcher.matches('/home/me/project/docs/CLAUDE.md'));
    assert.ok(matcher.matches('.github/prompts/review.md'));
    assert.ok(matcher.matches('.github/copilot-instructions.md'));
    assert.ok(matcher.matches('a/b/fix.prompt.md'));
    assert.ok(matcher.matches('.cursor/rules/style.mdc'));
    assert.ok(!matcher.matches('README.md'));
    assert.ok(!matcher.matches('src/agents.ts'));
  });

  it('excludes node_modules and .git at any depth, and nothing else by default', () => {
    const exclude = compileGlobs(DEFAULT_SETTINGS.exclude).matcher;
    assert.ok(exclude.matches('node_modules/x/index.js'));
    assert.ok(exclude.matches('packages/a/node_modules/b.js'));
    assert.ok(exclude.matches('.git/config'));
    assert.ok(!exclude.matches('src/.env'));
  });

  it('reports entries that are not globs, by index, and keeps the others', () => {
    const { matcher: m, errors } = compileGlobs(['**/*.key', 42, '  ']);
    assert.deepEqual(errors.map((e) => e.index), [1, 2]);
    assert.ok(m.matches('certs/server.key'));
  });
});

describe('extension: AI exclusion files', () => {
  it('follows gitignore syntax: unanchored names, anchored paths, directories, negation', () => {
    const f = parseIgnoreFile('.cursorignore', '', '# secrets\n.env\n/config/local.json\nsecrets/\n*.pem\n!public.pem\n');
    assert.ok(f.excludes('.env'));
    assert.ok(f.excludes('services/api/.env'));
    assert.ok(f.excludes('config/local.json'));
    assert.ok(!f.excludes('src/config/local.json'), 'a leading slash anchors to the file\'s directory');
    assert.ok(f.excludes('secrets/prod/key.txt'), 'a file inside an excluded directory');
    assert.ok(!f.excludes('secrets'), 'a directory-only pattern does not match a file of that name');
    assert.ok(f.excludes('certs/server.pem'));
    assert.ok(!f.excludes('certs/public.pem'), 'negation re-includes');
    assert.ok(!f.excludes('src/index.ts'));
  });

  it('applies a nested file only at or below its directory', () => {
    const f = parseIgnoreFile('.aiignore', 'services/api', '*.json\n');
    assert.ok(f.excludes('services/api/keys.json'));
    assert.ok(f.excludes('services/api/deep/keys.json'));
    assert.ok(!f.excludes('services/web/keys.json'));
  });

  it('treats an empty .aiexclude as "everything" and ignores negation there (Gemini rules)', () => {
    assert.ok(parseIgnoreFile('.aiexclude', '', '').excludes('any/file.ts'));
    assert.ok(!parseIgnoreFile('.cursorignore', '', '').excludes('any/file.ts'));
    const f = parseIgnoreFile('.aiexclude', '', '*.key\n!keep.key\n');
    assert.ok(f.excludes('keep.key'));
  });

  it('appends a line that excludes exactly the file it names', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._\-*?[\] ]{1,12}$/).filter((s) => s.trim() === s && !/^\.+$/.test(s));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (segments) => {
        const path = segments.join('/');
        const f = parseIgnoreFile('.cursorignore', '', appendLine('node_modules/', exclusionLineFor(path)));
        assert.ok(f.excludes(path), `${path} via ${exclusionLineFor(path)}`);
        assert.ok(!f.excludes(`other/${path}`));
      }),
    );
  });

  it('keeps existing content and ends with a newline', () => {
    assert.equal(appendLine('a', '/b'), 'a\n/b\n');
    assert.equal(appendLine('a\n', '/b'), 'a\n/b\n');
    assert.equal(appendLine('', '/b'), '/b\n');
  });
});

describe('extension: suppression comments', () => {
  const LANGUAGES = [
    'javascript', 'typescript', 'python', 'go', 'java', 'csharp', 'rust', 'ruby', 'shellscript', 'yaml', 'dotenv',
    'properties', 'toml', 'dockerfile', 'sql', 'lua', 'ini', 'latex', 'vb', 'bat', 'html', 'markdown', 'xml', 'css',
    'scss', 'jsonc', 'ocaml', 'jinja', 'handlebars', 'plaintext', 'php', 'powershell', 'clojure', 'haskell',
  ];
  for (const language of LANGUAGES) {
    it(`suppresses a finding in ${language}`, () => {
      const line = `    aws_access_key_id = "${AWS_KEY}"`;
      const before = `first line\n${line}\nlast line\n`;
      assert.equal(scan(before).length, 1, 'the unsuppressed line has a finding');
      const ins = suppressionInsertion(language, line)!;
      assert.ok(ins, 'the language has comment syntax');
      const after = ins.where === 'above' ? `first line\n${ins.text}${line}\nlast line\n` : `first line\n${line}${ins.text}\nlast line\n`;
      assert.deepEqual(scan(after), [], after);
    });
  }

  it('puts line comments above the finding with its indentation, block comments the engine cannot see there at the end', () => {
    assert.deepEqual(suppressionInsertion('python', '    key = 1', '\r\n'), { where: 'above', text: '    # privacy-guard-ignore\r\n' });
    assert.deepEqual(suppressionInsertion('html', '<a>'), { where: 'above', text: '<!-- privacy-guard-ignore -->\n' });
    assert.deepEqual(suppressionInsertion('ocaml', 'let k = 1'), { where: 'end', text: ' (* privacy-guard-ignore *)' });
  });

  it('offers nothing for languages without comments', () => {
    assert.equal(commentStyle('json'), undefined);
    assert.equal(suppressionInsertion('json', '"k": 1'), undefined);
  });
});

describe('extension: environment-variable placeholders', () => {
  it('uses each language\'s idiom', () => {
    assert.equal(envReference('typescript', 'API_KEY'), 'process.env.API_KEY');
    assert.equal(envReference('python', 'API_KEY'), 'os.environ["API_KEY"]');
    assert.equal(envReference('go', 'API_KEY'), 'os.Getenv("API_KEY")');
    assert.equal(envReference('java', 'API_KEY'), 'System.getenv("API_KEY")');
    assert.equal(envReference('yaml', 'API_KEY'), '${API_KEY}');
    assert.equal(envReference('dotenv', 'API_KEY'), '${API_KEY}');
    assert.equal(envReference('markdown', 'API_KEY'), undefined);
  });

  it('names the variable after the key it is assigned to, else after the kind', () => {
    assert.equal(envVarName('const stripeSecret = "', 'STRIPE_KEY'), 'STRIPE_SECRET');
    assert.equal(envVarName('  "aws.secret-key": "', 'AWS_SECRET_KEY'), 'SECRET_KEY');
    assert.equal(envVarName('OPENAI_API_KEY=', 'OPENAI_KEY'), 'OPENAI_API_KEY');
    assert.equal(envVarName('send(', 'AWS_ACCESS_KEY'), 'AWS_ACCESS_KEY');
    assert.equal(upperSnake('apiKeyV2'), 'API_KEY_V2');
  });

  it('replaces the whole string literal in code, only the value in config files', () => {
    const ts = `const awsKeyId = "${AWS_KEY}";`;
    const start = ts.indexOf(AWS_KEY);
    const r = envReplacement('typescript', ts, start, start + AWS_KEY.length, 'AWS_ACCESS_KEY')!;
    const fixed = ts.slice(0, r.start) + r.text + ts.slice(r.end);
    assert.equal(fixed, 'const awsKeyId = process.env.AWS_KEY_ID;');
    const yaml = `aws_access_key_id: ${AWS_KEY}`;
    const y = envReplacement('yaml', yaml, yaml.indexOf(AWS_KEY), yaml.length, 'AWS_ACCESS_KEY')!;
    assert.equal(yaml.slice(0, y.start) + y.text, 'aws_access_key_id: ${AWS_ACCESS_KEY_ID}');
    assert.deepEqual(scan(fixed), []);
  });

  it('makes typed placeholders the engine does not report', () => {
    assert.equal(typedPlaceholder('AWS_ACCESS_KEY'), '<AWS_ACCESS_KEY>');
    assert.deepEqual(scan(`aws_secret_access_key = ${typedPlaceholder('AWS_SECRET_KEY')}`), []);
  });
});

describe('extension: redaction memory', () => {
  it('keeps placeholders unique across copies and reuses them for a value seen before', () => {
    const memory = new RedactionMemory();
    const first = `key = ${AWS_KEY}`;
    const second = `other = ${OTHER_AWS_KEY}\nagain = ${AWS_KEY}`;
    const a = memory.remember(redact(first, scan(first)));
    const b = memory.remember(redact(second, scan(second)));
    assert.equal(a, 'key = [REDACTED_AWS_ACCESS_KEY_1]');
    assert.equal(b, 'other = [REDACTED_AWS_ACCESS_KEY_2]\nagain = [REDACTED_AWS_ACCESS_KEY_1]');
    assert.equal(memory.size, 2);
    const answer = 'Use [REDACTED_AWS_ACCESS_KEY_2] then [REDACTED_AWS_ACCESS_KEY_1]; [REDACTED_EMAIL_9] is unknown.';
    assert.deepEqual(memory.restore(answer), {
      text: `Use ${OTHER_AWS_KEY} then ${AWS_KEY}; [REDACTED_EMAIL_9] is unknown.`,
      restored: 2,
    });
    memory.clear();
    assert.equal(memory.size, 0);
    assert.equal(memory.restore(answer).restored, 0);
  });
});

describe('extension: settings', () => {
  it('gives the defaults when nothing is set', () => {
    assert.deepEqual(parseSettings({}), { settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('names each malformed setting, falls back to its default and keeps the rest', () => {
    const { settings, errors } = parseSettings({
      enable: 'yes',
      minConfidence: 'certain',
      'severity.secrets': 'error',
      exclude: ['**/dist/**', 7],
      maxFileSizeMB: -1,
      customRules: { id: 'x' },
    });
    assert.equal(settings.enable, true);
    assert.equal(settings.minConfidence, 'medium');
    assert.equal(settings.severitySecrets, 'error');
    assert.deepEqual(settings.exclude, ['**/dist/**']);
    assert.equal(settings.maxFileSizeMB, 50);
    assert.deepEqual(settings.customRules, []);
    assert.deepEqual(
      errors.map((e) => e.setting),
      ['aiPrivacyGuard.enable', 'aiPrivacyGuard.minConfidence', 'aiPrivacyGuard.exclude[1]', 'aiPrivacyGuard.customRules', 'aiPrivacyGuard.maxFileSizeMB'],
    );
  });

  it('names a custom rule by index and id, and the field an error is about', () => {
    assert.equal(customRuleSettingName(1, 'my-rule'), 'aiPrivacyGuard.customRules[1] (my-rule)');
    assert.equal(customRuleSettingName(-1), 'aiPrivacyGuard.customRules');
    const [error] = compileCustomRules([{ id: 'my-rule', pattern: 'abc', title: { text: 'x' } }]).errors;
    assert.equal(customRuleSettingName(error.index, error.id, error.field), 'aiPrivacyGuard.customRules[0].title (my-rule)');
  });
});

describe('extension: summaries and files', () => {
  it('counts secrets and PII and lists masked values with 1-based lines', () => {
    const text = `x\nkey = ${AWS_KEY}\nmail: jane.doe@acme-corp.io`;
    const findings = scan(text);
    const summary = summarizeFindings(findings, 500);
    assert.deepEqual([summary.total, summary.secrets], [2, 1]);
    assert.deepEqual(summary.kinds.map((k) => [k.title, k.category, k.count]).sort(), [['AWS access key ID', 'secret', 1], ['Email address', 'pii', 1]]);
    const lines = listFindings(findings, (l, t, m) => `${l}|${t}|${m}`, (n) => `+${n}`, 1);
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^2\|AWS access key ID\|AK…4L$/);
    assert.equal(lines[1], '+1');
    // Of 40 findings, 1 listed and 2 shown: 38 more.
    assert.equal(listFindings(findings, (l) => String(l), (n) => `+${n}`, 5, 0, 40).pop(), '+38');
    assert.ok(!lines.join('').includes(AWS_KEY));
  });

  it('treats content dense in NUL bytes as binary and decodes invalid UTF-8 without failing', () => {
    assert.ok(looksBinary(Uint8Array.from([0x50, 0x4b, 0x00, 0x01])));
    assert.ok(!looksBinary(new TextEncoder().encode('plain text')));
    const config = new TextEncoder().encode(`key = value\0\0\n${'# an ordinary line of text\n'.repeat(10)}`);
    assert.ok(!looksBinary(config), 'a few NUL bytes in text: scanned (git would call it binary)');
    assert.ok(looksBinary(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), 'random bytes, as in compressed data');
    const utf16 = Uint8Array.from([...'password'].flatMap((c) => [c.charCodeAt(0), 0]));
    assert.ok(looksBinary(utf16), 'UTF-16 without a byte-order mark');
    assert.equal(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62])), 'a\ufffdb');
  });
});
