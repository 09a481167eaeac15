/**
 * Glob matching for settings (`exclude`, `aiBoundFiles`): minimatch, compiled once per settings change,
 * with brace expansion capped (src/shared/globs.ts).
 * Pure: no 'vscode', no Node built-ins (it also runs in the web worker).
 */
import type { Minimatch } from 'minimatch';
import { compileGlob } from '../../shared/globs';

export interface GlobError {
  readonly index: number;
  readonly pattern: unknown;
  readonly message: string;
}

export interface GlobMatcher {
  readonly patterns: readonly string[];
  /**
   * True when one pattern matches. `paths` are the candidate spellings of one file (e.g. its
   * workspace-relative path and its absolute path); a leading '/' is ignored.
   */
  matches(...paths: readonly string[]): boolean;
}

const MINIMATCH_OPTIONS = { dot: true, nocomment: true, platform: 'linux' as const };

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** Compile globs; entries that are not usable are reported (with their index) and left out. */
export function compileGlobs(patterns: readonly unknown[]): { matcher: GlobMatcher; errors: GlobError[] } {
  const compiled: Minimatch[] = [];
  const kept: string[] = [];
  const errors: GlobError[] = [];
  patterns.forEach((pattern, index) => {
    if (typeof pattern !== 'string' || pattern.trim() === '') {
      errors.push({ index, pattern, message: 'must be a non-empty glob string' });
      return;
    }
    try {
      const mm = compileGlob(normalise(pattern.trim()), MINIMATCH_OPTIONS);
      compiled.push(mm);
      kept.push(pattern);
    } catch (e) {
      errors.push({ index, pattern, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return {
    matcher: {
      patterns: kept,
      matches: (...paths) => paths.some((p) => {
        const path = normalise(p);
        return compiled.some((mm) => mm.match(path));
      }),
    },
    errors,
  };
}
