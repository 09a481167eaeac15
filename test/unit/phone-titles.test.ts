// The title of a phone finding says how the number is written: one with its country code is never called
// "national format", wherever it stands (a sentence, after a label, in a table column).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';

const WITH_COUNTRY_CODE = ['+44 7667 196565', '+44 20 7946 0123', '+49 1512 3456789', '+33 6 12 34 56 78', '+1 646 321-7788', '+46 70-381 52 94'];
const PLACES = [
  (n: string) => `id,name,phone\n7,Ana Silva,${n}`,
  (n: string) => `| # | customer | mobile |\n|---|---|---|\n| 1 | Ana Silva | ${n} |`,
  (n: string) => `Phone: ${n}`,
  (n: string) => `Call me on ${n} tomorrow.`,
];

describe('phone finding titles', () => {
  it('call a number with its country code international, in every place it stands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WITH_COUNTRY_CODE), fc.constantFrom(...PLACES), (number, place) => {
        const text = place(number);
        const phones = scan(text, { minSeverity: 'low' }).filter((f) => f.kind === 'PHONE');
        assert.equal(phones.length, 1, `${JSON.stringify(text)}: ${phones.map((f) => f.ruleId).join(', ')}`);
        assert.equal(phones[0].title, 'Phone number (international format)');
        assert.equal(text.slice(phones[0].start, phones[0].end), number);
      }),
      { seed: 20251205, numRuns: 60 },
    );
  });

  it('call a number without its country code national', () => {
    const [phone] = scan('id,name,phone\n8,Bo Li,020 7946 0123').filter((f) => f.kind === 'PHONE');
    assert.equal(phone?.title, 'Phone number (national format)');
  });
});
