/**
 * Fingerprints: how a baseline, an allowlist or a report names a finding without its value. A plain hash of
 * rule id and value can be inverted by guessing when the value is short or guessable (a phone number, a
 * card number, a common password): SHA-256 costs nanoseconds a guess. So a fingerprint is keyed:
 *  - HMAC-SHA-256 under a random key, for every value. Without the key, no guess can be checked at all.
 *  - Where the key is kept beside the fingerprints (a baseline file committed with them), values that a
 *    guesser could enumerate (PII, short or low-entropy values) go through scrypt instead, salted with the
 *    key: each guess then costs milliseconds and megabytes, not nanoseconds.
 * Fingerprints are computed on demand (Finding.fingerprint is a lazy getter), never for every finding.
 * From @noble/hashes: synchronous and identical in Node, the CLI and a web worker.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import { BoundedMemo } from './memo';
import type { Category } from './types';
import { shannonEntropy } from './validators';

/** Hex characters of a keyed fingerprint (80 bits of HMAC or scrypt output). */
export const FINGERPRINT_LENGTH = 20;
/** Hex characters of the version-1 fingerprint (unkeyed SHA-256), still read from old baselines and allowlists. */
export const LEGACY_FINGERPRINT_LENGTH = 32;
/**
 * scrypt cost for guessable values: N = 2^12, r = 8 (4 MB of memory a guess), p = 1. Measured in the report
 * of the change that introduced it; raise N to make a guess dearer, at the price of writing baselines.
 */
export const SLOW_FINGERPRINT_COST = { N: 1 << 12, r: 8, p: 1 } as const;
/** A secret value shorter than this, or with fewer bits than GUESSABLE_BITS, counts as guessable. */
const GUESSABLE_LENGTH = 24;
/** Estimated bits (Shannon entropy per character times length) below which a value could be enumerated. */
const GUESSABLE_BITS = 100;

const encoder = new TextEncoder();

/** A new random fingerprint key (32 bytes, hex). */
export function newFingerprintKey(): string {
  return bytesToHex(randomBytes(32));
}

/** True for a key as newFingerprintKey makes them. */
export function isFingerprintKey(key: unknown): key is string {
  return typeof key === 'string' && /^[0-9a-f]{64}$/.test(key);
}

/** The version-1 fingerprint: unkeyed SHA-256 of rule id and value (reversible by guessing; read, never written). */
export function legacyFingerprint(ruleId: string, value: string): string {
  return bytesToHex(sha256(encoder.encode(`${ruleId}\u0000${value}`))).slice(0, LEGACY_FINGERPRINT_LENGTH);
}

/** True when a guesser could enumerate the value: PII, or a short or low-entropy secret. */
export function isGuessable(category: Category, value: string): boolean {
  return category === 'pii' || value.length < GUESSABLE_LENGTH || shannonEntropy(value) * value.length < GUESSABLE_BITS;
}

export interface FingerprinterOptions {
  /**
   * True when the key is kept beside the fingerprints (a baseline file): guessable values then go through
   * scrypt. False when the key stays on this machine alone (the extension's workspace key).
   */
  readonly keyStoredWithFingerprints: boolean;
}

/** Computes and remembers fingerprints under one key. */
export class Fingerprinter {
  private readonly keyBytes: Uint8Array;
  private readonly memo = new BoundedMemo<string>(20_000);

  constructor(
    /** The key, 64 hex digits (handed to a scan worker, which fingerprints the same way). */
    readonly key: string,
    readonly options: FingerprinterOptions,
  ) {
    if (!isFingerprintKey(key)) throw new Error('a fingerprint key is 64 hex digits');
    this.keyBytes = hexToBytes(key);
  }

  /** The fingerprint of `value` found by rule `ruleId`. */
  of(ruleId: string, category: Category, value: string): string {
    return this.memo.get(`${ruleId}\u0000${value}`, (message) => {
      const bytes = encoder.encode(message);
      const digest =
        this.options.keyStoredWithFingerprints && isGuessable(category, value)
          ? scrypt(bytes, this.keyBytes, { ...SLOW_FINGERPRINT_COST, dkLen: FINGERPRINT_LENGTH / 2 })
          : hmac(sha256, this.keyBytes, bytes);
      return bytesToHex(digest).slice(0, FINGERPRINT_LENGTH);
    });
  }

  /** Forgets the fingerprints it remembers. */
  forget(): void {
    this.memo.clear();
  }
}
