/**
 * Checks shared by the PII rules: label words on the value's line, boundaries, digits and dates. A check that
 * one rule file alone uses (a country's check digits, a wallet's checksum) lives in that file. Pure functions
 * on strings (no Node built-ins): they run in a web worker too. Generic checksums (Luhn, mod 97, Verhoeff)
 * live in src/engine/validators.ts.
 */
import type { MatchContext, Validator, ValidatorResult } from '../../engine/types';
import { withoutPlaceholders } from '../../engine/redact';
import { endsWord, startsWord } from '../../engine/wordBoundary';
import { isRepetitive, lineBounds } from '../../engine/validators';

// ---------------------------------------------------------------------------------------------
// Context and boundaries
// ---------------------------------------------------------------------------------------------

const WORD_CHAR = /[A-Za-z0-9_]/;

/** True when `ch` is a letter, digit or underscore. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/**
 * True when one of `words` (lower-case) occurs as a whole word (not inside a longer identifier part)
 * within `window` characters before or after [start, end) on the same line, outside the match itself. Word parts of
 * camelCase and snake_case identifiers count ('customerSsn', 'phone_number'), so does a word followed
 * by digits ('tel1').
 */
export function wordOnSameLine(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
  window = 80,
  memo?: MatchContext['memo'],
): boolean {
  // The match's own line only: a label on a neighbouring line belongs to another value, and a finding
  // must not depend on what follows the line (scanning a + '\n' + b finds what a and b find).
  const { start: lineStart, end: lineEnd } = lineBounds(text, start, end, window);
  if (memo && !lineHasLetters(text, lineStart, lineEnd, memo)) return false;
  return wordIn(text.slice(lineStart, start), words) || wordIn(text.slice(end, lineEnd), words);
}

/** Lines at most this long have their letters test kept for the scan; a longer one is searched each time. */
const MEMO_LINE_LIMIT = 4096;
/** The memo key of the lines known to hold letters or not (line start -> verdict). */
const LINES_WITH_LETTERS = {};
/** A letter of any script, or any character beyond ASCII (every label word has one). */
const LETTER_OR_NON_ASCII = /[A-Za-z\u0080-\uffff]/;

/**
 * False when the line around [from, to) holds no letter at all, so no label word: a data line of numbers
 * (a log of ids, a CSV of figures) yields dozens of candidates, and this answers for all of them at once.
 */
function lineHasLetters(text: string, from: number, to: number, memo: NonNullable<MatchContext['memo']>): boolean {
  // A letter around the match is a letter on the line: the line's bounds need not be found.
  if (LETTER_OR_NON_ASCII.test(text.slice(from, to))) return true;
  const line = lineBounds(text, from, to, MEMO_LINE_LIMIT);
  if (line.startCut || line.endCut) return true;
  let lines = memo.get(LINES_WITH_LETTERS) as Map<number, boolean> | undefined;
  if (!lines) memo.set(LINES_WITH_LETTERS, (lines = new Map()));
  let verdict = lines.get(line.start);
  if (verdict === undefined) {
    verdict = LETTER_OR_NON_ASCII.test(text.slice(line.start, line.end));
    lines.set(line.start, verdict);
  }
  return verdict;
}

function wordIn(text: string, words: readonly string[]): boolean {
  // Nothing before a value that starts its line (every address of a web log).
  if (text.length === 0) return false;
  const around = withoutPlaceholders(text);
  const lowerAround = around.toLowerCase();
  for (const w of words) {
    let i = lowerAround.indexOf(w);
    while (i !== -1) {
      if (startsWord(around, i) && endsWord(around, i + w.length)) return true;
      i = lowerAround.indexOf(w, i + 1);
    }
  }
  return false;
}

/**
 * Keywords for a short label as a table header writes it, next to a field separator (',sin', 'sin;',
 * '| sin'...): the bare word would wake its rule inside every 'using' or 'single'.
 */
