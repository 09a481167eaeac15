/**
 * Which files a scan reads, and how their bytes become text.
 * Directories are walked recursively, never into node_modules or .git, honouring --exclude globs and
 * every .gitignore on the way (including those of parent folders up to the repository root).
 * Symbolic links met during a walk are not followed (no cycles); a path named on the command line is.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch, Minimatch } from 'minimatch';
import { GitIgnore, isIgnored, type ScopedGitIgnore } from './gitignore';

/** Folders never entered, whatever the configuration. */
const ALWAYS_EXCLUDED_DIRS = new Set(['node_modules', '.git']);

export interface FileTarget {
  /** Absolute path. */
  readonly abs: string;
  /** What the user sees: relative to the working folder when inside it, forward slashes. */
  readonly display: string;
}

export interface Discovery {
  readonly files: FileTarget[];
  /** Things worth telling the user (a glob that matched nothing...). */
  readonly notes: string[];
  /** Problems that make the scan incomplete (a path that does not exist...). */
  readonly errors: string[];
}

const toSlash = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return toSlash(rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel);
}

/** Whether any of a file's names (forward slashes) matches an --exclude glob; a glob without a slash matches a name at any depth. */
export function isExcluded(names: readonly string[], excludes: readonly string[], isDir = false): boolean {
  const opts = { dot: true, matchBase: true };
  for (const name of new Set(names)) {
    if (name === '' || name === '.') continue;
    for (const g of excludes) {
      if (minimatch(name, g, opts) || (isDir && minimatch(`${name}/`, g, opts))) return true;
    }
  }
  return false;
}

const hasGlobMagic = (s: string) => /[*?[\]{}]/.test(s);

class Walker {
  private readonly gitignoreCache = new Map<string, GitIgnore | null>();
  readonly files = new Map<string, FileTarget>();

  constructor(
    private readonly cwd: string,
    private readonly excludes: readonly string[],
  ) {}

  private gitignoreOf(dir: string): GitIgnore | null {
    let g = this.gitignoreCache.get(dir);
    if (g === undefined) {
      let content: string | undefined;
      try {
        content = readFileSync(join(dir, '.gitignore'), 'utf8');
      } catch {
        content = undefined;
      }
      g = content === undefined ? null : new GitIgnore(content);
      this.gitignoreCache.set(dir, g);
    }
    return g;
  }

  /** .gitignore scopes that govern `dir`: its ancestors up to the repository root (the folder holding .git). */
  initialScopes(dir: string): ScopedGitIgnore[] {
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
    const scopes: ScopedGitIgnore[] = [];
    for (const d of dirs) {
      const rules = this.gitignoreOf(d);
      if (rules) scopes.push({ dir: toSlash(d), rules });
    }
    return scopes;
  }

  /** Excluded by --exclude: matched against the path relative to the scan root and to the working folder. */
  excluded(abs: string, root: string, isDir: boolean): boolean {
    if (this.excludes.length === 0) return false;
    return isExcluded([toSlash(relative(root, abs)), displayPath(abs, this.cwd)], this.excludes, isDir);
  }

  add(abs: string): void {
    if (!this.files.has(abs)) this.files.set(abs, { abs, display: displayPath(abs, this.cwd) });
  }

  walk(root: string, accept: (t: FileTarget) => boolean = () => true): void {
    const visit = (dir: string, scopes: ScopedGitIgnore[]) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return; // An unreadable folder is reported by the caller's stat, or skipped when met on the way.
      }
      const own = this.gitignoreOf(dir);
      const here = own && !scopes.some((s) => s.dir === toSlash(dir)) ? [...scopes, { dir: toSlash(dir), rules: own }] : scopes;
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const abs = join(dir, e.name);
        const isDir = e.isDirectory();
        if (isDir && ALWAYS_EXCLUDED_DIRS.has(e.name)) continue;
        if (!isDir && !e.isFile()) continue; // symlinks, sockets, fifos
        if (isIgnored(toSlash(abs), isDir, here) || this.excluded(abs, root, isDir)) continue;
        if (isDir) visit(abs, here);
        else {
          const t = { abs, display: displayPath(abs, this.cwd) };
          if (accept(t)) this.add(abs);
        }
      }
    };
    visit(root, this.initialScopes(root));
  }
}

/**
 * Expand the command line's paths and globs into files, sorted by path, each once.
 * An explicitly named file is always scanned; excludes and .gitignore apply to what walks and globs find.
 */
export function discover(args: readonly string[], cwd: string, excludes: readonly string[]): Discovery {
  const walker = new Walker(cwd, excludes);
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
      globInto(walker, arg, cwd);
      if (walker.files.size === before) notes.push(`no files match ${arg}`);
    } else {
      errors.push(lstatExists(abs) ? `cannot read ${arg} (a broken link?)` : `no such file or folder: ${arg}`);
    }
  }
  const files = [...walker.files.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, notes, errors };
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
  const mm = new Minimatch(norm, { dot: false });
  walker.walk(base, (t) => mm.match(absolutePattern ? toSlash(t.abs) : toSlash(relative(cwd, t.abs))));
}

export interface DecodedText {
  readonly text: string;
  /** Why this content is not scanned (binary), if it is not. */
  readonly skip?: string;
  /** Something the user should know about how it was decoded. */
  readonly note?: string;
}

/** How much of the start of a file is checked for NUL bytes (git's heuristic looks at 8000). */
const BINARY_SNIFF_BYTES = 8000;
/** Above this share of replacement characters, undecodable content is treated as binary. */
const MAX_REPLACEMENT_RATIO = 0.1;

/**
 * Bytes -> text. UTF-16 with a byte-order mark is decoded as such; NUL bytes mean binary;
 * invalid UTF-8 is decoded with U+FFFD replacement characters (and noted) unless it is mostly invalid.
 */
export function decode(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), note: `decoded as ${encoding.toUpperCase()} (byte-order mark)` };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { text: '', skip: 'binary file (contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
    if (replaced > Math.max(8, text.length * MAX_REPLACEMENT_RATIO)) {
      return { text: '', skip: 'binary file (mostly invalid UTF-8)' };
    }
    return { text, note: `invalid UTF-8: ${replaced} undecodable byte sequence(s) read as U+FFFD and scanned anyway` };
  }
}
