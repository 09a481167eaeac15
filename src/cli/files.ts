/**
 * Which files a scan reads.
 * Directories are walked recursively, never into node_modules or .git, honouring --exclude globs and
 * every .gitignore on the way (including those of parent folders up to the repository root).
 * Symbolic links met during a walk are not followed (no cycles); a path named on the command line is.
 * Names are read as bytes, so a file whose name is not valid UTF-8 is still read (and shown with U+FFFD).
 * A folder that cannot be read is listed as skipped, never passed over in silence.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Minimatch } from 'minimatch';
import { compileGlob, GlobError } from '../shared/globs';
import { IgnoreRules, isIgnored, type ScopedIgnoreRules } from '../shared/ignoreFile';
import type { SkippedFile } from './report';

/** Folders never entered, whatever the configuration. */
const ALWAYS_EXCLUDED_DIRS = new Set(['node_modules', '.git']);
const SEP = Buffer.from(sep);

export interface FileTarget {
  /** Absolute path as text (a name that is not UTF-8 has U+FFFD in it). */
  readonly abs: string;
  /** The path as the file system knows it: the bytes, when a name is not valid UTF-8. */
  readonly fsPath: string | Buffer;
  /** What the user sees: relative to the working folder when inside it, forward slashes. */
  readonly display: string;
}

export interface Discovery {
  readonly files: FileTarget[];
  /** Things worth telling the user (a glob that matched nothing...). */
  readonly notes: string[];
  /** Problems that make the scan incomplete (a path that does not exist...). */
  readonly errors: string[];
  /** What the walk could not enter or read (an unreadable folder...). */
  readonly skipped: SkippedFile[];
}

const toSlash = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return toSlash(rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel);
}

/** The --exclude globs, compiled once; throws GlobError naming a glob whose braces expand without end. */
export function compileExcludes(globs: readonly string[]): Minimatch[] {
  return globs.map((g) => globFor(g, '--exclude', { dot: true, matchBase: true }));
}

/** Whether any of a file's names (forward slashes) matches an --exclude glob; a glob without a slash matches a name at any depth. */
export function isExcluded(names: readonly string[], excludes: readonly Minimatch[], isDir = false): boolean {
  for (const name of new Set(names)) {
    if (name === '' || name === '.') continue;
    for (const mm of excludes) {
      if (mm.match(name) || (isDir && mm.match(`${name}/`))) return true;
    }
  }
  return false;
}

const hasGlobMagic = (s: string) => /[*?[\]{}]/.test(s);
const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? 'error';

/** A path's bytes joined with a name's bytes. */
function joinBytes(dir: Buffer, name: Buffer): Buffer {
  return dir.subarray(-SEP.length).equals(SEP) ? Buffer.concat([dir, name]) : Buffer.concat([dir, SEP, name]);
}

