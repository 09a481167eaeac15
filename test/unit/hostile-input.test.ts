/**
 * Hostile and careless input (issue 11): what used to crash, hang, leak a secret into an error message or
 * skip a file in silence. Each case is driven through the CLI (in-process, or as a real process where the
 * operating system is part of the story) or the engine. Big inputs are generated, never committed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';
import { compileCustomRules } from '../../src/engine';
import { printable } from '../../src/cli/report';
import { parseIgnoreFile } from '../../src/extension/pure/ignoreFile';
import { AWS_KEY_ID, run, treesRemovedAfterEach } from '../fixtures/cli/harness';

const REPO = join(__dirname, '..', '..');
const secretLine = `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\n`;
/** A fake token of a shape people paste into patterns and config files; it must never be echoed. */
const TOKEN = 'ghp_Zq8vR2mT5kW9pL3xN7cB1fH4jD6sG0aE8yU2';
const TOKEN_START = TOKEN.slice(0, 8);

/** A CSV whose rows the passport rule runs over (the word in every row also wakes its windows). */
function passportTable(rows: number, value = '111111111'): string {
  const out = ['id,kind,passport'];
  for (let i = 0; i < rows; i++) out.push(`x,passport,${value}`);
  return out.join('\n') + '\n';
}

describe('hostile input', () => {
  const tree = treesRemovedAfterEach();

  describe('crashes (item 1)', function () {
    this.timeout(120000);

    it('the engine scans 500,000 table rows without overflowing the stack', () => {
      const text = passportTable(500_000) + 'passport: 561947283\n';
      const found = scan(text, { minSeverity: 'low' });
      assert.deepEqual(
        found.map((f) => f.ruleId),
        ['us-passport-number'],
        'the placeholder rows are rejected, the real-looking number after the table is found',
      );
    });

    it('no source file spreads an array into a call (push(...x), Math.max(...x), apply)', () => {
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          const p = join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith('.ts')) {
            readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
              if (/\.push\(\.\.\.|Math\.(?:max|min)\([^)]*\.\.\.|\.apply\(|fromC(?:harCode|odePoint)\(\.\.\./.test(line)) offenders.push(`${p}:${i + 1}`);
            });
          }
        }
      };
      walk(join(REPO, 'src'));
      assert.deepEqual(offenders, []);
    });

    it('the CLI reports every file of a run holding a 200,000-row table, and --redact works on it', async () => {
      const root = tree({ 'people.csv': passportTable(200_000), 'app.env': secretLine });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path), ['app.env']);
      const red = await run(['scan', 'people.csv', '--redact'], { cwd: root });
      assert.equal(red.code, 0, red.stderr);
      assert.equal(red.stdout.length, passportTable(200_000).length);
    });

    it("one file's internal error costs only that file: it is reported as failed, by path and error kind", async () => {
      const root = tree({ 'a.env': secretLine, 'b.txt': 'boom\n', 'c.env': secretLine });
      const failing: typeof scan = (text, options) => {
        if (text.startsWith('boom')) throw new RangeError(`Maximum call stack size exceeded near ${TOKEN}`);
        return scan(text, options);
      };
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root, scan: failing });
      assert.equal(r.code, 2);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(report.findings.map((f: { path: string }) => f.path), ['a.env', 'c.env']);
      assert.deepEqual(report.failed, [{ path: 'b.txt', error: 'internal error (RangeError)' }]);
      assert.equal(report.summary.filesFailed, 1);
      assert.match(r.stderr, /error: b\.txt: internal error \(RangeError\)/);
      assert.ok(!r.stderr.includes(TOKEN_START), 'the error message is not echoed');
      const sarif = JSON.parse((await run(['scan', '.', '--format', 'sarif'], { cwd: root, scan: failing })).stdout);
      const invocation = sarif.runs[0].invocations[0];
      assert.equal(invocation.executionSuccessful, false);
      assert.equal(invocation.toolExecutionNotifications[0].level, 'error');
      const text = await run(['scan', '.'], { cwd: root, scan: failing });
      assert.match(text.stdout, /2 findings .* \(1 failed\)\./);
    });
  });

  describe('closed pipes and full disks (item 3)', function () {
    this.timeout(60000);
    // Run from the repository, where tsx resolves; the tree is named by its absolute path.
    const cli = 'node --import tsx src/cli/main.ts';
    const shell = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: REPO });

    it('a reader that closes the pipe early (| head -c1) ends the output quietly', function () {
      if (process.platform === 'win32') this.skip();
      const files: Record<string, string> = {};
      for (let i = 0; i < 50; i++) files[`f${i}.env`] = secretLine;
      const root = tree(files);
      const err = join(root, 'err.txt');
      const r = shell(`${cli} scan ${root} --format sarif 2>${err} | head -c1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat ${err}`);
      const [code, ...stderr] = r.stdout.split('\n');
      assert.equal(code, '1', 'the exit code of the findings, not of a crash');
      assert.equal(stderr.join('\n').trim(), '', 'no stack trace');
    });

    it('any other write error is one line on stderr and exit 2', function () {
      if (process.platform !== 'linux') this.skip();
      const root = tree({ 'a.env': secretLine });
      const r = shell(`${cli} scan ${root} --format sarif >/dev/full; echo "exit $?"`);
      assert.match(r.stdout, /exit 2/);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^ai-privacy-guard: cannot write to standard output: ENOSPC/);
    });
  });

  describe('no secret in an error message (items 4, 5, 6)', () => {
    const rulesFile = (rules: unknown) => JSON.stringify(rules);

    it('an invalid custom pattern is named by rule id and position, never printed', async () => {
      const root = tree({
        'rules.json': rulesFile([
          { id: 'unclosed', pattern: `${TOKEN}(` },
          { id: 'behind', pattern: `${TOKEN}(?<=x)` },
          { id: 'ahead', pattern: `${TOKEN}(?!x)` },
          { id: 'range', pattern: `${TOKEN}[z-a]` },
        ]),
        'notes.txt': 'x\n',
      });
      const r = await run(['scan', 'notes.txt', '--custom-rules', 'rules.json'], { cwd: root });
      assert.equal(r.code, 2);
      assert.ok(!r.stderr.includes(TOKEN_START), r.stderr);
      assert.match(r.stderr, /rule #1 \("unclosed"\): "pattern" cannot be used: missing closing \) \(at the end of the pattern\)/);
      assert.match(r.stderr, /rule #2 \("behind"\): "pattern" cannot be used: lookbehind is not supported \(at character 41\)/);
      assert.match(r.stderr, /rule #3 \("ahead"\): "pattern" cannot be used: lookahead is not supported \(at character 41\)/);
      assert.match(r.stderr, /rule #4 \("range"\): "pattern" cannot be used: invalid character class range \(at character 42\)/);
    });

    it('a JSON error in --custom-rules or --baseline names the line and column, never the content', async () => {
      const root = tree({ 'token.txt': `${TOKEN}\n`, 'broken.json': `{\n  "rules": [ ${TOKEN} ]\n}\n`, 'a.env': secretLine });
      for (const [option, file, where] of [
        ['--custom-rules', 'token.txt', /line 1, column 1/],
        ['--custom-rules', 'broken.json', /line 2, column 14/],
        ['--baseline', 'token.txt', /line 1, column 1/],
        ['--baseline', 'broken.json', /line 2, column 14/],
      ] as const) {
        const r = await run(['scan', 'a.env', option, file], { cwd: root });
        assert.equal(r.code, 2, `${option} ${file}`);
        assert.match(r.stderr, where, `${option} ${file}`);
        assert.ok(!r.stderr.includes(TOKEN_START) && !r.stderr.includes('ghp_'), `${option} ${file}: ${r.stderr}`);
      }
    });

    it('every field of a custom rule is checked, and the message names the setting and the field', async () => {
      const { errors } = compileCustomRules([
        { id: 'a', pattern: 'abc', title: { text: 'x' } },
        { id: 'b', pattern: 'abc', description: 42 },
        { id: 'c', pattern: 'abc', flags: 7 },
        { id: 'd', pattern: 'abc', colour: 'red' },
        { id: 'e', pattern: 'abc', title: 'two\nlines' },
        { id: 'f', pattern: 'abc', severity: 'urgent' },
      ]);
      assert.deepEqual(
        errors.map((e) => [e.id, e.field]),
        [['a', 'title'], ['b', 'description'], ['c', 'flags'], ['d', 'colour'], ['e', 'title'], ['f', 'severity']],
      );
      const root = tree({ 'rules.json': rulesFile([{ id: 'a', pattern: 'abc', title: { text: 'x' } }]), 'notes.txt': 'abc\n' });
      const r = await run(['scan', 'notes.txt', '--custom-rules', 'rules.json'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /custom rules rules\.json has 1 error\(s\):\n {2}rule #1 \("a"\): "title" must be a non-empty string/);
      assert.ok(!r.stdout.includes('[object Object]'));
    });
  });

  describe('--exclude globs (item 2)', () => {
    it('refuses a glob whose braces expand past the cap, with a clear error and exit 2', async () => {
      const root = tree({ 'a.env': secretLine });
      const r = await run(['scan', '.', '--exclude', '{a,b}'.repeat(16)], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--exclude \{a,b\}.*: its braces expand to more than 1024 patterns; write fewer alternatives/);
      assert.equal(r.stdout, '');
    });

    it('compiles each glob once: a braced glob under the cap over 200 files finishes', async () => {
      const files: Record<string, string> = { 'ab.env': secretLine };
      for (let i = 0; i < 200; i++) files[`dir${i % 10}/file${i}.txt`] = 'nothing\n';
      const root = tree(files);
      const r = await run(['scan', '.', '--exclude', '{a,b}'.repeat(10), '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(JSON.parse(r.stdout).summary.filesScanned, 201);
    });
  });

  describe('nothing skipped in silence (item 8)', () => {
    it('a text file with a few NUL bytes is scanned; a file dense in them is skipped and listed', async () => {
      const text = `# exported settings\n\0\0${secretLine}${'# padding line of an ordinary config file\n'.repeat(20)}`;
      const dense = Buffer.concat([Buffer.alloc(64), Buffer.from(secretLine)]);
      const root = tree({ 'settings.txt': text, 'blob.bin': dense });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      const report = JSON.parse(r.stdout);
      assert.deepEqual(report.findings.map((f: { path: string }) => f.path), ['settings.txt']);
      assert.deepEqual(report.skipped, [{ path: 'blob.bin', reason: 'binary file (contains NUL bytes)' }]);
    });

    it('every skip is listed, a summary line counts them, and --fail-on-skip exits 2', async () => {
      const root = tree({ 'a.env': secretLine, 'big.txt': 'x'.repeat(4000), 'blob.bin': Buffer.alloc(100) });
      const r = await run(['scan', '.', '--max-file-size', '0.001'], { cwd: root });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /note: skipped big\.txt: larger than 0\.001 MB/);
      assert.match(r.stderr, /note: skipped blob\.bin: binary file/);
      assert.match(r.stderr, /note: 2 skipped in all, not scanned; --fail-on-skip makes this exit 2/);
      assert.match(r.stdout, /1 finding .* \(2 skipped\)\./);
      const strict = await run(['scan', '.', '--max-file-size', '0.001', '--fail-on-skip'], { cwd: root });
      assert.equal(strict.code, 2);
      assert.match(strict.stderr, /exit code 2 \(--fail-on-skip\)/);
      const clean = await run(['scan', 'a.env', '--fail-on-skip'], { cwd: root });
      assert.equal(clean.code, 1, 'no skip, no exit 2');
    });

    it('past 4,096 characters: a folder the walk cannot enter is skipped, a file it cannot open is failed', function () {
      if (process.platform !== 'linux') this.skip();
      const root = tree({ 'a.env': secretLine });
      // Folders of 100 characters down to about 3,900-4,000 characters, where a 200-character name (a file,
      // or a folder holding one) goes past Linux's 4,096. Built one folder at a time with cd, since no
      // single path to them may be that long.
      const levels = Math.floor((4000 - root.length) / 101);
      const dir = 'd'.repeat(100);
      const long = 'f'.repeat(200);
      const script = `cd ${JSON.stringify(root)} && for i in $(seq 1 ${levels}); do mkdir ${dir} && cd ${dir}; done && echo "${secretLine.trim()}" > ${long}.env && mkdir ${long} && echo "${secretLine.trim()}" > ${long}/deep.env`;
      const made = spawnSync('bash', ['-c', script]);
      assert.equal(made.status, 0, String(made.stderr));
      // rm walks with openat, which long paths do not stop (Node's rmSync does not).
      const removeDeep = () => spawnSync('rm', ['-rf', join(root, dir)]);
      return run(['scan', '.', '--format', 'json'], { cwd: root })
        .then((r) => {
          assert.equal(r.code, 2, r.stderr);
          const report = JSON.parse(r.stdout);
          assert.deepEqual(report.findings.map((f: { path: string }) => f.path), ['a.env'], 'the other files are reported');
          assert.equal(report.skipped.length, 1, r.stderr);
          assert.match(report.skipped[0].path, /f{200}$/);
          assert.equal(report.skipped[0].reason, 'unreadable folder (ENAMETOOLONG)');
          assert.equal(report.failed.length, 1, r.stderr);
          assert.match(report.failed[0].path, /f{200}\.env$/);
          assert.match(report.failed[0].error, /^cannot read: ENAMETOOLONG/);
          assert.match(r.stderr, /note: skipped .*f{200}: unreadable folder/);
          assert.match(r.stderr, /error: cannot read .*f{200}\.env: ENAMETOOLONG/);
        })
        .finally(removeDeep);
    });
  });

  describe(".gitignore by git's own rules (item 9)", () => {
    it('braces in .gitignore are literal, so config.{env,yml} does not hide config.env', async () => {
      const root = tree({ '.gitignore': 'config.{env,yml}\nbuild/\n!build/keep.env\n', 'config.env': secretLine, 'build/keep.env': secretLine });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path), ['config.env'], 'build/ stays ignored: a file in an ignored folder cannot be re-included');
    });

    it("the extension's AI exclusion files read braces the same way", () => {
      const f = parseIgnoreFile('.cursorignore', '', 'config.{env,yml}\n');
      assert.equal(f.excludes('config.env'), false);
      assert.equal(f.excludes('config.{env,yml}'), true);
    });
  });

  describe('size limits, file names and line endings (item 10)', () => {
    it('--max-file-size applies to standard input and to --redact', async () => {
      const big = `${secretLine}${'x'.repeat(3000)}\n`;
      const r = await run(['scan', '-', '--max-file-size', '0.001', '--format', 'json'], { stdin: big });
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.stdout).skipped, [{ path: '<stdin>', reason: 'larger than 0.001 MB (--max-file-size)' }]);
      const red = await run(['scan', '-', '--redact', '--max-file-size', '0.001'], { stdin: big });
      assert.equal(red.code, 2);
      assert.match(red.stderr, /cannot redact <stdin>: larger than 0\.001 MB \(--max-file-size\)/);
      assert.equal(red.stdout, '');
      const root = tree({ 'big.env': big });
      const file = await run(['scan', 'big.env', '--redact', '--max-file-size', '0.001'], { cwd: root });
      assert.equal(file.code, 2);
      assert.match(file.stderr, /cannot redact big\.env: larger than/);
    });

    it('a file whose name is not valid UTF-8 is read by its bytes', function () {
      if (process.platform !== 'linux') this.skip();
      const root = tree({});
      const name = Buffer.concat([Buffer.from(root + '/conf'), Buffer.from([0xff, 0xfe]), Buffer.from('.env')]);
      writeFileSync(name, secretLine);
      return run(['scan', '.', '--format', 'json'], { cwd: root }).then((r) => {
        assert.equal(r.code, 1, r.stderr);
        assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path), ['conf\ufffd\ufffd.env']);
      });
    });

    it('lone CR line endings are line breaks, for the engine and the CLI', async () => {
      const text = `first\rsecond\r${secretLine.trim()}\r\nfourth\n${secretLine}`;
      assert.deepEqual(scan(text).map((f) => [f.line, f.column]), [[2, 18], [4, 18]]);
      const r = await run(['scan', '-', '--format', 'json'], { stdin: text });
      assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { line: number }) => f.line), [3, 5]);
    });
  });

  describe('output hygiene (items 11 and 12)', () => {
    it('control characters in file names are escaped in text output and on stderr', async function () {
      if (process.platform === 'win32') this.skip();
      const forged = 'x.env\n\u001b[31mforged.env:1:1  high    Fake finding';
      const root = tree({ [forged]: secretLine, 'tab\tbell\u0007.bin': Buffer.alloc(64) });
      const r = await run(['scan', '.'], { cwd: root });
      assert.ok(!r.stdout.includes('\u001b') && !r.stderr.includes('\u001b'), 'no escape code reaches the terminal');
      assert.ok(!r.stderr.includes('\u0007'));
      assert.ok(r.stdout.startsWith('x.env\\x0a\\x1b[31mforged.env:1:1  high    Fake finding:1:19  high'), r.stdout);
      assert.match(r.stderr, /skipped tab\\x09bell\\x07\.bin/);
      assert.equal(r.stdout.trim().split('\n').length, 3, 'one finding line, a blank line, the summary');
    });

    it('printable() leaves no control or bidi character, and leaves other text as it is (property)', () => {
      const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => {
          const out = printable(s);
          assert.ok(!unsafe.test(out));
          if (!unsafe.test(s)) assert.equal(out, s);
        }),
      );
    });

    it("this tool's own SARIF report, baseline, rule list, help and l10n help text are no findings", async () => {
      const root = tree({ 'app.env': secretLine });
      for (const args of [
        ['scan', 'app.env', '--format', 'sarif', '--output', 'report.sarif'],
        ['scan', 'app.env', '--write-baseline', 'baseline.json'],
        ['rules', '--format', 'json', '--output', 'rules.json'],
      ]) await run(args, { cwd: root });
      const help = await run(['--help']);
      const rulesText = await run(['rules']);
      // The whole folder, as a user would scan it: whatever else a report or baseline brings along counts too.
      const own = await run(['scan', '.', '-', '--min-severity', 'low', '--format', 'json'], { cwd: root, stdin: help.stdout + rulesText.stdout });
      const report = JSON.parse(own.stdout);
      assert.ok(report.summary.filesScanned >= 5, own.stderr);
      assert.deepEqual(report.findings.map((f: { path: string }) => f.path), ['app.env']);
      // The extension's help text: every rule's title and description, as the l10n bundle holds them.
      const bundle = await run(['scan', 'l10n/bundle.l10n.json', 'package.nls.json', '--min-severity', 'low', '--format', 'json'], { cwd: REPO });
      assert.deepEqual(JSON.parse(bundle.stdout).findings, []);
    });
  });
});
