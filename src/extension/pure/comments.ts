/**
 * Comment syntax per VS Code language id, for the "Ignore on this line" quick fix. The engine honours
 * `privacy-guard-ignore` on the finding's line, or on the line above when the comment stands alone
 * there (only comment punctuation before the marker), so line comments go above the finding and
 * comment styles the engine does not recognise at the start of a line go at the end of it.
 */
import { SUPPRESSION_MARKER } from '../../engine';

export interface CommentStyle {
  readonly open: string;
  /** Empty for line comments. */
  readonly close: string;
}

const SLASH: CommentStyle = { open: '//', close: '' };
const HASH: CommentStyle = { open: '#', close: '' };
const DASH: CommentStyle = { open: '--', close: '' };
const SEMI: CommentStyle = { open: ';', close: '' };
const PERCENT: CommentStyle = { open: '%', close: '' };
const QUOTE: CommentStyle = { open: "'", close: '' };
const HTML: CommentStyle = { open: '<!--', close: '-->' };
const BLOCK: CommentStyle = { open: '/*', close: '*/' };

const BY_LANGUAGE: Readonly<Record<string, CommentStyle>> = {
  javascript: SLASH, javascriptreact: SLASH, typescript: SLASH, typescriptreact: SLASH, jsonc: SLASH,
  json5: SLASH, c: SLASH, cpp: SLASH, csharp: SLASH, java: SLASH, kotlin: SLASH, scala: SLASH, go: SLASH,
  rust: SLASH, swift: SLASH, dart: SLASH, php: SLASH, groovy: SLASH, 'objective-c': SLASH,
  'objective-cpp': SLASH, fsharp: SLASH, scss: SLASH, less: SLASH, proto: SLASH, proto3: SLASH,
  zig: SLASH, solidity: SLASH, hcl: HASH, terraform: HASH, vue: HTML, svelte: HTML,
  python: HASH, ruby: HASH, perl: HASH, shellscript: HASH, powershell: HASH, yaml: HASH, toml: HASH,
  dockerfile: HASH, makefile: HASH, r: HASH, julia: HASH, elixir: HASH, coffeescript: HASH, nix: HASH,
  properties: HASH, dotenv: HASH, env: HASH, ignore: HASH, 'git-commit': HASH, cmake: HASH, tcl: HASH,
  graphql: HASH, 'ssh_config': HASH, nginx: HASH, crystal: HASH, raku: HASH, awk: HASH,
  sql: DASH, lua: DASH, haskell: DASH, ada: DASH, elm: DASH, plsql: DASH, pgsql: DASH,
  ini: SEMI, clojure: SEMI, lisp: SEMI, scheme: SEMI, racket: SEMI, asm: SEMI,
  latex: PERCENT, tex: PERCENT, bibtex: PERCENT, erlang: PERCENT, matlab: PERCENT, prolog: PERCENT,
  vb: QUOTE, vba: QUOTE,
  html: HTML, xml: HTML, xsl: HTML, markdown: HTML, svg: HTML, razor: HTML, 'aspnetcorerazor': HTML,
  css: BLOCK,
  bat: { open: 'REM', close: '' },
  ocaml: { open: '(*', close: '*)' },
  fsharpi: { open: '(*', close: '*)' },
  handlebars: { open: '{{!--', close: '--}}' },
  jinja: { open: '{#', close: '#}' },
  'jinja-html': { open: '{#', close: '#}' },
  twig: { open: '{#', close: '#}' },
  plaintext: { open: '', close: '' },
};

/** Comment style of a language, or undefined when the language has no comments (JSON). */
export function commentStyle(languageId: string): CommentStyle | undefined {
  return BY_LANGUAGE[languageId];
}

/** Mirrors the engine's rule: only these characters (or REM) may precede a standalone marker. */
const STANDALONE_PREFIX = /^[\s#/*;%'!<-]*(?:rem\s*)?$/i;

export interface SuppressionInsertion {
  /** Where the text goes: a new line above the finding's line, or the end of that line. */
  readonly where: 'above' | 'end';
  /** Text to insert (for 'above', a whole line including its indentation and final newline). */
  readonly text: string;
}

/**
 * The edit that suppresses findings on a line: `lineText` is the finding's line, `eol` the document's
 * line ending. Undefined when the language has no comment syntax.
 */
export function suppressionInsertion(languageId: string, lineText: string, eol = '\n'): SuppressionInsertion | undefined {
  const style = commentStyle(languageId);
  if (!style) return undefined;
  const comment = [style.open, SUPPRESSION_MARKER, style.close].filter((p) => p !== '').join(' ');
  const opener = style.open + (style.open ? ' ' : '');
  if (STANDALONE_PREFIX.test(opener)) {
    const indent = /^\s*/.exec(lineText)![0];
    return { where: 'above', text: indent + comment + eol };
  }
  return { where: 'end', text: (lineText.endsWith(' ') || lineText === '' ? '' : ' ') + comment };
}
