/**
 * Bytes -> text, one policy for the CLI and the extension: which files are binary, how UTF-8, UTF-16 and
 * invalid bytes are decoded. Pure: no Node, no vscode (it runs in the web worker too).
 */

export interface DecodedText {
  readonly text: string;
  /** Why this content is not scanned (binary), if it is not. */
  readonly skip?: string;
  /** Something the user should know about how it was decoded. */
  readonly note?: string;
}

/** How much of the start of a file is sniffed: the 8000 bytes git looks at. */
export const SNIFF_BYTES = 8000;
/** Binary when more than 1 in 32 sniffed bytes are control bytes that text does not use. */
const MAX_CONTROL_SHARE = 1 / 32;
/** Above this share of replacement characters, undecodable content is treated as binary. */
const MAX_REPLACEMENT_RATIO = 0.1;

/**
 * Binary or text. git (buffer_is_binary in xdiff) calls a file binary as soon as its first 8000 bytes
 * hold one NUL byte. That suits a diff, but a scanner that skips a file hides its secrets: a log or a
 * config with a stray NUL is still text, and the engine scans NUL bytes without harm. So the same 8000
 * bytes are binary only when NUL and the other control bytes text does not use (all C0 controls but
 * tab, line feed, vertical tab, form feed, carriage return and escape; and DEL) are more than 1 in 32 of
 * them. Images, archives, executables and UTF-16 without a byte-order mark are far above that (compressed
 * data alone has about 1 in 10); a text file with a few NUL bytes is far below it and is scanned.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return binaryReason(bytes) !== undefined;
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if ((b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f) control++;
  }
  if (nul + control <= n * MAX_CONTROL_SHARE) return undefined;
  return nul > 0 ? 'binary file (contains NUL bytes)' : 'binary file (control bytes)';
}

/** UTF-8 with invalid sequences read as U+FFFD (and a UTF-8 byte-order mark dropped), never failing. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Bytes -> text for scanning. UTF-16 with a byte-order mark is decoded as such; binary content (see
 * looksBinary) is skipped; invalid UTF-8 is decoded with U+FFFD replacement characters (and noted) unless
 * it is mostly invalid, which is binary too.
 */
export function decodeForScan(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), note: `decoded as ${encoding.toUpperCase()} (byte-order mark)` };
  }
  const binary = binaryReason(bytes);
  if (binary) return { text: '', skip: binary };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = decodeUtf8(bytes);
    let replaced = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
    if (replaced > Math.max(8, text.length * MAX_REPLACEMENT_RATIO)) {
      return { text: '', skip: 'binary file (mostly invalid UTF-8)' };
    }
    return { text, note: `invalid UTF-8: ${replaced} undecodable byte sequence(s) read as U+FFFD and scanned anyway` };
  }
}
