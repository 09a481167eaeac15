/**
 * Checks shared by the PII rules: national-ID check digits, crypto-address checksums, context
 * words and boundaries. Pure functions on strings (no Node built-ins): they run in a web worker too.
 * Generic checksums (Luhn, mod 97, Verhoeff) live in src/engine/validators.ts.
 */
import type { MatchContext, Validator, ValidatorResult } from '../../engine/types';
import { withoutPlaceholders } from '../../engine/redact';
import { lineBounds } from '../../engine/validators';

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
export function wordNear(
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
  const around = withoutPlaceholders(text);
  const lowerAround = around.toLowerCase();
  for (const w of words) {
    let i = lowerAround.indexOf(w);
    while (i !== -1) {
      const before = around[i - 1];
      const after = around[i + w.length];
      const first = around[i];
      const last = around[i + w.length - 1];
      const startsWord = !/[a-z]/i.test(before ?? '') || (/[a-z]/.test(before!) && /[A-Z]/.test(first));
      const endsWord = !/[a-z]/i.test(after ?? '') || (/[a-z]/.test(last) && /[A-Z]/.test(after!));
      if (startsWord && endsWord) return true;
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

/** wordNear for a validator's match, or the label of its table column. */
export function wordOnLine(ctx: MatchContext, words: readonly string[], window = 60): boolean {
  return wordNear(ctx.text, ctx.start, ctx.start + ctx.value.length, words, window, ctx.memo) || columnLabelled(ctx, words);
}

/** A validator requiring one of `words` as a whole word near the match, or as its table column's label. */
export function nearWords(words: readonly string[], window = 80): Validator {
  return (ctx) => wordOnLine(ctx, words, window);
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
  if (b1 === '.' || (b1 === ',' && /\d/.test(before[0] ?? '') && !commaSeparatesFields(ctx, ctx.start - 1))) return false;
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

// ---------------------------------------------------------------------------------------------
// National identifiers
// ---------------------------------------------------------------------------------------------

/** UK NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - sum mod 11 (10 is invalid). */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/** Netherlands BSN "11-test": weights 9..2 and -1 on the last digit; sum divisible by 11. */
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

/** Germany Steuer-ID: 11 digits, first not 0, ISO 7064 MOD 11,10 check digit, digit-repetition rule. */
export function steuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[Number(digits[i])]++;
  // In the first ten digits exactly one digit occurs twice or three times; all others at most once.
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  // A digit occurring three times may not stand in three consecutive places.
  if (repeated[0] === 3 && /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === Number(digits[10]);
}

/** France NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (n mod 97); Corsica 2A/2B. */
export function nirValid(value: string): boolean {
  const v = value.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[1-478]\d{2}(?:0[1-9]|1[0-2]|[2-4]\d|[5-9]\d)(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(v)) return false;
  let body = v.slice(0, 13);
  if (body.slice(5, 7) === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (body.slice(5, 7) === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  const n = BigInt(body);
  const key = 97n - (n % 97n);
  return key === BigInt(v.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spain DNI: 8 digits + letter = DNI_LETTERS[n mod 23]. */
export function dniValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  const m = /^(\d{8})([A-Z])$/.exec(v);
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

/** Spain NIE: X/Y/Z (as 0/1/2) + 7 digits + letter, same letter table as the DNI. */
export function nieValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(v);
  if (!m) return false;
  const n = Number(String('XYZ'.indexOf(m[1])) + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

const CF_ODD: Record<string, number> = {};
{
  const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  for (let i = 0; i < 26; i++) {
    CF_ODD[String.fromCharCode(65 + i)] = oddValues[i];
    if (i < 10) CF_ODD[String(i)] = oddValues[i];
  }
}

/** Italy codice fiscale: 15 characters + check letter (odd/even position tables, mod 26). */
export function codiceFiscaleValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = v[i];
    if (i % 2 === 0) sum += CF_ODD[ch];
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

/** Brazil CPF: 11 digits with two mod-11 check digits; all-same-digit values are invalid. */
export function cpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(digits[i]) * (len + 1 - i);
    const check = ((sum * 10) % 11) % 10;
    if (check !== Number(digits[len])) return false;
  }
  return true;
}

/** Brazil CNPJ: 12 characters (digits, or upper-case letters in the 2026 alphanumeric form) + 2 check digits. */
export function cnpjValid(value: string): boolean {
  const v = value.replace(/[./\s-]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{12}\d{2}$/.test(v) || /^(\d)\1{13}$/.test(v)) return false;
  const weights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  for (const len of [12, 13]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (v.charCodeAt(i) - 48) * weights[weights.length - len + i];
    const r = sum % 11;
    const check = r < 2 ? 0 : 11 - r;
    if (check !== Number(v[len])) return false;
  }
  return true;
}

/** US ABA routing number: 9 digits, 3-7-1 weighted sum divisible by 10, valid Federal Reserve prefix. */
export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  if (!((prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * w[i % 3];
  return sum % 10 === 0 && sum !== 0;
}

// ---------------------------------------------------------------------------------------------
// Bytes, SHA-256, base58check, bech32, Keccak-256
// ---------------------------------------------------------------------------------------------

/** First `n` primes. */
function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}

/** First 32 bits of the fractional part of x. */
function frac32(x: number): number {
  return Math.floor((x - Math.floor(x)) * 0x100000000) >>> 0;
}

// The SHA-256 constants are defined as fractional parts of square and cube roots of primes (FIPS 180-4).
let SHA_K: Uint32Array | undefined;
let SHA_H: Uint32Array | undefined;

/** SHA-256 over raw bytes (src/engine/hash.ts only hashes strings as UTF-8). */
export function sha256Bytes(bytes: Uint8Array): Uint8Array {
  if (!SHA_K || !SHA_H) {
    const ps = primes(64);
    SHA_K = Uint32Array.from(ps, (p) => frac32(Math.cbrt(p)));
    SHA_H = Uint32Array.from(ps.slice(0, 8), (p) => frac32(Math.sqrt(p)));
  }
  const k = SHA_K;
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLen = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bitLen / 0x100000000));
  view.setUint32(padded.length - 4, bitLen >>> 0);
  const h = Uint32Array.from(SHA_H);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = view.getUint32(off + i * 4);
      else {
        const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
      }
    }
    const s = Array.from(h);
    for (let i = 0; i < 64; i++) {
      const [a, b, c, d, e, f, g, hh] = s;
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      s.splice(0, 8, (t1 + t2) >>> 0, a, b, c, (d + t1) >>> 0, e, f, g);
    }
    for (let i = 0; i < 8; i++) h[i] = (h[i] + s[i]) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decode base58 (Bitcoin alphabet) to bytes; undefined when a character is not in the alphabet. */
export function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of s) {
    let carry = BASE58.indexOf(ch);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Payload of a base58check string (version byte included) when its 4-byte double-SHA-256 checksum holds. */
export function base58CheckPayload(s: string): Uint8Array | undefined {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return undefined;
  const payload = raw.subarray(0, raw.length - 4);
  const sum = sha256Bytes(sha256Bytes(payload));
  for (let i = 0; i < 4; i++) if (sum[i] !== raw[raw.length - 4 + i]) return undefined;
  return payload;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i];
  }
  return chk >>> 0;
}

/**
 * A segwit address (BIP-173 bech32 for witness v0, BIP-350 bech32m for v1+): hrp, witness version and
 * program length when the checksum and structure hold, else undefined. Mixed case is invalid.
 */
export function segwitDecode(addr: string): { hrp: string; version: number; programLength: number } | undefined {
  if (addr !== addr.toLowerCase() && addr !== addr.toUpperCase()) return undefined;
  const a = addr.toLowerCase();
  const sep = a.lastIndexOf('1');
  if (sep < 1 || a.length - sep - 1 < 7) return undefined;
  const hrp = a.slice(0, sep);
  const data: number[] = [];
  for (const ch of a.slice(sep + 1)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return undefined;
    data.push(v);
  }
  const expanded = [...Array.from(hrp, (c) => c.charCodeAt(0) >> 5), 0, ...Array.from(hrp, (c) => c.charCodeAt(0) & 31)];
  const check = bech32Polymod([...expanded, ...data]);
  const version = data[0];
  if (check !== (version === 0 ? 1 : 0x2bc830a3)) return undefined;
  if (version > 16) return undefined;
  // Convert the 5-bit program groups (after the version, before the 6-char checksum) to bytes.
  const groups = data.slice(1, data.length - 6);
  const bits = groups.length * 5;
  if (bits % 8 > 4) return undefined;
  const programLength = Math.floor(bits / 8);
  if (programLength < 2 || programLength > 40) return undefined;
  if (version === 0 && programLength !== 20 && programLength !== 32) return undefined;
  return { hrp, version, programLength };
}

// Keccak-f[1600] round constants and rotation offsets (FIPS 202; Ethereum uses the original Keccak padding).
const KECCAK_RC = [
  '0000000000000001', '0000000000008082', '800000000000808a', '8000000080008000', '000000000000808b',
  '0000000080000001', '8000000080008081', '8000000000008009', '000000000000008a', '0000000000000088',
  '0000000080008009', '000000008000000a', '000000008000808b', '800000000000008b', '8000000000008089',
  '8000000000008003', '8000000000008002', '8000000000000080', '000000000000800a', '800000008000000a',
  '8000000080008081', '8000000000008080', '0000000080000001', '8000000080008008',
].map((h) => BigInt('0x' + h));
// Rotation offset of lane x + 5y.
const KECCAK_ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const MASK64 = (1n << 64n) - 1n;

function rotl64(x: bigint, n: number): bigint {
  if (n === 0) return x;
  return ((x << BigInt(n)) | (x >> BigInt(64 - n))) & MASK64;
}

function keccakF(a: bigint[]): void {
  const c = new Array<bigint>(5);
  const b = new Array<bigint>(25);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) a[x + y] ^= d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], KECCAK_ROT[x + 5 * y]);
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 25; y += 5) a[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & MASK64 & b[((x + 2) % 5) + y]);
    }
    a[0] ^= KECCAK_RC[round];
  }
}

