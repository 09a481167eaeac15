/**
 * `scan --staged`: what a commit would record, read from git's index (the staging area) rather than from
 * the working tree, so a value that is staged but since edited away is still found, and a value only in the
 * working tree is not. git is run as a program: its environment is passed on unchanged, because a hook
 * runs with GIT_DIR and GIT_INDEX_FILE set (`git commit -a` stages into a temporary index) and those must win.
 */
import { spawnSync } from 'node:child_process';
import { posix } from 'node:path';
import { compileExcludes, isExcluded } from './files';
import type { SkippedFile } from './report';

/** git is missing, the folder is not in a work tree, or git refused a path: exit code 2, message as is. */
export class GitError extends Error {}

export interface StagedBlob {
  /** Relative to the working folder, forward slashes (`../x` when the file lies above it). */
  readonly path: string;
  readonly size: number;
  /** The staged content, read on demand; undefined when `size` is over the size limit (never read). */
  read(): Buffer | undefined;
}

/** How much staged content one `git cat-file --batch` reads: memory stays bounded on `--all-files` runs. */
export const BLOB_BATCH_BYTES = 32 * 1024 * 1024;

export interface StagedSelection {
  /** Regular files, in path order. */
  readonly files: StagedBlob[];
  /** Index entries that hold no scannable file content (links, submodules, unresolved conflicts). */
  readonly skipped: SkippedFile[];
}

interface IndexEntry {
  readonly mode: string;
  readonly oid: string;
  /** 0 normally; 1 to 3 while a merge conflict is unresolved. */
  readonly stage: number;
  /** Relative to the repository root, as git writes it. */
  readonly repoPath: string;
}

const REGULAR_FILE_MODES = new Set(['100644', '100755']);
const NOT_SCANNED: Record<string, string> = {
  '120000': 'symbolic link (its target is not scanned)',
  '160000': 'submodule (scan it in its own repository)',
};
/** Added, copied, modified or type-changed: everything whose new content the commit records. */
const COMMITTED_CHANGES = 'ACMT';

function git(cwd: string, args: readonly string[], input?: string, maxBuffer = 64 * 1024 * 1024): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer, windowsHide: true });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GitError('--staged reads the index with git, and git was not found on the PATH');
    throw new GitError(`git ${args[0]} failed: ${r.error.message}`);
  }
  if (r.status !== 0) {
    const said = r.stderr.toString('utf8').trim().split('\n').slice(0, 3).join('; ');
    throw new GitError(`git ${args.join(' ')} failed${said ? `: ${said}` : ` with exit code ${r.status}`}`);
  }
  return r.stdout;
}

/** The working folder's place in its work tree ('' at the root, 'sub/dir/' below it). */
function workTreePrefix(cwd: string): string {
  let inside: string;
  try {
    inside = git(cwd, ['rev-parse', '--is-inside-work-tree']).toString('utf8').trim();
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.message)) {
      throw new GitError(`--staged needs a git repository, and ${cwd} is not inside one`);
    }
    throw e;
  }
  if (inside !== 'true') throw new GitError(`--staged needs a work tree with an index, and ${cwd} is not inside one (a bare repository or .git folder?)`);
  return git(cwd, ['rev-parse', '--show-prefix']).toString('utf8').trim();
}

/** `git diff --cached --raw -z`: ":oldmode newmode oldoid newoid status\0path\0" per change. */
function changedEntries(cwd: string): IndexEntry[] {
  const out = git(cwd, ['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', `--diff-filter=${COMMITTED_CHANGES}`]);
  const fields = out.toString('utf8').split('\0');
  const entries: IndexEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, newMode, , newOid] = fields[i].slice(1).split(' ');
    entries.push({ mode: newMode, oid: newOid, stage: 0, repoPath: fields[i + 1] });
  }
  return entries;
}

/** `git ls-files -s -z`: "mode oid stage\tpath\0" per index entry under the given paths (literally, no globs). */
function indexEntries(cwd: string, paths: readonly string[]): IndexEntry[] {
  let out: Buffer;
  try {
    out = git(cwd, ['--literal-pathspecs', 'ls-files', '--stage', '-z', '--full-name', '--error-unmatch', '--', ...paths]);
  } catch (e) {
    const unmatched = e instanceof GitError ? /pathspec '(.*)' did not match/.exec(e.message) : null;
    if (unmatched) throw new GitError(`--staged: ${unmatched[1]} has no staged version (it is not tracked: 'git add' it first)`);
    throw e;
  }
  return out
    .toString('utf8')
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode, oid, stage] = record.slice(0, tab).split(' ');
      return { mode, oid, stage: Number(stage), repoPath: record.slice(tab + 1) };
    });
}