/** An --exclude or path glob, compiled once; a glob that would expand without end is refused. */
function globFor(pattern: string, what: string, options: { dot: boolean; matchBase?: boolean }): Minimatch {
  try {
    return compileGlob(pattern, options);
  } catch (e) {
    if (!(e instanceof GlobError)) throw e;
    const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}…` : pattern;
    throw new GlobError(`${what} ${shown}: ${e.message}`);
  }
}

class Walker {
  private readonly gitignoreCache = new Map<string, IgnoreRules | null>();
  private readonly excludes: readonly Minimatch[];
  readonly files = new Map<string, FileTarget>();
  readonly skipped: SkippedFile[] = [];

  constructor(
    private readonly cwd: string,
    excludes: readonly string[],
  ) {
    this.excludes = compileExcludes(excludes);
  }

  private gitignoreOf(dir: Buffer): IgnoreRules | null {
    const key = dir.toString('latin1');
    let g = this.gitignoreCache.get(key);
    if (g === undefined) {
      let content: string | undefined;
      try {
        content = readFileSync(joinBytes(dir, Buffer.from('.gitignore')), 'utf8');
      } catch {
        content = undefined; // none here (an unreadable one is as good as none: git says nothing either)
      }
      g = content === undefined ? null : new IgnoreRules(content);
      this.gitignoreCache.set(key, g);
    }
    return g;
  }

  /** .gitignore scopes that govern `dir`: its ancestors up to the repository root (the folder holding .git). */
  initialScopes(dir: string): ScopedIgnoreRules[] {
    const chain: string[] = [dir];
    let repoRoot: string | undefined = existsSync(join(dir, '.git')) ? dir : undefined;
    for (let d = dir; !repoRoot; ) {
      const parent = dirname(d);
      if (parent === d) break;
      chain.push(parent);
      if (existsSync(join(parent, '.git'))) repoRoot = parent;
      d = parent;
    }
    // Outside a repository, only the folder's own .gitignore (and those below it) apply.
    const dirs = repoRoot ? chain.reverse() : [dir];
    const scopes: ScopedIgnoreRules[] = [];
    for (const d of dirs) {
      const rules = this.gitignoreOf(Buffer.from(d));
      if (rules) scopes.push({ dir: toSlash(d), rules });
    }
    return scopes;
  }

  /** Excluded by --exclude: matched against the path relative to the scan root and to the working folder. */
  excluded(abs: string, root: string, isDir: boolean): boolean {
    if (this.excludes.length === 0) return false;
    return isExcluded([toSlash(relative(root, abs)), displayPath(abs, this.cwd)], this.excludes, isDir);
  }

  add(fsPath: string | Buffer): void {
    const abs = typeof fsPath === 'string' ? fsPath : fsPath.toString('utf8');
    const key = typeof fsPath === 'string' ? fsPath : fsPath.toString('latin1');
    if (!this.files.has(key)) this.files.set(key, { abs, fsPath, display: displayPath(abs, this.cwd) });
  }

  walk(root: string, accept: (t: FileTarget) => boolean = () => true): void {
    const visit = (dir: Buffer, scopes: ScopedIgnoreRules[]) => {
      const dirText = dir.toString('utf8');
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
      } catch (e) {
        this.skipped.push({ path: displayPath(dirText, this.cwd), reason: `unreadable folder (${errnoOf(e)})` });
        return;
      }
      const own = this.gitignoreOf(dir);
      const here = own && !scopes.some((s) => s.dir === toSlash(dirText)) ? [...scopes, { dir: toSlash(dirText), rules: own }] : scopes;
      entries.sort((a, b) => Buffer.compare(a.name, b.name));
      for (const e of entries) {
        const path = joinBytes(dir, e.name);
        const abs = path.toString('utf8');
        const isDir = e.isDirectory();
        if (isDir && ALWAYS_EXCLUDED_DIRS.has(e.name.toString('utf8'))) continue;
        if (e.isSymbolicLink()) continue; // not followed: see the file comment
        if (!isDir && !e.isFile()) {
          this.skipped.push({ path: displayPath(abs, this.cwd), reason: 'not a regular file (socket, pipe or device)' });
          continue;
        }
        if (isIgnored(toSlash(abs), isDir, here) || this.excluded(abs, root, isDir)) continue;
        if (isDir) visit(path, here);
        else {
          const fsPath = Buffer.from(abs).equals(path) ? abs : path;
          if (accept({ abs, fsPath, display: displayPath(abs, this.cwd) })) this.add(fsPath);
        }
      }
    };
    visit(Buffer.from(root), this.initialScopes(root));
  }
}

/**
 * Expand the command line's paths and globs into files, sorted by path, each once.
 * An explicitly named file is always scanned; excludes and .gitignore apply to what walks and globs find.
 */
export function discover(args: readonly string[], cwd: string, excludes: readonly string[]): Discovery {
  let walker: Walker;
  try {
    walker = new Walker(cwd, excludes);
  } catch (e) {
    if (!(e instanceof GlobError)) throw e;
    return { files: [], notes: [], errors: [e.message], skipped: [] };
  }
  const notes: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) walker.walk(abs);
    else if (st?.isFile()) walker.add(abs);
    else if (st) errors.push(`not a regular file or folder: ${arg}`);
    else if (hasGlobMagic(arg)) {
      const before = walker.files.size;
      try {
        globInto(walker, arg, cwd);
      } catch (e) {
        if (!(e instanceof GlobError)) throw e;
        errors.push(e.message);
        continue;
      }
      if (walker.files.size === before) notes.push(`no files match ${arg}`);
    } else {
      errors.push(lstatExists(abs) ? `cannot read ${arg} (a broken link?)` : `no such file or folder: ${arg}`);
    }
  }
  const files = [...walker.files.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, notes, errors, skipped: walker.skipped };
}

function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Walk the glob's fixed leading folders and keep the files it matches. */
function globInto(walker: Walker, pattern: string, cwd: string): void {
  const norm = toSlash(pattern).replace(/^\.\//, '');
  const parts = norm.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (hasGlobMagic(p)) break;
    fixed.push(p);
  }
  const base = resolve(cwd, fixed.join('/') || '.');
  let st;
  try {
    st = statSync(base);
  } catch {
    return;
  }
  if (!st.isDirectory()) return;
  const absolutePattern = isAbsolute(pattern);
  const mm = globFor(pattern, 'the glob', { dot: false });
  walker.walk(base, (t) => mm.match(absolutePattern ? toSlash(t.abs) : toSlash(relative(cwd, t.abs))));
}
