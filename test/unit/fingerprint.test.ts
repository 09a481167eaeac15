/** Fingerprints that guessing cannot invert (issue 11, item 7), computed only when read. */
import assert from 'node:assert/strict';
import { hmac } from '@noble/hashes/hmac.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { scan } from '../../src/catalogue';
import { Fingerprinter, isGuessable, legacyFingerprint, newFingerprintKey, SLOW_FINGERPRINT_COST, type Category } from '../../src/engine';

const enc = new TextEncoder();
const PHONE = '+1 415 867 5309';
const TOKEN = 'ghp_Q7w9Er2Ty5Ui8Op1As4Dx6Cv3Bn0Mk5Lj8Hg';

/** Counts the fingerprints it works out. */
class CountingFingerprinter extends Fingerprinter {
  computed = 0;
  override of(ruleId: string, category: Category, value: string): string {
    this.computed++;
    return super.of(ruleId, category, value);
  }
}

describe('fingerprints', () => {
  it('are keyed: the same key gives the same fingerprint, another key another, and none is the old unkeyed hash', () => {
    const key = newFingerprintKey();
    const a = new Fingerprinter(key, { keyStoredWithFingerprints: false });
    const b = new Fingerprinter(key, { keyStoredWithFingerprints: false });
    const c = new Fingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: false });
    const fp = a.of('github-pat', 'secret', TOKEN);
    assert.match(fp, /^[0-9a-f]{20}$/);
    assert.equal(b.of('github-pat', 'secret', TOKEN), fp);
    assert.notEqual(c.of('github-pat', 'secret', TOKEN), fp);
    assert.notEqual(legacyFingerprint('github-pat', TOKEN).slice(0, 20), fp);
    assert.notEqual(a.of('github-pat', 'secret', `${TOKEN}x`), fp);
    assert.throws(() => new Fingerprinter('not a key', { keyStoredWithFingerprints: false }), /64 hex digits/);
  });

  it('run guessable values through scrypt when the key is stored beside the fingerprints, HMAC-SHA-256 otherwise', () => {
    const key = newFingerprintKey();
    const message = enc.encode(`phone-number-international\u0000${PHONE}`);
    const slow = bytesToHex(scrypt(message, hexToBytes(key), { ...SLOW_FINGERPRINT_COST, dkLen: 10 }));
    const fast = bytesToHex(hmac(sha256, hexToBytes(key), message)).slice(0, 20);
    assert.equal(new Fingerprinter(key, { keyStoredWithFingerprints: true }).of('phone-number-international', 'pii', PHONE), slow);
    assert.equal(new Fingerprinter(key, { keyStoredWithFingerprints: false }).of('phone-number-international', 'pii', PHONE), fast);
    // A long random token cannot be enumerated: HMAC is enough even where the key is stored.
    const tokenMessage = enc.encode(`github-pat\u0000${TOKEN}`);
    assert.equal(new Fingerprinter(key, { keyStoredWithFingerprints: true }).of('github-pat', 'secret', TOKEN), bytesToHex(hmac(sha256, hexToBytes(key), tokenMessage)).slice(0, 20));
  });

  it('count PII, short and low-entropy secrets as guessable, long random tokens not', () => {
    assert.equal(isGuessable('pii', 'alice@example.org'), true);
    assert.equal(isGuessable('secret', 'Summer2024!'), true);
    assert.equal(isGuessable('secret', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), true);
    assert.equal(isGuessable('secret', TOKEN), false);
  });

  it('are worked out only when read: scanning computes none, reading one computes one', () => {
    const fingerprinter = new CountingFingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: true });
    const text = Array.from({ length: 200 }, (_, i) => `phone: +1 415 867 ${String(1000 + i)}`).join('\n');
    const found = scan(text, { fingerprinter });
    assert.ok(found.length >= 200, `${found.length} findings`);
    assert.equal(fingerprinter.computed, 0);
    assert.equal(found[0].fingerprint, found[0].fingerprint);
    assert.equal(fingerprinter.computed, 1);
    assert.equal({ ...found[1] }.fingerprint, found[1].fingerprint, 'a copy keeps it');
  });

  it('match the allowlist lazily: an allowlist of raw values computes no fingerprint', () => {
    const fingerprinter = new CountingFingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: false });
    const text = `phone: ${PHONE}\ntoken = "${TOKEN}"`;
    assert.equal(scan(text, { fingerprinter, allowlist: [PHONE] }).length, 1);
    assert.equal(fingerprinter.computed, 0);
    const [token] = scan(text, { fingerprinter, allowlist: [PHONE] });
    assert.equal(scan(text, { fingerprinter, allowlist: [token.fingerprint] }).length, 1, 'a keyed fingerprint');
    assert.equal(scan(text, { fingerprinter, allowlist: [legacyFingerprint(token.ruleId, TOKEN)] }).length, 1, 'a version-1 fingerprint');
  });
});