/** Object sizes from `git cat-file --batch-check`, in the order asked. */
function blobSizes(cwd: string, oids: readonly string[]): number[] {
  if (oids.length === 0) return [];
  const lines = git(cwd, ['cat-file', '--batch-check'], oids.join('\n') + '\n').toString('utf8').trim().split('\n');
  return lines.map((line, i) => {
    const [oid, type, size] = line.split(' ');
    if (oid !== oids[i] || type !== 'blob') throw new GitError(`git cat-file could not read object ${oids[i]} (${line})`);
    return Number(size);
  });
}

/** Blob contents from one `git cat-file --batch`: "oid type size\n" + content + "\n" per object. */
function blobContents(cwd: string, oids: readonly string[], sizes: readonly number[]): Buffer[] {
  if (oids.length === 0) return [];
  const expected = sizes.reduce((n, s) => n + s + 100, 0);
  const out = git(cwd, ['cat-file', '--batch'], oids.join('\n') + '\n', expected + 1024 * 1024);
  const blobs: Buffer[] = [];
  let at = 0;
  for (const [i, oid] of oids.entries()) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    if (header !== `${oid} blob ${sizes[i]}`) throw new GitError(`git cat-file returned an unexpected header for object ${oid}`);
    blobs.push(out.subarray(eol + 1, eol + 1 + sizes[i]));
    at = eol + 1 + sizes[i] + 1;
  }
  return blobs;
}

/**
 * The staged files to scan. Without paths: what `git diff --cached` shows, that is, every file the next
 * commit adds or changes. With paths (files or folders, relative to `cwd`, read literally): the staged
 * version of every tracked file under them, changed or not, so that `pre-commit run --all-files` scans
 * everything; a path git does not track is an error. `--exclude` globs apply as in a folder scan.
 * Files larger than `maxBytes` (0 = no limit) are listed with their size but not read.
 */
export function readStaged(
  cwd: string,
  paths: readonly string[],
  excludes: readonly string[],
  maxBytes: number,
  batchBytes = BLOB_BATCH_BYTES,
): StagedSelection {
  const prefix = workTreePrefix(cwd);
  const display = (repoPath: string) => posix.relative(prefix === '' ? '.' : prefix, repoPath) || repoPath;
  const entries = paths.length === 0 ? changedEntries(cwd) : indexEntries(cwd, paths);
  const excluded = compileExcludes(excludes);

  const skipped = new Map<string, SkippedFile>();
  const regular = new Map<string, IndexEntry>();
  for (const e of entries) {
    const path = display(e.repoPath);
    if (isExcluded([path, e.repoPath], excluded)) continue;
    if (e.stage !== 0) skipped.set(path, { path, reason: 'merge conflict not resolved (no staged version yet)' });
    else if (REGULAR_FILE_MODES.has(e.mode)) regular.set(path, e);
    else skipped.set(path, { path, reason: NOT_SCANNED[e.mode] ?? `not a regular file (git mode ${e.mode})` });
  }
  const targets = [...regular.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sizes = blobSizes(cwd, targets.map(([, e]) => e.oid));
  const wanted = targets.flatMap((_, i) => (maxBytes > 0 && sizes[i] > maxBytes ? [] : [i]));
  // Consecutive batches of at most batchBytes (or one blob); the CLI reads files in order, so each batch is
  // read once, when its first file is, and only the current batch is held.
  const batchOf = new Map<number, number[]>();
  let batch: number[] = [];
  let batchSize = 0;
  for (const i of wanted) {
    if (batch.length > 0 && batchSize + sizes[i] > batchBytes) {
      batch = [];
      batchSize = 0;
    }
    batch.push(i);
    batchSize += sizes[i];
    batchOf.set(i, batch);
  }
  let current: { batch: number[]; blobs: Map<number, Buffer> } | undefined;
  const read = (i: number): Buffer | undefined => {
    const mine = batchOf.get(i);
    if (mine === undefined) return undefined;
    if (current?.batch !== mine) {
      const contents = blobContents(cwd, mine.map((k) => targets[k][1].oid), mine.map((k) => sizes[k]));
      current = { batch: mine, blobs: new Map(mine.map((k, n) => [k, contents[n]])) };
    }
    return current.blobs.get(i);
  };
  return {
    files: targets.map(([path], i) => ({ path, size: sizes[i], read: () => read(i) })),
    skipped: [...skipped.values()],
  };
}
