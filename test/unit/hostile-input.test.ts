/**
 * Hostile and careless input (issue 11): what used to crash, hang, leak a secret into an error message or
 * skip a file in silence. Each case is driven through the CLI (in-process, or as a real process where the
 * operating system is part of the story) or the engine. Big inputs are generated, never committed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../src/catalogue';
import { compileCustomRules } from '../../src/engine';
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
});
