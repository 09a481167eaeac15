/**
 * Issue 9 §2 as a property: a random password of printable characters, under a secret-named key, is found
 * in every syntax the evaluation set writes (scripts/eval/syntax.ts), whatever quotes, brackets, dollars or
 * semicolons it holds. Only values that are whole references (`${X}`, `<x>`, `$(cmd)`) or in a provider's
 * format public by design (publishable keys) are left out, and so are a leading `#` or quote (a comment, or
 * quoting, to most config parsers) and backslashes and `${` (escapes and interpolation, whose meaning differs from syntax to syntax).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';
import { shannonEntropy } from '../../src/engine/validators';
import { PUBLIC_BY_DESIGN, isReference } from '../../src/rules/generic/util';
import { Rng } from '../../scripts/eval/rng';
import { SYNTAXES, type Key } from '../../scripts/eval/syntax';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const SEED = process.env.PROPERTY_SEED === 'random' ? Date.now() : Number(process.env.PROPERTY_SEED ?? 20251204);

const KEYS: readonly Key[] = [['password'], ['db', 'password'], ['client', 'secret'], ['api', 'key'], ['auth', 'token'], ['secret', 'key', 'base'], ['api', 'key', 'prod']];
const printable = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
/** A password as a password manager makes it: 16 to 32 printable characters, letters and digits among them, random-looking. */
const password = fc
  .array(printable, { minLength: 16, maxLength: 32 })
  .map((cs) => cs.join(''))
  .filter((p) => shannonEntropy(p) >= 3.3 && /[A-Za-z]/.test(p) && /[0-9]/.test(p) && !isReference(p) && !PUBLIC_BY_DESIGN.test(p) && !/^[#"'`]/.test(p) && !p.includes('\\') && !/\$\{|\{\{|<[^>]*>|\$\([^)]*\)|%\(|\.\.\.|\*\*\*/.test(p));

/**
 * The one known limit, measured by the evaluation set rather than hidden: an INI value continued on indented
 * lines is read only where its window shows a cheap sign of it (generic-secret-continued-value's windowNeeds),
 * which a first line holding code's punctuation `,;(){}` does not give. Such passwords are left out for INI.
 */
const UNREAD_IN: Readonly<Record<string, RegExp>> = { ini: /[,;(){}]/ };

describe('a random printable password under a secret-named key', () => {
  for (const [syntax, render] of Object.entries(SYNTAXES)) {
    it(`is found in ${syntax}`, () => {
      const unread = UNREAD_IN[syntax];
      fc.assert(
        fc.property(unread ? password.filter((p) => !unread.test(p)) : password, fc.constantFrom(...KEYS), fc.integer(), (value, key, seed) => {
          const { text, literal } = render(key, value, new Rng(seed));
          const at = text.indexOf(literal);
          const found = scan(text).some((f) => f.start <= at + 1 && f.end >= at + literal.length - 1);
          assert.ok(found, `not found: ${JSON.stringify(text)}`);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});

/** Names that say little (a bare `key`, `auth`, `creds`, a provider's name): only a clearly random value counts under them. */
const WEAK_KEYS: readonly Key[] = [['stripe', 'key'], ['auth'], ['creds'], ['credentials'], ['sendgrid']];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A key as services issue them: 24 to 48 letters and digits, digits among them, random-looking. */
const apiKey = fc
  .array(fc.constantFrom(...ALNUM), { minLength: 24, maxLength: 48 })
  .map((cs) => cs.join(''))
  .filter((k) => shannonEntropy(k) >= 3.5 && /[0-9]/.test(k) && /[a-z]/.test(k) && /[A-Z]/.test(k));
/** Where a weak name is not read: a comparison with `creds` (its keywords would wake on code). */
const WEAK_NAME_UNREAD = new Set(['comparison']);

describe('a random API key under a weak name (key, auth, creds, a provider)', () => {
  for (const [syntax, render] of Object.entries(SYNTAXES)) {
    if (WEAK_NAME_UNREAD.has(syntax)) continue;
    it(`is found in ${syntax}, at low confidence at least`, () => {
      fc.assert(
        fc.property(apiKey, fc.constantFrom(...WEAK_KEYS), fc.integer(), (value, key, seed) => {
          const { text, literal } = render(key, value, new Rng(seed));
          const at = text.indexOf(literal);
          const found = scan(text).some((f) => f.start <= at && f.end >= at + literal.length);
          assert.ok(found, `not found: ${JSON.stringify(text)}`);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