export function columnKeywords(label: string): string[] {
  return [',', ';', '\t', '|'].flatMap((d) => [`${d}${label}`, `${label}${d}`, ...(d === '|' ? [`| ${label}`, `${label} |`] : [])]);
}

/**
 * True when the match lies in a table column (see Rule.tableColumns) whose header holds one of `words`
 * as a whole word: "Date of Birth" labels every date below it.
 */
export function columnLabelled(ctx: MatchContext, words: readonly string[]): boolean {
  return ctx.column !== undefined && wordIn(ctx.column, words);
}

/** wordOnSameLine for a validator's match, or the label of its table column. */
export function labelledOnLine(ctx: MatchContext, words: readonly string[], window = 60): boolean {
  return wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, words, window, ctx.memo) || columnLabelled(ctx, words);
}

/** A validator requiring one of `words` as a whole word near the match, or as its table column's label. */
export function requireLabelOnLine(words: readonly string[], window = 80): Validator {
  return (ctx) => labelledOnLine(ctx, words, window);
}

/** The `n` characters before the match, lower-cased. */
export function textBefore(ctx: MatchContext, n: number): string {
  return ctx.text.slice(Math.max(0, ctx.start - n), ctx.start).toLowerCase();
}

/** The `n` characters after the match. */
export function textAfter(ctx: MatchContext, n: number): string {
  const end = ctx.start + ctx.value.length;
  return ctx.text.slice(end, end + n);
}

/**
 * Rejects numbers that are part of something longer: a neighbouring letter, digit or underscore,
 * a decimal point followed by a digit, a version-like or dotted neighbour, or a hex prefix.
 */
export const standaloneNumber: Validator = (ctx) => {
  const before = ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start);
  const after = textAfter(ctx, 2);
  const b1 = before[before.length - 1];
  const a1 = after[0];
  if (isWordChar(b1) || isWordChar(a1)) return false;
  // A decimal fraction ('.707106781', '3,14159265'); but in a row of comma-separated fields
  // ('Ana,1984-03-14,4539...', '17,12.50,4539...') a comma after digits only ends the previous field.
  // A dot after a letter ends an abbreviated label glued to the number ('No.036-08-3365'), not a fraction.
  if ((b1 === '.' && !/[A-Za-z]/.test(before[0] ?? '')) || (b1 === ',' && /\d/.test(before[0] ?? '') && !commaSeparatesFields(ctx, ctx.start - 1))) return false;
  // A decimal tail ('1234567,89') joins the number; the next field of a row ('...,04/27', '...,12.50') does not.
  if (a1 === '.' && /^\.\d+(?:[^\d/:-]|$)/.test(textAfter(ctx, 12))) return false;
  if (a1 === ',' && /^,\d+(?:[^\d/:-]|$)/.test(textAfter(ctx, 12)) && !commaSeparatesFields(ctx, ctx.start + ctx.value.length)) {
    return false;
  }
  if (b1 === '-' && isWordChar(before[0])) return false;
  if (a1 === '-' && isWordChar(after[1])) return false;
  return true;
};

/**
 * True when the comma at `comma`, between digits, parts two fields rather than an integer from its decimals:
 * the line holds two commas or more (a comma-separated row: a number with a decimal comma would be quoted
 * there), or the digits on either side of the comma belong to a longer field (a date '1984-03-14', an amount
 * '12.50', a phone number '555-0100') instead of standing as an integer or its decimals.
 */
function commaSeparatesFields(ctx: MatchContext, comma: number): boolean {
  const text = ctx.text;
  const line = lineBounds(text, comma, comma + 1, 512);
  let commas = 0;
  for (let i = line.start; i < line.end && commas < 2; i++) if (text.charCodeAt(i) === 44) commas++;
  if (commas >= 2) return true;
  const isDigit = (k: number) => text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
  let i = comma - 1;
  while (i >= line.start && isDigit(i)) i--;
  let j = comma + 1;
  while (j < line.end && isDigit(j)) j++;
  return (i >= line.start && FIELD_CHAR.test(text[i])) || (j < line.end && FIELD_CHAR.test(text[j]));
}

