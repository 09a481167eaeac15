/**
 * AI exclusion files (.cursorignore, .aiexclude, .aiignore, .codeiumignore, .geminiignore): gitignore
 * syntax, applying to files at or below the directory that holds them. Pure, for unit tests.
 */
import { IgnoreRules } from '../../shared/ignoreFile';

/** The exclusion files AI assistants honour; the first one is the one we create when none exists. */
export const AI_EXCLUSION_FILES = ['.cursorignore', '.aiexclude', '.aiignore', '.codeiumignore', '.geminiignore'] as const;
export type AiExclusionFileName = (typeof AI_EXCLUSION_FILES)[number];

export interface IgnoreFile {
  readonly name: string;
  /** Directory holding the file, relative to the workspace folder, '' for the root, no trailing '/'. */
  readonly dir: string;
  /** True when `relativePath` (relative to the same workspace folder as `dir`) is excluded. */
  excludes(relativePath: string): boolean;
}

/** Parse the contents of an exclusion file found in `dir` (relative to its workspace folder). */
export function parseIgnoreFile(name: string, dir: string, content: string): IgnoreFile {
  const isAiExclude = name === '.aiexclude';
  // .aiexclude has no negation: a '!' line is not a pattern there.
  const rules = new IgnoreRules(content, { negation: !isAiExclude });
  // Gemini: an empty .aiexclude blocks everything at or below its directory (same as "**/*").
  const blocksAll = isAiExclude && content.trim() === '';
  const base = dir.replace(/^\/+|\/+$/g, '');

  return {
    name,
    dir: base,
    excludes(relativePath: string): boolean {
      const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
      let local: string;
      if (base === '') local = path;
      else if (path.startsWith(base + '/')) local = path.slice(base.length + 1);
      else return false;
      if (blocksAll) return true;
      // A file inside an excluded directory cannot be re-included: the verdict says so (git semantics).
      return rules.verdict(local, false) === true;
    },
  };
}

/** The line to append to an exclusion file so that it excludes `relativePath` (relative to its directory). */
export function exclusionLineFor(relativePath: string): string {
  const escaped = relativePath.replace(/\\/g, '/').replace(/^\/+/, '').replace(/([*?[\]\\])/g, '\\$1');
  return `/${escaped}`;
}

/** Append `line` to existing file content, keeping a final newline. */
export function appendLine(content: string, line: string): string {
  if (content === '') return line + '\n';
  return content + (content.endsWith('\n') ? '' : '\n') + line + '\n';
}
