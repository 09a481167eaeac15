/**
 * Bad input, for the engine and the CLI: binary files, a 50 MB file, invalid UTF-8, UTF-16, an empty file,
 * a file of one 10 MB line. Each gets a clear, documented behaviour and nothing crashes or is lost.
 * Behaviour tests only: big inputs get generous timeouts, and nothing asserts on elapsed time.
 * Big files are generated in a temp folder, never committed.
 */
import assert from 'node:assert/strict';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../src/catalogue';
import { redact } from '../../src/engine';
import { AWS_KEY_ID, AWS_KEY_ID_2, makeTree, run } from '../fixtures/cli/harness';

const MB = 1024 * 1024;
const secretLine = `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\n`;

interface JsonFinding {
  path: string;
  ruleId: string;
  line: number;
  column: number;
  masked: string;
}
const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;

describe('bad input', () => {
  let cleanups: (() => void)[] = [];
  const tree = (files: Record<string, string | Buffer>) => {
    const t = makeTree(files);
    cleanups.push(t.cleanup);
    return t.root;
  };
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });

  describe('binary files', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(secretLine)]);

    it('the engine scans text holding NUL bytes without throwing', () => {
      const text = `\0\0${secretLine}\0`;
      assert.deepEqual(scan(text).map((f) => f.ruleId), ['aws-access-key-id']);
    });

    it('the CLI skips them with a note on stderr and counts them as skipped', async () => {
      const root = tree({ 'logo.png': png, 'notes.txt': 'hello\n' });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /note: skipped logo\.png: binary file \(contains NUL bytes\)/);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(report.skipped, [{ path: 'logo.png', reason: 'binary file (contains NUL bytes)' }]);
      assert.equal(report.summary.filesScanned, 1);
    });

    it('the CLI skips binary standard input too, and --redact refuses it with exit 2', async () => {
      const r = await run(['scan', '-'], { stdin: png });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /skipped <stdin>: binary file/);
      const red = await run(['scan', '-', '--redact'], { stdin: png });
      assert.equal(red.code, 2);
      assert.match(red.stderr, /cannot redact <stdin>: binary file/);
      assert.equal(red.stdout, '');
    });

    it('treats mostly-invalid UTF-8 (random high bytes) as binary', async () => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 37) % 0x40);
      const root = tree({ 'blob.bin': bytes });
      const r = await run(['scan', '.'], { cwd: root });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /skipped blob\.bin: binary file \(mostly invalid UTF-8\)/);
    });
  });

  describe('invalid UTF-8', () => {
    // Latin-1 'café' (0xE9 alone is not UTF-8) on the line before and on the line of the secret.
    const latin1 = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('\n'), Buffer.from([0xe9, 0xff]), Buffer.from(` ${secretLine}`)]);

    it('the engine scans text with replacement characters', () => {
      const text = new TextDecoder().decode(latin1);
      assert.ok(text.includes('\ufffd'));
      const [f] = scan(text);
      assert.equal(f.ruleId, 'aws-access-key-id');
      assert.equal(text.slice(f.start, f.end), AWS_KEY_ID);
    });

    it('the CLI decodes it with U+FFFD, says so, and still scans it', async () => {
      const root = tree({ 'legacy.txt': latin1 });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /note: legacy\.txt: invalid UTF-8: 3 undecodable byte sequence\(s\) read as U\+FFFD and scanned anyway/);
      const [f] = findingsOf(r.stdout);
      // Each undecodable byte counts as one column, as in an editor showing replacement characters.
      assert.deepEqual([f.line, f.column], [2, 22]);
    });

    it('UTF-16 with a byte-order mark is decoded, not taken for binary', async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`x\n${secretLine}`, 'utf16le')]);
      const root = tree({ 'win.txt': utf16 });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /win\.txt: decoded as UTF-16LE/);
      assert.deepEqual(findingsOf(r.stdout).map((f) => [f.line, f.column]), [[2, 19]]);
    });
  });

  describe('empty input', () => {
    it('the engine finds nothing in an empty string and redacts it to itself', () => {
      assert.deepEqual(scan(''), []);
      assert.equal(redact('', []).text, '');
    });

    it('the CLI scans an empty file (and a folder of them) cleanly with exit 0', async () => {
      const root = tree({ 'empty.txt': '', 'sub/also-empty.env': '' });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 0);
      assert.equal(JSON.parse(r.stdout).summary.filesScanned, 2);
      assert.equal(r.stderr, '');
      const red = await run(['scan', 'empty.txt', '--redact'], { cwd: root });
      assert.equal(red.code, 0);
      assert.equal(red.stdout, '');
    });

    it('the CLI scans an empty folder with exit 0', async () => {
      const root = tree({});
      const r = await run(['scan', '.'], { cwd: root });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, 'No findings in 0 files scanned.\n');
    });
  });

  describe('one 10 MB line (a minified file)', function () {
    this.timeout(120000);
    const filler = 'var a=1;'.repeat((10_000_000 - 200) / 16);
    const middle = filler.length;
    // Secrets at the start, in the middle and at the very end of a single line, with no newline at all.
    const line = `k=${AWS_KEY_ID};${filler}x="${AWS_KEY_ID_2}";${filler}id=${AWS_KEY_ID}`;

    it('the engine finds every secret on it, at the right columns', () => {
      const found = scan(line);
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.line, f.column]),
        [
          ['aws-access-key-id', 0, 2],
          ['aws-access-key-id', 0, 2 + AWS_KEY_ID.length + 1 + middle + 3],
          ['aws-access-key-id', 0, line.length - AWS_KEY_ID.length],
        ],
      );
      const r = redact(line, found);
      assert.equal(r.replaced, 3);
      assert.ok(!r.text.includes(AWS_KEY_ID) && !r.text.includes(AWS_KEY_ID_2));
    });

    it('the CLI scans it within the default size limit and reports 1-based columns', async () => {
      const root = tree({ 'bundle.min.js': line });
      const r = await run(['scan', '.', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(
        findingsOf(r.stdout).map((f) => [f.line, f.column]),
        [
          [1, 3],
          [1, 3 + AWS_KEY_ID.length + 1 + middle + 3],
          [1, line.length - AWS_KEY_ID.length + 1],
        ],
      );
      // The text report of a huge line stays one short line per finding: no source is echoed.
      const text = await run(['scan', '.'], { cwd: root });
      for (const l of text.stdout.split('\n')) assert.ok(l.length < 200, `long output line: ${l.length}`);
    });
  });

  describe('a 50 MB file', function () {
    this.timeout(300000);
    let root: string;
    let lines: number;
    let removeTree: () => void = () => {};
    after(() => removeTree());

    before(() => {
      const t = makeTree({});
      root = t.root;
      removeTree = t.cleanup;
      // Written in chunks: about 50 MB of log lines, a secret near the start and one on the last line.
      const fd = openSync(join(root, 'huge.log'), 'w');
      const chunk = 'INFO 2024-01-01T00:00:00Z request served in 12ms path=/api/v1/items status=200\n'.repeat(10_000);
      const chunkLines = 10_000;
      writeSync(fd, `start\n${secretLine}`);
      lines = 2;
      let written = 0;
      while (written < 50 * MB) {
        writeSync(fd, chunk);
        written += chunk.length;
        lines += chunkLines;
      }
      writeSync(fd, `last=${AWS_KEY_ID_2}`);
      lines += 1;
      closeSync(fd);
    });

    it('the CLI skips it by default with a note (limit 10 MB), exit 0', async () => {
      const r = await run(['scan', '.'], { cwd: root });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /note: skipped huge\.log: larger than 10 MB \(--max-file-size\)/);
      assert.match(r.stdout, /No findings in 0 files scanned \(1 skipped\)\./);
    });

    it('with --max-file-size 0 it scans the whole file and finds the first and the last secret', async () => {
      const r = await run(['scan', '.', '--max-file-size', '0', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(findingsOf(r.stdout).map((f) => [f.ruleId, f.line, f.column]), [
        ['aws-access-key-id', 2, 19],
        ['aws-access-key-id', lines, 6],
      ]);
    });

    it('a limit above its size lets it through as well', async () => {
      const r = await run(['scan', 'huge.log', '--max-file-size', '60'], { cwd: root });
      assert.equal(r.code, 1);
    });
  });
});
