/**
 * Hashing for fingerprints, from @noble/hashes: audited, dependency-free and synchronous, so fingerprints are
 * identical in Node, the CLI and a web worker (where SubtleCrypto is async only).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(input: string): string {
  return bytesToHex(sha256(encoder.encode(input)));
}
