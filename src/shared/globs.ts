/**
 * Globs compiled once, with brace expansion capped. minimatch turns `{a,b}` into one pattern per
 * alternative, so `{a,b}` written 16 times is 65,536 patterns, each tried on every path: a scan that never
 * ends. Past the cap a glob is refused with a message that says so (minimatch would silently drop the
 * rest). Pure: no Node, no vscode.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';

/** The most patterns one glob's braces may expand to. */
export const MAX_BRACE_EXPANSIONS = 1024;

export class GlobError extends Error {}

/** Compile `pattern`; throws GlobError when its braces expand past MAX_BRACE_EXPANSIONS. */
export function compileGlob(pattern: string, options: MinimatchOptions): Minimatch {
  const mm = new Minimatch(pattern, { ...options, braceExpandMax: MAX_BRACE_EXPANSIONS + 1 });
  if (mm.set.length > MAX_BRACE_EXPANSIONS) {
    throw new GlobError(`its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns; write fewer alternatives`);
  }
  return mm;
}
