/**
 * The command-line interface, run in-process through main(): formats, exit codes, path selection
 * (excludes, .gitignore, globs, stdin), baselines, custom rules, redaction. One test spawns the real process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../../package.json';
import { scan } from '../../src/catalogue';
import { legacyFingerprint } from '../../src/engine';
import { AWS_KEY_ID, AWS_KEY_ID_2, AWS_SECRET, makeTree, run } from '../fixtures/cli/harness';

const ESC = '\x1b[';
const secretLine = `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\n`;
const paths = (stdout: string) => (JSON.parse(stdout).findings as { path: string }[]).map((f) => f.path).sort();

describe('cli', () => {
  before(() => {
    // The tests rely on these fake values being found; if a rule change stops that, say so plainly.
    assert.deepEqual(scan(secretLine).map((f) => f.ruleId), ['aws-access-key-id']);
    assert.ok(scan(`key = ${AWS_KEY_ID_2}`).length === 1);
  });

  let trees: (() => void)[] = [];
  const tree = (files: Record<string, string | Buffer>) => {
    const t = makeTree(files);
    trees.push(t.cleanup);
    return t.root;
  };
  afterEach(() => {
    trees.forEach((c) => c());
    trees = [];
  });

  describe('usage', () => {
    it('prints help and the version with exit 0', async () => {
      const help = await run(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: ai-privacy-guard/);
      assert.match(help.stdout, /--write-baseline/);
      const version = await run(['--version']);
      assert.equal(version.code, 0);
      assert.equal(version.stdout.trim(), packageJson.version);
    });

    for (const [args, message] of [
      [['scan', '--bogus'], /Unknown option '--bogus'/],
      [[], /missing command/],
      [['scna'], /unknown command 'scna'/],
      [['scan', '--format', 'xml'], /--format must be one of text, json, sarif \(got 'xml'\)/],
      [['scan', '--categories', 'secrets'], /--categories must be one of secret, pii/],
      [['scan', '--min-confidence', 'certain'], /--min-confidence must be one of low, medium, high/],
      [['scan', '--max-file-size', 'ten'], /--max-file-size must be a number/],
      [['scan', '--format'], /argument missing/],
      [['scan', '-', '-'], /standard input \('-'\) can be read only once/],
      [['scan', 'a', 'b', '--redact'], /--redact works on one input/],
    ] as const) {
      it(`rejects ${JSON.stringify(args)} with exit 2 and a clear message`, async () => {
        const r = await run([...args]);
        assert.equal(r.code, 2);
        assert.match(r.stderr, message);
        assert.match(r.stderr, /--help/);
        assert.equal(r.stdout, '');
      });
    }

    it('fails with exit 2 naming a path that does not exist, before scanning anything', async () => {
      const root = tree({ 'a.env': secretLine });
      const r = await run(['scan', 'a.env', 'missing.txt'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no such file or folder: missing\.txt/);
      assert.equal(r.stdout, '');
    });

    it('names a broken symbolic link given on the command line', async () => {
      const root = tree({});
      symlinkSync(join(root, 'gone'), join(root, 'link'));
      const r = await run(['scan', 'link'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read link \(a broken link\?\)/);
    });

    it('lists the rule catalogue as text and JSON', async () => {
      const text = await run(['rules']);
      assert.equal(text.code, 0);
      assert.match(text.stdout, /^aws-access-key-id\s+secret\s+high\s+AWS access key ID$/m);
      const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
      const aws = json.find((r: { id: string }) => r.id === 'aws-access-key-id');
      assert.equal(aws.category, 'secret');
      assert.equal(aws.severity, 'high');
    });
  });

  describe('text format', () => {
    it('exits 0 with a summary when nothing is found', async () => {
      const root = tree({ 'a.txt': 'hello world\n', 'b.md': '# notes\n' });
      const r = await run(['scan', '.'], { cwd: root });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, 'No findings in 2 files scanned.\n');
    });

    it('prints path:line:col, severity, title, masked value and rule id, then a summary; exit 1', async () => {
      const root = tree({ 'conf/a.env': `# keys\n${secretLine}`, 'b.txt': 'nothing\n' });
      const r = await run(['scan', '.'], { cwd: root });
      assert.equal(r.code, 1);
      const [first, blank, summary] = r.stdout.trimEnd().split('\n');
      const { title, masked } = scan(secretLine)[0];
      assert.equal(first, `conf/a.env:2:19  high    ${title}  ${masked}  (aws-access-key-id)`);
      assert.equal(blank, '');
      assert.equal(summary, '1 finding (1 high) in 1 of 2 files scanned.');
      assert.ok(!r.stdout.includes(ESC), 'no colours when stdout is not a terminal');
    });

    it('colours only on a terminal, and not with NO_COLOR', async () => {
      const root = tree({ 'a.env': secretLine });
      assert.ok((await run(['scan', '.'], { cwd: root, tty: true })).stdout.includes(ESC));
      assert.ok(!(await run(['scan', '.'], { cwd: root, tty: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC));
    });

    it('writes the report to --output instead of stdout', async () => {
      const root = tree({ 'a.env': secretLine });
      const r = await run(['scan', 'a.env', '--output', 'report.txt'], { cwd: root });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(readFileSync(join(root, 'report.txt'), 'utf8'), /^a\.env:1:19 /);
    });

    it('reports exit 2 when --output cannot be written', async () => {
      const root = tree({ 'a.env': secretLine });
      const r = await run(['scan', 'a.env', '--output', 'no/such/dir/report.txt'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot write output no\/such\/dir\/report\.txt: ENOENT/);
    });
  });

  describe('json format', () => {
    it('has a stable, documented shape with 1-based positions and counts', async () => {
      const root = tree({ 'a.env': `\n\n  ${AWS_KEY_ID}\n`, 'bin.dat': Buffer.from([1, 0, 2, 0]) });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(report), ['schemaVersion', 'tool', 'findings', 'skipped', 'failed', 'summary']);
      assert.equal(report.schemaVersion, 1);
      assert.deepEqual(report.tool, { name: 'ai-privacy-guard', version: packageJson.version });
      const [f] = report.findings;
      const expected = scan(`\n\n  ${AWS_KEY_ID}\n`)[0];
      assert.deepEqual(f, {
        path: 'a.env',
        ruleId: 'aws-access-key-id',
        title: expected.title,
        category: 'secret',
        kind: 'AWS_ACCESS_KEY',
        severity: 'high',
        confidence: 'high',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 23,
        masked: expected.masked,
        fingerprint: report.findings[0].fingerprint,
      });
      assert.match(report.findings[0].fingerprint, /^[0-9a-f]{20}$/, 'keyed (see fingerprint.test.ts)');
      assert.deepEqual(report.skipped, [{ path: 'bin.dat', reason: 'binary file (contains NUL bytes)' }]);
      assert.deepEqual(report.summary, {
        filesScanned: 1,
        filesSkipped: 1,
        filesFailed: 0,
        findings: 1,
        baselined: 0,
        bySeverity: { high: 1, medium: 0, low: 0 },
        byCategory: { secret: 1, pii: 0 },
      });
    });
  });

  describe('choosing files', () => {
    it('always skips node_modules and .git, and honours --exclude globs (repeatable)', async () => {
      const root = tree({
        'a.env': secretLine,
        'node_modules/pkg/x.env': secretLine,
        '.git/config': secretLine,
        'src/deep/b.env': secretLine,
        'dist/c.js': secretLine,
        'keep/d.txt': secretLine,
      });
      assert.deepEqual(paths((await run(['scan', '.', '-f', 'json'], { cwd: root })).stdout), ['a.env', 'dist/c.js', 'keep/d.txt', 'src/deep/b.env']);
      const r = await run(['scan', '.', '-f', 'json', '--exclude', '*.env', '--exclude', 'dist'], { cwd: root });
      assert.deepEqual(paths(r.stdout), ['keep/d.txt']);
      const r2 = await run(['scan', '.', '-f', 'json', '--exclude', 'src/**'], { cwd: root });
      assert.deepEqual(paths(r2.stdout), ['a.env', 'dist/c.js', 'keep/d.txt']);
    });

    it('applies .gitignore files found on the way: negation, anchoring, directory-only, nesting', async () => {
      const root = tree({
        '.gitignore': ['# comment', '*.log', '!keep.log', '/build', 'tmp/', 'docs/private/*.md'].join('\n'),
        'app.log': secretLine,
        'sub/keep.log': secretLine,
        'build/out.txt': secretLine,
        'sub/build/out.txt': secretLine, // /build is anchored: a nested build folder is scanned
        'tmp/x.txt': secretLine,
        'sub/tmp': secretLine, // tmp/ matches folders only: a file named tmp is scanned
        'docs/private/a.md': secretLine,
        'docs/public/a.md': secretLine,
        'nested/.gitignore': '!*.log\nlocal.txt\n',
        'nested/re.log': secretLine, // re-included by the deeper .gitignore
        'nested/local.txt': secretLine,
        'other/local.txt': secretLine,
      });
      const r = await run(['scan', '.', '-f', 'json'], { cwd: root });
      assert.deepEqual(paths(r.stdout), [
        'docs/public/a.md',
        'nested/re.log',
        'other/local.txt',
        'sub/build/out.txt',
        'sub/keep.log',
        'sub/tmp',
      ]);
    });

    it("applies a parent folder's .gitignore up to the repository root", async () => {
      const root = tree({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': '*.secret\n', 'pkg/a.secret': secretLine, 'pkg/b.env': secretLine });
      const r = await run(['scan', 'pkg', '-f', 'json'], { cwd: root });
      assert.deepEqual(paths(r.stdout), ['pkg/b.env']);
    });

    it('scans a file named on the command line even when excluded, and each file once', async () => {
      const root = tree({ '.gitignore': '*.env\n', 'a.env': secretLine });
      const r = await run(['scan', 'a.env', './a.env', '.', '-f', 'json', '--exclude', 'a.env'], { cwd: root });
      assert.deepEqual(paths(r.stdout), ['a.env']);
    });

    it('expands globs, and notes a glob that matches nothing', async () => {
      const root = tree({ 'a.env': secretLine, 'src/b.env': secretLine, 'src/c.txt': secretLine });
      assert.deepEqual(paths((await run(['scan', '**/*.env', '-f', 'json'], { cwd: root })).stdout), ['a.env', 'src/b.env']);
      assert.deepEqual(paths((await run(['scan', 'src/*.txt', '-f', 'json'], { cwd: root })).stdout), ['src/c.txt']);
      const none = await run(['scan', '**/*.yaml'], { cwd: root });
      assert.equal(none.code, 0);
      assert.match(none.stderr, /note: no files match \*\*\/\*\.yaml/);
    });

    it('skips binary files and files over --max-file-size with a note; 0 lifts the limit', async () => {
      const big = `${'x'.repeat(2000)}\n${secretLine}`;
      const root = tree({ 'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'big.txt': big });
      const limited = await run(['scan', '.', '--max-file-size', '0.001'], { cwd: root });
      assert.equal(limited.code, 0);
      assert.match(limited.stderr, /note: skipped img\.png: binary file/);
      assert.match(limited.stderr, /note: skipped big\.txt: larger than 0\.001 MB/);
      const unlimited = await run(['scan', '.', '--max-file-size', '0'], { cwd: root });
      assert.equal(unlimited.code, 1);
      assert.match(unlimited.stdout, /^big\.txt:2:19 /m);
    });
  });

  describe('standard input', () => {
    it("reads '-' and reports it as <stdin>", async () => {
      const r = await run(['scan', '-', '-f', 'json'], { stdin: `x\n${secretLine}` });
      assert.equal(r.code, 1);
      assert.deepEqual(
        JSON.parse(r.stdout).findings.map((f: { path: string; line: number }) => [f.path, f.line]),
        [['<stdin>', 2]],
      );
    });

    it('exits 0 on clean input, including empty input', async () => {
      assert.equal((await run(['scan', '-'], { stdin: 'nothing here\n' })).code, 0);
      assert.equal((await run(['scan', '-'], { stdin: '' })).code, 0);
    });

    it('--redact writes the redacted text of stdin to stdout', async () => {
      const r = await run(['scan', '-', '--redact'], { stdin: `a=${AWS_KEY_ID}\nb=${AWS_KEY_ID}\nc=${AWS_KEY_ID_2}\n` });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, 'a=[REDACTED_AWS_ACCESS_KEY_1]\nb=[REDACTED_AWS_ACCESS_KEY_1]\nc=[REDACTED_AWS_ACCESS_KEY_2]\n');
      assert.match(r.stderr, /redacted 3 value\(s\) in <stdin>/);
      const clean = await run(['scan', '-', '--redact'], { stdin: 'plain text\n' });
      assert.equal(clean.code, 0);
      assert.equal(clean.stdout, 'plain text\n');
    });

    it('--redact redacts at the lowest confidence, whatever --min-confidence says', async () => {
      // A Korean resident registration number without its checksum context: reported at low confidence only.
      const doubtful = 'RRN 210815-3849201\n';
      assert.equal(scan(doubtful, { minConfidence: 'medium' }).length, 0, 'the fixture must be a low-confidence finding');
      assert.equal(scan(doubtful, { minConfidence: 'low' }).length, 1, 'the fixture must be a low-confidence finding');
      const reported = await run(['scan', '-', '--min-confidence', 'high'], { stdin: doubtful });
      assert.equal(reported.code, 0, 'the report honours --min-confidence');
      for (const level of ['high', 'medium', 'low']) {
        const r = await run(['scan', '-', '--redact', '--min-confidence', level], { stdin: doubtful });
        assert.equal(r.code, 1, level);
        assert.match(r.stdout, /^RRN \[REDACTED_[A-Z_]+_1\]\n$/, level);
      }
    });

    it('--redact works on one file, and refuses a folder', async () => {
      const root = tree({ 'a.env': secretLine, 'b.env': secretLine });
      const one = await run(['scan', 'a.env', '--redact'], { cwd: root });
      assert.equal(one.stdout, 'AWS_ACCESS_KEY_ID=[REDACTED_AWS_ACCESS_KEY_1]\n');
      const dir = await run(['scan', '.', '--redact'], { cwd: root });
      assert.equal(dir.code, 2);
      assert.match(dir.stderr, /--redact works on one input/);
    });
  });

  describe('rule selection', () => {
    it('--categories, --disable and --min-confidence reach the engine', async () => {
      const root = tree({ 'a.env': secretLine });
      assert.equal((await run(['scan', '.', '--categories', 'pii'], { cwd: root })).code, 0);
      assert.equal((await run(['scan', '.', '--categories', 'secret,pii'], { cwd: root })).code, 1);
      assert.equal((await run(['scan', '.', '--disable', 'aws-access-key-id'], { cwd: root })).code, 0);
      assert.equal((await run(['scan', '.', '--min-confidence', 'high'], { cwd: root })).code, 1);
      const unknown = await run(['scan', '.', '--disable', 'no-such-rule'], { cwd: root });
      assert.match(unknown.stderr, /--disable no-such-rule: no such rule/);
    });

    it('leaves documentation values out unless --min-severity low', async () => {
      const root = tree({ 'README.md': 'Write to jane.doe@example.com for access.\n' });
      assert.equal((await run(['scan', '.'], { cwd: root })).code, 0);
      const low = await run(['scan', '.', '--min-severity', 'low', '--format', 'json'], { cwd: root });
      assert.equal(low.code, 1);
      assert.match(low.stdout, /email-address/);
      assert.match((await run(['scan', '.', '--min-severity', 'urgent'], { cwd: root })).stderr, /--min-severity must be one of low, medium, high/);
    });
  });

  describe('custom rules', () => {
    const rulesFile = (rules: unknown) => JSON.stringify(rules);

    it('runs rules from --custom-rules (a list, or an object with "rules")', async () => {
      const root = tree({
        'rules.json': rulesFile([{ id: 'acme-ticket', pattern: 'ACME-[0-9]{6}', title: 'ACME ticket', severity: 'medium' }]),
        'rules2.json': rulesFile({ rules: [{ id: 'acme-ticket', pattern: 'ACME-[0-9]{6}' }] }),
        'notes.txt': 'see ACME-123456 for details\n',
      });
      for (const file of ['rules.json', 'rules2.json']) {
        const r = await run(['scan', 'notes.txt', '--custom-rules', file, '-f', 'json'], { cwd: root });
        assert.equal(r.code, 1, r.stderr);
        const [f] = JSON.parse(r.stdout).findings;
        assert.equal(f.ruleId, 'custom.acme-ticket');
        assert.equal(f.column, 5);
      }
    });

    it('names each invalid rule and exits 2', async () => {
      const root = tree({
        'bad.json': rulesFile([
          { id: 'ok-one', pattern: 'abc[0-9]+' },
          { id: 'backref', pattern: '(a)\\1' },
          { id: 'empty', pattern: 'x*' },
          { pattern: 'nope' },
        ]),
        'notes.txt': 'x\n',
      });
      const r = await run(['scan', 'notes.txt', '--custom-rules', 'bad.json'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /custom rules bad\.json has 3 error\(s\)/);
      assert.match(r.stderr, /rule #2 \("backref"\): "pattern" cannot be used: backreferences are not supported/);
      assert.match(r.stderr, /rule #3 \("empty"\): "pattern" matches the empty string/);
      assert.match(r.stderr, /rule #4: "id" must be/);
      assert.equal(r.stdout, '');
    });

    it('reports a missing or malformed rules file with exit 2', async () => {
      const root = tree({ 'broken.json': '{ "rules": [', 'notes.txt': 'x\n', 'obj.json': '{"id": 1}' });
      const missing = await run(['scan', 'notes.txt', '--custom-rules', 'nope.json'], { cwd: root });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read custom rules nope\.json: ENOENT/);
      const broken = await run(['scan', 'notes.txt', '--custom-rules', 'broken.json'], { cwd: root });
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /custom rules broken\.json is not valid JSON/);
      const obj = await run(['scan', 'notes.txt', '--custom-rules', 'obj.json'], { cwd: root });
      assert.equal(obj.code, 2);
      assert.match(obj.stderr, /the file: expected a list of rules/);
    });
  });

  describe('baseline', () => {
    it('round trip: accepted findings are not reported, new ones are, line moves do not matter', async () => {
      const root = tree({ 'a.env': secretLine, 'b/c.txt': `token ${AWS_KEY_ID}\nsecret_access_key=${AWS_SECRET}\n` });
      const write = await run(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: root });
      assert.equal(write.code, 0);
      assert.match(write.stderr, /wrote 3 finding\(s\) to baseline baseline\.json/);
      const baselineText = readFileSync(join(root, 'baseline.json'), 'utf8');
      const baseline = JSON.parse(baselineText);
      assert.equal(baseline.version, 2);
      assert.match(baseline.key, /^[0-9a-f]{64}$/, 'the fingerprints\' key, beside them');
      const fps = baseline.findings.map((e: { fingerprint: string }) => e.fingerprint);
      assert.deepEqual(fps, [...fps].sort(), 'sorted by fingerprint');
      for (const e of baseline.findings) assert.deepEqual(Object.keys(e).sort(), ['fingerprint', 'path', 'ruleId']);
      assert.deepEqual(baseline.findings.map((e: { path: string }) => e.path).sort(), ['a.env', 'b/c.txt', 'b/c.txt']);
      for (const raw of [AWS_KEY_ID, AWS_SECRET]) assert.ok(!baselineText.includes(raw), 'no raw value in the baseline');
      assert.ok(!/"line"/.test(baselineText), 'no line numbers in the baseline');

      // Writing it again gives the same bytes (no churn): the file's key is kept.
      await run(['scan', '.', '--write-baseline', 'baseline.json', '--exclude', 'baseline*.json'], { cwd: root });
      assert.equal(readFileSync(join(root, 'baseline.json'), 'utf8'), baselineText);
      // A new file gets a new key, so other fingerprints: none can be checked without its key.
      await run(['scan', '.', '--write-baseline', 'baseline2.json', '--exclude', 'baseline*.json'], { cwd: root });
      const other = JSON.parse(readFileSync(join(root, 'baseline2.json'), 'utf8'));
      assert.notEqual(other.key, baseline.key);
      assert.deepEqual(other.findings.map((e: { fingerprint: string }) => e.fingerprint).filter((f: string) => fps.includes(f)), []);

      const clean = await run(['scan', '.', '--baseline', 'baseline.json', '--exclude', 'baseline*.json'], { cwd: root });
      assert.equal(clean.code, 0);
      assert.match(clean.stdout, /3 in baseline not shown/);

      // Move the known secret down and add a new one: only the new one is reported.
      writeFileSync(join(root, 'a.env'), `# moved\n\n${secretLine}NEW=${AWS_KEY_ID_2}\n`);
      const after = await run(['scan', '.', '--baseline', 'baseline.json', '-f', 'json'], { cwd: root });
      assert.equal(after.code, 1);
      const report = JSON.parse(after.stdout);
      assert.deepEqual(report.findings.map((f: { path: string; line: number }) => [f.path, f.line]), [['a.env', 4]]);
      assert.equal(report.summary.baselined, 3);
    });

    it('reads a version-1 baseline (unkeyed fingerprints), says once to rewrite it, and a rewrite keeps what it accepted', async () => {
      const phone = 'phone: +1 415 867 5309\n';
      const root = tree({ 'a.env': secretLine, 'p.txt': phone });
      const [key] = scan(secretLine).filter((f) => f.ruleId === 'aws-access-key-id');
      const [tel] = scan(phone);
      const v1 = {
        version: 1,
        tool: 'ai-privacy-guard',
        findings: [
          { fingerprint: legacyFingerprint(key.ruleId, AWS_KEY_ID), ruleId: key.ruleId, path: 'a.env' },
          { fingerprint: legacyFingerprint(tel.ruleId, phone.slice(tel.start, tel.end)), ruleId: tel.ruleId, path: 'p.txt' },
        ],
      };
      writeFileSync(join(root, 'old.json'), JSON.stringify(v1));
      const before = await run(['scan', 'a.env', 'p.txt', '--baseline', 'old.json', '-f', 'json'], { cwd: root });
      assert.equal(JSON.parse(before.stdout).summary.baselined, 2);
      assert.match(before.stderr, /version-1 fingerprints.*rewrite it once with --baseline old\.json --write-baseline old\.json/);

      const rewrite = await run(['scan', 'a.env', 'p.txt', '--baseline', 'old.json', '--write-baseline', 'old.json'], { cwd: root });
      assert.equal(rewrite.code, 0);
      const v2 = JSON.parse(readFileSync(join(root, 'old.json'), 'utf8'));
      assert.equal(v2.version, 2);
      assert.equal(v2.findings.length, 2);
      assert.ok(v2.findings.every((e: { fingerprint: string }) => !v1.findings.some((o) => o.fingerprint === e.fingerprint)), 'keyed now');

      const after = await run(['scan', 'a.env', 'p.txt', '--baseline', 'old.json', '-f', 'json'], { cwd: root });
      assert.equal(JSON.parse(after.stdout).summary.baselined, 2);
      assert.doesNotMatch(after.stderr, /version-1/);
    });

    for (const [content, message] of [
      ['not json', /baseline b\.json is not valid: not JSON/],
      ['{"version": 3, "findings": []}', /unsupported version 3/],
      ['{"version": 2, "findings": []}', /"key" must be 64 hex digits/],
      ['{"version": 1, "findings": [{"ruleId": "x"}]}', /entry 1 has no valid "fingerprint"/],
      ['[]', /expected an object/],
    ] as const) {
      it(`rejects a bad baseline (${content}) with exit 2`, async () => {
        const root = tree({ 'b.json': content, 'a.env': secretLine });
        const r = await run(['scan', 'a.env', '--baseline', 'b.json'], { cwd: root });
        assert.equal(r.code, 2);
        assert.match(r.stderr, message);
      });
    }

    it('rejects a missing baseline with exit 2', async () => {
      const root = tree({ 'a.env': secretLine });
      const r = await run(['scan', 'a.env', '--baseline', 'nope.json'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read baseline nope\.json: ENOENT/);
    });
  });

  describe('the real process', () => {
    it('runs as a program: reads stdin, prints a report, sets the exit code', function () {
      this.timeout(60000);
      const repo = join(__dirname, '..', '..');
      // The source through tsx, not dist/cli.js: a bundle left from an earlier build could be stale.
      const argv = ['--import', 'tsx', join(repo, 'src', 'cli', 'main.ts')];
      const r = spawnSync(process.execPath, [...argv, 'scan', '-', '--format', 'json'], {
        input: `line one\n${secretLine}`,
        encoding: 'utf8',
        cwd: repo,
      });
      assert.equal(r.status, 1, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.equal(report.findings[0].ruleId, 'aws-access-key-id');
      assert.equal(report.findings[0].line, 2);
      assert.ok(!r.stdout.includes(AWS_KEY_ID));
      const bad = spawnSync(process.execPath, [...argv, 'scan', '--nope'], { encoding: 'utf8', cwd: repo });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /Unknown option '--nope'/);
    });
  });
});
