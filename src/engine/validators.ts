/**
 * Shared checks used by rules: checksums, entropy, placeholder detection, decoding.
 * Pure functions on strings; no Node built-ins.
 */

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Luhn (mod 10) check over the digits of s (non-digits ignored). */
export function luhnValid(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 2) return false;
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** ISO 7064 mod 97-10 as used by IBAN: letters count as 10..35. `s` already rearranged. */
export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) rem = (rem * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) rem = (rem * 100 + (code - 55)) % 97;
    else return -1;
  }
  return rem;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff checksum (India Aadhaar): true when the last digit checks. */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  const rev = digits.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][Number(rev[i])]];
  return c === 0;
}

let crcTable: Uint32Array | undefined;
/** CRC-32 (IEEE) of an ASCII/latin1 string. */
export function crc32(s: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = crcTable[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Base62 encoding of a non-negative integer, left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  do {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/** Decode base64 or base64url to a binary string (one char per byte); undefined when malformed. */
export function base64Decode(s: string): string | undefined {
  const clean = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    buffer = (buffer << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/** Parse JSON, returning undefined instead of throwing. */
export function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

const PLACEHOLDER_WORDS = [
  'example', 'sample', 'dummy', 'placeholder', 'changeme', 'change_me', 'change-me', 'your_', 'your-',
  'yourkey', 'yourtoken', 'yoursecret', 'yourpassword', 'insert', 'replace', 'redacted', 'fake',
  'xxxx', '****', '...', '\u2026', 'process.env', 'os.environ',
  'getenv', 'env[', 'env.', 'secrets.', 'vault:', 'todo', 'tbd', 'not_set', 'notset', 'none', 'null',
  'undefined', 'password123', 'secret123',
];

/**
 * A whole template or documentation reference: `${NAME}` (with a shell default), `{{ expr }}`, `<your-key>`,
 * `%(name)s`, `$(command)`. Only the complete form counts: a random password that merely holds `$`, `{`,
 * `<` or `(` is still a password, and so is one with a short run of random characters between `<` and `>`
 * (`ab<gh>;ij`, `<x7>`): a stand-in in angle brackets is a word of three letters or more (`<key>`, `<api-key>`).
 */
const WHOLE_REFERENCE = /\$\{[A-Za-z_][\w.]*(?::?[-=?+][^{}]*)?\}|\{\{[^{}]*\}\}|<[A-Za-z][A-Za-z_ .:/-]{2,60}>|%\([A-Za-z_]\w*\)[sdr]|\$\([a-z][^()]*\)/;

/** The placeholder words without a letter ('****', '...'), in one pattern: all a value without letters can hold. */
const LETTERLESS_PLACEHOLDER = new RegExp(
  PLACEHOLDER_WORDS.filter((w) => !/[a-z]/.test(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);
/** ASCII without letters: lower-casing such a value changes nothing. */
const ASCII_WITHOUT_LETTERS = /^[\x00-\x40\x5b-\x60\x7b-\x7f]*$/;

/**
 * Tokens printed in providers' own documentation, copied into countless READMEs and tests: they are rejected
 * by every rule, strict, tolerant or generic (values that merely contain "example" are placeholders already).
 */
const DOCUMENTATION_TOKENS = new Set([
  'ghu_16C7e42F292c6912E7710c838347Ae178B4a', // GitHub: "Authorization: Bearer ghu_16C7e42F..."
  'gho_16C7e42F292c6912E7710c838347Ae178B4a',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc', // Stripe's API reference test key
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
]);

/** A token printed in a provider's own documentation (rejected by every rule, whatever its placeholder policy). */
export function isDocumentationToken(value: string): boolean {
  return DOCUMENTATION_TOKENS.has(value);
}

/**
 * True when a value is obviously not a real secret: documentation values, template references,
 * masked values, and runs of repeated or sequential characters.
 */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return true;
  // Numbers (every candidate ID, card or phone number) take this path: no lower-cased copy, and only the
  // words they could contain.
  if (ASCII_WITHOUT_LETTERS.test(value)) return LETTERLESS_PLACEHOLDER.test(value) || isRepetitive(value);
  if (DOCUMENTATION_TOKENS.has(value)) return true;
  const v = value.toLowerCase();
  for (const w of PLACEHOLDER_WORDS) {
    for (let at = v.indexOf(w); at !== -1; at = v.indexOf(w, at + 1)) if (writtenAsWord(value, at, w.length)) return true;
  }
  if (WHOLE_REFERENCE.test(value)) return true;
  if (v.includes('[redacted_')) return true;
  return isRepetitive(v);
}

/**
 * A placeholder word as people write it. A short one (`todo`, `tbd`, `none`, `fake`) only in one case or
 * capitalised (`TODO`, `Fake`), and as a word of its own: not as letters that a random token happens to spell
 * (`tBD` in `tBDI0k3tcm…`, `Tbd` in `…TbdsED`), whose neighbours go on in the same case. Longer ones in any
 * case (`GetEnv`, `YourKey`).
 */
function writtenAsWord(value: string, at: number, length: number): boolean {
  if (length > 4) return true;
  const w = value.slice(at, at + length);
  const tail = w.slice(1);
  const upper = w === w.toUpperCase();
  if (tail !== tail.toLowerCase() && !upper) return false;
  // The word ends where the next letter is not of its last letter's case, and starts after a non-letter or a case change.
  const next = value.charCodeAt(at + length);
  const prev = value.charCodeAt(at - 1);
  const isLower = (c: number) => c >= 97 && c <= 122;
  const isUpper = (c: number) => c >= 65 && c <= 90;
  if (upper ? isUpper(next) : isLower(next)) return false;
  return upper ? !isUpper(prev) : !isLower(prev) && !(isUpper(prev) && isUpper(w.charCodeAt(0)));
}

/**
 * Scratch space of isRepetitive for values up to its length: the code units of the value, separators left out
 * (reused: no garbage per call). It carries nothing from one call to the next (each call writes what it
 * reads), so it is no state a scanner would own; a longer value gets an array of its own.
 */
const UNITS = new Uint16Array(256);
/** Per ASCII code, how often it occurs in the units (reset after each use). */
const asciiCounts = new Uint16Array(128);

/** The separators isRepetitive ignores: '-_.:/+=' and white space (as /\s/ defines it). */
function isSeparator(c: number): boolean {
  if (c < 128) return c === 45 || c === 95 || c === 46 || c === 58 || c === 47 || c === 43 || c === 61 || c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/**
 * True for values made mostly of one character, a short repeated unit, or an ascending/descending run
 * ('aaaaaaaa', 'abababab', '12345678', 'abcdefgh'). Separators ('-_.:/+=', white space) are ignored.
 * It runs on every candidate value, so it allocates nothing for ASCII values.
 */
export function isRepetitive(value: string): boolean {
  const u = value.length <= UNITS.length ? UNITS : new Uint16Array(value.length);
  let n = 0;
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isSeparator(c)) continue;
    u[n++] = c;
    if (c >= 128) ascii = false;
  }
  if (n < 4) return n === 0;
  // One character dominates.
  if (ascii ? mostCommonAscii(u, n) / n >= 0.6 : mostCommonCodePoint(value.replace(/[-_.:/+=\s]/g, '')) / n >= 0.6) return true;
  // A short unit repeated ("abcabcabc", "12341234").
  for (let unit = 1; unit <= 4 && unit * 2 < n; unit++) {
    let i = unit;
    while (i < n && u[i] === u[i - unit]) i++;
    if (i === n) return true;
  }
  // Ascending or descending runs make up most of the value.
  let seq = 0;
  for (let i = 1; i < n; i++) {
    const d = u[i] - u[i - 1];
    if (d === 1 || d === -1) seq++;
  }
  return seq / (n - 1) >= 0.8;
}

/** The count of the most frequent code unit among the first `n` of `u`, all ASCII. */
function mostCommonAscii(u: Uint16Array, n: number): number {
  const counts = asciiCounts;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const k = ++counts[u[i]];
    if (k > max) max = k;
  }
  for (let i = 0; i < n; i++) counts[u[i]] = 0;
  return max;
}

/** The count of the most frequent character (code point) of `v`. */
function mostCommonCodePoint(v: string): number {
  const counts = new Map<string, number>();
  for (const ch of v) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let max = 0;
  for (const c of counts.values()) max = Math.max(max, c);
  return max;
}

/** Bounds of the line(s) around a span, found without scanning a whole minified line. */
export interface LineBounds {
  /** Offset where the line starts, or `start - limit` when no line break is that close. */
  readonly start: number;
  /** Offset of the line break that ends the line, or `end + limit` (or the text's end). */
  readonly end: number;
  /** True when `start` is a cut, not the real line start. */
  readonly startCut: boolean;
  /** True when `end` is a cut, not the real line end. */
  readonly endCut: boolean;
}

/**
 * The line around [from, to), looking at most `limit` characters each way. Validators must use this rather
 * than lastIndexOf/indexOf('\n'): on a 10 MB one-line file those scan megabytes for every candidate match.
 */
export function lineBounds(text: string, from: number, to = from, limit = 1024): LineBounds {
  const stopBack = Math.max(0, from - limit);
  let start = stopBack;
  let startCut = stopBack > 0;
  for (let i = from - 1; i >= stopBack; i--) {
    if (text.charCodeAt(i) === 10) {
      start = i + 1;
      startCut = false;
      break;
    }
  }
  const stopFwd = Math.min(text.length, to + limit);
  let end = stopFwd;
  let endCut = stopFwd < text.length;
  for (let i = to; i < stopFwd; i++) {
    if (text.charCodeAt(i) === 10) {
      end = i;
      endCut = false;
      break;
    }
  }
  return { start, end, startCut, endCut };
}
