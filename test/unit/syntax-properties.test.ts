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

describe('a random printable password under a secret-named key', () => {
  for (const [syntax, render] of Object.entries(SYNTAXES)) {
    it(`is found in ${syntax}`, () => {
      fc.assert(
        fc.property(password, fc.constantFrom(...KEYS), fc.integer(), (value, key, seed) => {
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
