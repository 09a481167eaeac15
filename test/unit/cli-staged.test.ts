/**
 * `scan --staged`: the scanner reads git's index (what the next commit records), not the working tree.
 * Each test builds a throw-away repository whose index and working tree differ on purpose.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/catalogue';
import { readStaged } from '../../src/cli/git';
import { fakeAwsKeyId, isolatedGitEnv, makeRepo, type TempRepo } from '../fixtures/cli/git';
import { run } from '../fixtures/cli/harness';

const STAGED_KEY = fakeAwsKeyId('staged');
const WORKTREE_KEY = fakeAwsKeyId('worktree');
const COMMITTED_KEY = fakeAwsKeyId('committed');

interface JsonFinding {
  path: string;
  ruleId: string;
  line: number;
  fingerprint: string;
  masked: string;
}
const findingsOf = (stdout: string) => JSON.parse(stdout).findings as JsonFinding[];
const where = (stdout: string) => findingsOf(stdout).map((f) => `${f.path}:${f.line}`).sort();

describe('cli scan --staged', () => {
  // git runs in-process with this process's environment: keep the outer repository and the user's configuration out.
  const savedEnv = { ...process.env };
  before(() => {
    const isolated = isolatedGitEnv();
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, isolated);
    for (const key of [STAGED_KEY, WORKTREE_KEY, COMMITTED_KEY]) {
      assert.deepEqual(scan(`aws_access_key_id = ${key}\n`).map((f) => f.ruleId), ['aws-access-key-id'], 'the generated fakes must be found');
    }
  });
  after(() => {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, savedEnv);
  });

  let repos: TempRepo[] = [];
  const repo = () => {
    const r = makeRepo();
    repos.push(r);
    return r;
  };
  afterEach(() => {
    repos.forEach((r) => r.cleanup());
    repos = [];
  });

  it('reports a value that is only staged, not one only in the working tree, with line numbers of the staged content', async () => {
    const r = repo();
    r.write('config.env', `# settings\nAWS_ACCESS_KEY_ID=${STAGED_KEY}\n`);
    r.git('add', 'config.env');
    // After staging: the staged value is edited away and another is added above it, unstaged.
    r.write('config.env', `AWS_ACCESS_KEY_ID=${WORKTREE_KEY}\n# settings\n# (moved)\n`);

    const staged = await run(['scan', '--staged', '--format', 'json'], { cwd: r.root });
    assert.equal(staged.code, 1, staged.stderr);
    assert.deepEqual(where(staged.stdout), ['config.env:2']);
    assert.ok(!staged.stdout.includes(STAGED_KEY) && !staged.stderr.includes(STAGED_KEY), 'the value is shown masked only');
    assert.deepEqual(findingsOf(staged.stdout)[0].masked, findingsOf((await run(['scan', '-', '--format', 'json'], { stdin: `x=${STAGED_KEY}` })).stdout)[0].masked);

    const worktree = await run(['scan', '--format', 'json'], { cwd: r.root });
    assert.deepEqual(where(worktree.stdout), ['config.env:1'], 'without --staged the working tree is read');
  });

  it('reads a staged file deleted from the disk, and not an untracked file', async () => {
    const r = repo();
    r.write('gone.env', `key=${STAGED_KEY}\n`);
    r.git('add', 'gone.env');
    unlinkSync(join(r.root, 'gone.env'));
    r.write('untracked.env', `key=${WORKTREE_KEY}\n`);
    const res = await run(['scan', '--staged', '--format', 'json'], { cwd: r.root });
    assert.equal(res.code, 1, res.stderr);
    assert.deepEqual(where(res.stdout), ['gone.env:1']);
  });

  it('without paths reads only what the commit changes; with paths, every tracked file under them', async () => {
    const r = repo();
    r.write('old.env', `key=${COMMITTED_KEY}\n`);
    r.write('app.txt', 'v1\n');
    r.git('add', '.');
    r.git('commit', '-q', '-m', 'first');
    r.write('app.txt', 'v2\n');
    r.git('add', 'app.txt');

    const changes = await run(['scan', '--staged', '--format', 'json'], { cwd: r.root });
    assert.equal(changes.code, 0, changes.stderr);
    assert.equal(JSON.parse(changes.stdout).summary.filesScanned, 1);

    const all = await run(['scan', '--staged', '.', '--format', 'json'], { cwd: r.root });
    assert.equal(all.code, 1, all.stderr);
    assert.deepEqual(where(all.stdout), ['old.env:1']);
    assert.equal(JSON.parse(all.stdout).summary.filesScanned, 2);

    const one = await run(['scan', '--staged', 'old.env', '--format', 'json'], { cwd: r.root });
    assert.deepEqual(where(one.stdout), ['old.env:1']);
  });

  it('does not read a staged deletion, and does not fail on it', async () => {
    const r = repo();
    r.write('old.env', `key=${COMMITTED_KEY}\n`);
    r.git('add', '.');
    r.git('commit', '-q', '-m', 'first');
    r.git('rm', '-q', 'old.env');
    const res = await run(['scan', '--staged', '--format', 'json'], { cwd: r.root });
    assert.equal(res.code, 0, res.stderr);
    assert.equal(JSON.parse(res.stdout).summary.filesScanned, 0);
  });

  it('reads the initial commit (no HEAD yet) and a renamed file', async () => {
    const r = repo();
    r.write('a.env', `key=${STAGED_KEY}\n`);
    r.git('add', '.');
    assert.deepEqual(where((await run(['scan', '--staged', '--format', 'json'], { cwd: r.root })).stdout), ['a.env:1']);
    r.git('commit', '-q', '-m', 'first');
    r.git('mv', 'a.env', 'b.env');
    assert.deepEqual(where((await run(['scan', '--staged', '--format', 'json'], { cwd: r.root })).stdout), ['b.env:1']);
  });

  it('accepts the findings of a baseline written from the staged files', async () => {
    const r = repo();
    r.write('a.env', `key=${STAGED_KEY}\n`);
    r.git('add', '.');
    const write = await run(['scan', '--staged', '--write-baseline', 'baseline.json'], { cwd: r.root });
    assert.equal(write.code, 0, write.stderr);
    const accepted = await run(['scan', '--staged', '--baseline', 'baseline.json', '--format', 'json'], { cwd: r.root });
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.equal(JSON.parse(accepted.stdout).summary.baselined, 1);
    r.write('b.env', `key=${COMMITTED_KEY}\n`);
    r.git('add', 'b.env');
    const more = await run(['scan', '--staged', '--baseline', 'baseline.json', '--format', 'json'], { cwd: r.root });
    assert.equal(more.code, 1);
    assert.deepEqual(where(more.stdout), ['b.env:1'], 'a new value is still reported');
  });

  it('shows paths relative to a subfolder it runs in, and takes paths relative to it', async () => {
    const r = repo();
    r.write('top.env', `key=${STAGED_KEY}\n`);
    r.write('sub/inner.env', `key=${COMMITTED_KEY}\n`);
    r.git('add', '.');
    const sub = join(r.root, 'sub');
    assert.deepEqual(where((await run(['scan', '--staged', '--format', 'json'], { cwd: sub })).stdout), ['../top.env:1', 'inner.env:1']);
    assert.deepEqual(where((await run(['scan', '--staged', 'inner.env', '--format', 'json'], { cwd: sub })).stdout), ['inner.env:1']);
  });

  it('applies --exclude globs to staged paths', async () => {
    const r = repo();
    r.write('a.env', `key=${STAGED_KEY}\n`);
    r.write('fixtures/b.env', `key=${COMMITTED_KEY}\n`);
    r.git('add', '.');
    const res = await run(['scan', '--staged', '--exclude', 'fixtures/**', '--format', 'json'], { cwd: r.root });
    assert.deepEqual(where(res.stdout), ['a.env:1']);
  });

  it('notes what it does not scan: symbolic links, binary and oversized files', async () => {
    const r = repo();
    r.write('target.txt', 'plain\n');
    symlinkSync('target.txt', join(r.root, 'link'));
    r.write('blob.bin', Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]));
    r.write('big.env', `key=${STAGED_KEY}\n${'x'.repeat(200_000)}\n`);
    r.git('add', '.');
    const res = await run(['scan', '--staged', '--max-file-size', '0.1', '--format', 'json'], { cwd: r.root });
    assert.equal(res.code, 0, res.stderr);
    const skipped = JSON.parse(res.stdout).skipped as { path: string; reason: string }[];
    assert.deepEqual(skipped.map((s) => s.path).sort(), ['big.env', 'blob.bin', 'link']);
    assert.match(res.stderr, /skipped link: symbolic link/);
    assert.match(res.stderr, /skipped big\.env: larger than 0\.1 MB/);
    assert.match(res.stderr, /skipped blob\.bin: binary/);
  });

  it('reads staged blobs in bounded batches, in any order, and never reads one over the size limit', () => {
    const r = repo();
    const contents: Record<string, string> = {};
    for (let i = 0; i < 7; i++) contents[`f${i}.txt`] = `file ${i}\n${'x'.repeat(i * 3)}\n`;
    contents['huge.txt'] = 'y'.repeat(500);
    for (const [path, text] of Object.entries(contents)) r.write(path, text);
    r.git('add', '.');
    // Batches of at most 20 bytes: most files land in a batch of their own, a few share one.
    const staged = readStaged(r.root, [], [], 100, 20);
    assert.deepEqual(staged.files.map((f) => f.path), Object.keys(contents).sort());
    const byPath = new Map(staged.files.map((f) => [f.path, f]));
    assert.equal(byPath.get('huge.txt')?.read(), undefined, 'over the limit: not read');
    assert.equal(byPath.get('huge.txt')?.size, 500);
    for (const path of ['f6.txt', 'f0.txt', 'f3.txt', 'f1.txt', 'f2.txt', 'f5.txt', 'f4.txt', 'f0.txt']) {
      assert.equal(byPath.get(path)?.read()?.toString('utf8'), contents[path], path);
    }
  });

  describe('errors (exit 2, a message the user can act on)', () => {
    it('outside a git repository', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'apg-nogit-'));
      try {
        const res = await run(['scan', '--staged'], { cwd: dir });
        assert.equal(res.code, 2);
        assert.match(res.stderr, /--staged needs a git repository, and .* is not inside one/);
        assert.equal(res.stdout, '');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('when git is not installed', async () => {
      const r = repo();
      const empty = mkdtempSync(join(tmpdir(), 'apg-nopath-'));
      const path = process.env.PATH;
      process.env.PATH = empty;
      try {
        const res = await run(['scan', '--staged'], { cwd: r.root });
        assert.equal(res.code, 2);
        assert.match(res.stderr, /git was not found on the PATH/);
      } finally {
        process.env.PATH = path;
        rmSync(empty, { recursive: true, force: true });
      }
    });

    it('for a path git does not track', async () => {
      const r = repo();
      r.write('new.env', 'x\n');
      const res = await run(['scan', '--staged', 'new.env'], { cwd: r.root });
      assert.equal(res.code, 2);
      assert.match(res.stderr, /--staged: new\.env has no staged version \(it is not tracked: 'git add' it first\)/);
    });

    for (const [args, message] of [
      [['scan', '--staged', '-'], /--staged reads git's index; it cannot be combined with standard input/],
      [['scan', '--staged', '--redact'], /--redact works on one input.*not --staged/],
    ] as const) {
      it(`rejects ${args.join(' ')} as a usage error`, async () => {
        const res = await run([...args]);
        assert.equal(res.code, 2);
        assert.match(res.stderr, message);
      });
    }
  });
});