/** Keccak-256 (as used by Ethereum) of raw bytes. */
export function keccak256(bytes: Uint8Array): Uint8Array {
  const rate = 136;
  const padded = new Uint8Array(Math.floor(bytes.length / rate) * rate + rate);
  padded.set(bytes);
  padded[bytes.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const state = new Array<bigint>(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let j = 7; j >= 0; j--) lane = (lane << 8n) | BigInt(padded[off + i * 8 + j]);
      state[i] ^= lane;
    }
    keccakF(state);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) for (let j = 0; j < 8; j++) out[i * 8 + j] = Number((state[i] >> BigInt(8 * j)) & 0xffn);
  return out;
}

/** ASCII string to bytes (hex digits, identifiers). */
export function asciiBytes(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

/** EIP-55 mixed-case checksum: `hex40` is the address without 0x. */
export function eip55Valid(hex40: string): boolean {
  const lower = hex40.toLowerCase();
  const hash = keccak256(asciiBytes(lower));
  for (let i = 0; i < 40; i++) {
    const ch = hex40[i];
    if (!/[a-f]/i.test(ch)) continue;
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if ((nibble >= 8) !== (ch !== ch.toLowerCase())) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 ' +
    'EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
    'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 ' +
    'NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 ' +
    'SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/** ISO 3166-1 alpha-2 country codes (plus XK, Kosovo), for BIC validation. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
    'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
    'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
    'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
    'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
    'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

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
