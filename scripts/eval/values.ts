/** Random secret values in the shapes people and tools make them. */
import { ALNUM, BASE64, DIGITS, HEX, LOWER, PRINTABLE, UPPER, type Rng } from './rng';

/** Common words for passphrases and word-plus-digits passwords (a person's choice, not a generator's). */
const WORDS = [
  'orbit', 'maple', 'trumpet', 'glacier', 'copper', 'lantern', 'harbor', 'velvet', 'falcon', 'meadow', 'pepper', 'summit',
  'canyon', 'willow', 'ember', 'marble', 'thunder', 'sapphire', 'cobalt', 'juniper', 'walnut', 'bramble', 'saddle', 'pickle',
  'rocket', 'tundra', 'quartz', 'violet', 'hazel', 'badger', 'nectar', 'plume', 'cactus', 'anchor', 'blossom', 'cinder',
];

const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/** A password as a password manager makes it: any printable character but the space. */
export const printablePassword = (rng: Rng, min = 12, max = 24) => rng.chars(PRINTABLE, rng.int(min, max));

/** Letters and digits, with at least one digit and both cases. */
export function alnumPassword(rng: Rng, min = 10, max = 20): string {
  const n = rng.int(min, max);
  return rng.chars(UPPER, 1) + rng.chars(ALNUM, n - 3) + rng.chars(DIGITS, 1) + rng.chars(LOWER, 1);
}

/** Three or four words, capitalised or joined by a separator: letters only. */
export function passphrase(rng: Rng): string {
  const words = Array.from({ length: rng.int(3, 4) }, () => rng.pick(WORDS));
  const sep = rng.pick(['', '-', '.', '_']);
  return words.map((w) => (sep === '' || rng.bool() ? capital(w) : w)).join(sep);
}

/** Four to six lower-case words joined by spaces, diceware style (`correct horse battery staple`). */
export function spacedPassphrase(rng: Rng): string {
  return Array.from({ length: rng.int(4, 6) }, () => rng.pick(WORDS)).join(' ');
}

/** A word or two and a few digits: what people pick when told to add a number. */
export function wordsAndDigits(rng: Rng): string {
  const words = Array.from({ length: rng.int(1, 2) }, () => capital(rng.pick(WORDS))).join('');
  return words + rng.chars(DIGITS, rng.int(2, 4)) + (rng.bool(0.3) ? rng.pick(['!', '#', '?', '*']) : '');
}

/** Any of the password styles above. */
export function password(rng: Rng): { value: string; style: string } {
  const style = rng.pick(['printable', 'printable', 'alnum', 'passphrase', 'words-digits']);
  const value =
    style === 'printable' ? printablePassword(rng) : style === 'alnum' ? alnumPassword(rng) : style === 'passphrase' ? passphrase(rng) : wordsAndDigits(rng);
  return { value, style };
}

/** A random API key or token as services issue them: base62, hex, or base64 of 24 to 48 bytes. */
export function token(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return rng.chars(ALNUM, rng.int(24, 48));
    case 1:
      return rng.chars(HEX, rng.pick([32, 48, 64]));
    case 2: {
      const bytes = rng.int(24, 40);
      const body = rng.chars(BASE64, Math.ceil((bytes * 4) / 3));
      return body + '='.repeat((4 - (body.length % 4)) % 4);
    }
    default:
      return rng.chars(ALNUM + '-_', rng.int(32, 43));
  }
}

/** Standard base64 of a string (Node's Buffer is fine here: the eval runs in Node only). */
export const base64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');

export const USERS = ['deploy', 'app_rw', 'ci-bot', 'svc_backup', 'etl', 'jenkins', 'reporting', 'admin.ops', 'build', 'mlopez'];
export const HOSTS = ['db.acme-corp.io', 'pg-prod-01.internal', '10.20.4.17', 'cache.shopwise.net', 'mq.fintrack.dev', 'registry.northwind.cloud'];