/** Characters that make the digits beside a comma part of a longer field: a date, an amount, a time, a word. */
const FIELD_CHAR = /[-./:A-Za-z]/;

/**
 * The ICAO 9303 check digit of a machine-readable field (passport and ID-card zones, and the numbers printed
 * from them): each character's value ('<' 0, digits their value, A-Z 10-35) weighted 7, 3, 1 in turn, mod 10.
 */
export function icaoCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += value * weights[i % 3];
  }
  return sum % 10;
}

/**
 * Dashes other than the ASCII hyphen-minus that word processors, forms and PDFs put between digit groups:
 * hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and fullwidth
 * hyphen-minus. As a regex class body, for patterns that accept them where a number has its dashes.
 */
export const OTHER_DASHES = String.raw`\u2010-\u2015\u2212\ufe63\uff0d`;
const OTHER_DASH = new RegExp(`[${OTHER_DASHES}]`, 'g');

/**
 * Spaces other than the ASCII one that word processors and web pages put between digit groups: no-break
 * space, figure space, thin space, narrow no-break space. As a regex class body.
 */
export const OTHER_SPACES = String.raw`\u00a0\u2007\u2009\u202f`;
const OTHER_SPACE = new RegExp(`[${OTHER_SPACES}]`, 'g');

/**
 * The value with every dash written as the ASCII hyphen-minus and every space as the ASCII space:
 * "536–22–8475" reads as "536-22-8475", "536\u00a022\u00a08475" as "536 22 8475".
 */
export function plainSeparators(s: string): string {
  return s.replace(OTHER_DASH, '-').replace(OTHER_SPACE, ' ');
}

/** Only the digits of a string. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Σ dᵢ·wᵢ over the first `weights.length` digits of `digits`: the core of most national-ID check digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  return sum;
}

/** True when the separators between digit groups (spaces, dashes, dots) are all the same character. */
export function consistentSeparators(s: string): boolean {
  const seps = s.match(/[^0-9A-Za-z]/g);
  return !seps || seps.every((c) => c === seps[0]);
}

/** Date-like digit strings: YYYYMMDD or YYMMDD prefixes, used to reject timestamps taken for IDs. */
export function looksLikeDateStamp(digits: string): boolean {
  const y = Number(digits.slice(0, 4));
  const m = Number(digits.slice(4, 6));
  const d = Number(digits.slice(6, 8));
  return y >= 1970 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const ONE_DIGIT_RECURS: ValidatorResult = { confidence: 'low', note: 'one digit recurs' };

/**
 * The digits of an issued number under its label, judged for repetition. Demote, don't drop: short numbers
 * often repeat a digit ("77267" on an identity card, "5888788" in a DEA number: three of five, five of seven),
 * which isRepetitive calls repetitive, so that alone gives low confidence. A run, a short repeated unit or
 * one digit in four fifths of them ("1234567", "121212", "7777787") is a placeholder: no finding.
 */
export function repeatedDigitsVerdict(digits: string): ValidatorResult {
  if (!isRepetitive(digits)) return true;
  const n = digits.length;
  const counts = new Map<string, number>();
  let most = 0;
  for (const ch of digits) {
    const k = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, k);
    if (k > most) most = k;
  }
  // Below three fifths, isRepetitive saw a run or a repeated unit; from four fifths on, a stand-in.
  if (most < 0.6 * n || most >= 0.8 * n) return false;
  for (let unit = 2; unit <= 4 && unit * 2 < n; unit++) {
    let i = unit;
    while (i < n && digits[i] === digits[i - unit]) i++;
    if (i === n) return false;
  }
  return ONE_DIGIT_RECURS;
}

/** Helper for validators that lower a finding to severity 'low' with a reason. */
export function low(note: string): ValidatorResult {
  return { severity: 'low', note };
}

/** True when year/month/day (month 1-12) name a day that exists in the Gregorian calendar. */
export function realDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}
