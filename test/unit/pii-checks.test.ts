/**
 * Shared PII checks (src/rules/pii/checks.ts) held to their definitions. repeatedDigitsVerdict: demote, don't
 * drop an issued number whose digits repeat one digit; keep rejecting the stand-ins.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isRepetitive } from '../../src/engine/validators';
import { repeatedDigitsVerdict } from '../../src/rules/pii/checks';

const LOW = { confidence: 'low', note: 'one digit recurs' };

describe('repeatedDigitsVerdict', () => {
  it('keeps numbers where one digit recurs at low confidence and rejects runs, units and near-uniform digits', () => {
    for (const d of ['77267', '5888788', '7377737', '6066606']) assert.deepEqual(repeatedDigitsVerdict(d), LOW, d);
    for (const d of ['1234567', '7654321', '7777777', '7777787', '121212', '1231231', '00000']) assert.equal(repeatedDigitsVerdict(d), false, d);
    for (const d of ['4820193', '3147825', '48213']) assert.equal(repeatedDigitsVerdict(d), true, d);
  });

  it('judges only what isRepetitive flags, and demotes only where one digit makes three to four fifths', () => {
    const digits = fc.array(fc.constantFrom(...'0123456789'), { minLength: 4, maxLength: 12 }).map((a) => a.join(''));
    // Numbers where one digit recurs, the case the demotion exists for.
    const recurring = fc
      .tuple(fc.constantFrom(...'0123456789'), fc.array(fc.boolean(), { minLength: 5, maxLength: 12 }), digits)
      .map(([c, mask, other]) => mask.map((m, i) => (m ? c : other[i % other.length])).join(''));
    fc.assert(
      fc.property(fc.oneof(digits, recurring), (d) => {
        const verdict = repeatedDigitsVerdict(d);
        if (!isRepetitive(d)) return assert.equal(verdict, true, d);
        assert.notEqual(verdict, true, d);
        if (verdict === false) return;
        assert.deepEqual(verdict, LOW, d);
        const most = Math.max(...[...'0123456789'].map((c) => d.split(c).length - 1));
        assert.ok(most >= 0.6 * d.length && most < 0.8 * d.length, d);
      }),
      { seed: 20251205, numRuns: 2000 },
    );
  });
});
