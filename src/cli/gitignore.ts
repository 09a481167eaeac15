/**
 * .gitignore semantics (https://git-scm.com/docs/gitignore) on top of minimatch:
 * comments and blank lines, `\#` / `\!` escapes, trailing-space trimming, `!` negation (the last
 * matching line of a file wins), directory-only patterns (`build/`), anchored patterns (a slash at
 * the start or in the middle ties the pattern to the .gitignore's own folder), and `**`.
 * Deeper .gitignore files take precedence over shallower ones.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';

interface IgnoreLine {
  readonly negated: boolean;
  readonly dirOnly: boolean;
  /** Tests a path relative to the .gitignore's folder, with forward slashes. */
  readonly test: (rel: string) => boolean;
}

const MM_OPTIONS: MinimatchOptions = { dot: true, nocomment: true, nonegate: true, noext: true };

/** Remove unescaped trailing spaces (git keeps `\ `). */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return line.slice(0, end);
}

function parseLine(raw: string): IgnoreLine | undefined {
  let line = trimTrailingSpaces(raw.replace(/\r$/, ''));
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // A slash anywhere but at the end anchors the pattern to this folder; otherwise it matches at any depth.
  const anchored = line.includes('/');
  const body = line.replace(/^\/+/, '');
  if (body === '') return undefined;
  const glob = anchored ? body : `**/${body}`;
  const mm = new Minimatch(glob, MM_OPTIONS);
  return { negated, dirOnly, test: (rel) => mm.match(rel) };
}

/** The lines of one .gitignore file. */
export class GitIgnore {
  private readonly lines: readonly IgnoreLine[];

  constructor(content: string) {
    this.lines = content.split('\n').map(parseLine).filter((l): l is IgnoreLine => l !== undefined);
  }

  /** true: ignored, false: explicitly re-included (`!`), undefined: no line matches. */
  verdict(rel: string, isDir: boolean): boolean | undefined {
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const l = this.lines[i];
      if (l.dirOnly && !isDir) continue;
      if (l.test(rel)) return !l.negated;
    }
    return undefined;
  }
}

/** A .gitignore together with the folder it governs (absolute, forward slashes, no trailing slash). */
export interface ScopedGitIgnore {
  readonly dir: string;
  readonly rules: GitIgnore;
}

/**
 * Is `path` (absolute, forward slashes) ignored by the given .gitignore files (outermost first)?
 * The deepest file with a matching line decides. Callers stop descending into ignored folders, which
 * gives git's rule that a file cannot be re-included when a parent folder is excluded.
 */
export function isIgnored(path: string, isDir: boolean, scopes: readonly ScopedGitIgnore[]): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const { dir, rules } = scopes[i];
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    if (!path.startsWith(prefix)) continue;
    const v = rules.verdict(path.slice(prefix.length), isDir);
    if (v !== undefined) return v;
  }
  return false;
}
