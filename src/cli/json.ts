/**
 * JSON.parse for files that may hold secrets (custom rules, baselines). V8's own messages quote the text
 * around an error ("Unexpected token 'g', "ghp_…" is not valid JSON"), which would print the start of a
 * token file; these errors say only the line, the column and what was expected.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';

/** 'CloseBraceExpected' -> 'close brace expected'. */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Parse strict JSON; on error, throw an Error whose message is "line L, column C: <what is wrong>". */
export function parseJson(text: string): unknown {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  if (text.startsWith('\ufeff')) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    // jsonc-parser locates the error; comments and trailing commas, which it could accept, are errors here
    // ("invalid comment token", "value expected").
    let first: string | undefined;
    visit(
      text,
      {
        onError: (code, _offset, _length, line, column) => {
          first ??= `line ${line + 1}, column ${column + 1}: ${words(printParseErrorCode(code))}`;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
    throw new Error(first ?? 'not valid JSON');
  }
}
