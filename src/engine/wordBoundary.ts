/**
 * Where a word starts and ends, for keywords and label words: at a character that is not an ASCII letter, or at
 * a camelCase hump ('homeTel', 'telHome'). One definition for the prefilter's word-start keywords
 * (Rule.wordStartKeywords) and the PII label checks: a keyword spared as not starting a word must be one that
 * no label check would have accepted there. Character codes are NaN beyond either end of the text, which
 * counts as a boundary.
 */

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
/** What /[a-z]/i matches in one character: an ASCII letter (the flag folds no other letter onto one). */
const isAsciiLetter = (c: number): boolean => isLowerAscii(c) || isUpperAscii(c);

/** Whether a word starts at `at` in `text`. */
export function startsWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return !isAsciiLetter(before) || (isLowerAscii(before) && isUpperAscii(text.charCodeAt(at)));
}

/** Whether a word ends just before `end` in `text`. */
export function endsWord(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  return !isAsciiLetter(after) || (isLowerAscii(text.charCodeAt(end - 1)) && isUpperAscii(after));
}
