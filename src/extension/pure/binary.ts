/** Heuristics for files a text scanner should skip. Pure. */

/** Bytes inspected when deciding whether a file is binary. */
export const BINARY_SNIFF_BYTES = 8192;

/** True when the start of a file looks binary: a NUL byte, as git and grep decide. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decode UTF-8, replacing invalid sequences (and dropping a BOM) instead of failing. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}
