/**
 * Ignore files in gitignore syntax (.gitignore, and the AI tools' .cursorignore, .aiignore...), read by
 * the `ignore` package, which implements git's own rules: comments, escapes, trailing spaces, `!`
 * negation (the last matching line wins), folder-only patterns, anchoring, `**`, and braces taken
 * literally, as git takes them. Shared by the CLI's walk and the extension. Pure: no Node, no vscode.
 */
import ignore, { type Ignore } from 'ignore';

/** The lines of one ignore file. */
export class IgnoreRules {
  private readonly rules: Ignore;

  /** `negation: false` drops `!` lines, for formats that have no negation (.aiexclude). */
  constructor(content: string, options: { negation?: boolean } = {}) {
    const lines = content.split(/\r?\n/);
    // Case matters, as on git's default file systems (core.ignorecase false).
    this.rules = ignore({ ignorecase: false }).add(options.negation === false ? lines.filter((l) => !l.startsWith('!')) : lines);
  }

  /**
   * The verdict of this file alone on `rel` (relative to the file's folder, forward slashes):
   * true ignored (by a line, or because a parent folder is), false re-included by a `!` line,
   * undefined when no line speaks of it.
   */
  verdict(rel: string, isDir: boolean): boolean | undefined {
    if (rel === '' || !ignore.isPathValid(rel)) return undefined;
    const { ignored, unignored } = this.rules.test(isDir ? `${rel}/` : rel);
    return ignored ? true : unignored ? false : undefined;
  }
}

/** An ignore file together with the folder it governs (absolute, forward slashes, no trailing slash). */
export interface ScopedIgnoreRules {
  readonly dir: string;
  readonly rules: IgnoreRules;
}

/**
 * Is `path` (absolute, forward slashes) ignored by the given files (outermost first)? The deepest file
 * with a verdict decides, as in git, where a deeper .gitignore overrides a shallower one.
 */
export function isIgnored(path: string, isDir: boolean, scopes: readonly ScopedIgnoreRules[]): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const { dir, rules } = scopes[i];
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    if (!path.startsWith(prefix)) continue;
    const v = rules.verdict(path.slice(prefix.length), isDir);
    if (v !== undefined) return v;
  }
  return false;
}
