/**
 * Documentation and test values are reported at low severity: hidden at the default (`--min-severity
 * medium`), never dropped (`--min-severity low` shows them).
 */
import assert from 'node:assert/strict';
import { scan } from '../../src/catalogue';

const DOCUMENTATION_VALUES: readonly [string, string][] = [
  ['an IPv6 address in 2001:db8::/32 (RFC 3849)', 'client connected from 2001:db8:85a3::8a2e:370:7334 port 51234'],
  ['an IPv4 address in TEST-NET-1 (RFC 5737)', 'client connected from 192.0.2.15 port 51234'],
  ['an IPv4 address in TEST-NET-2 (RFC 5737)', 'client connected from 198.51.100.23 port 51234'],
  ['an IPv4 address in TEST-NET-3 (RFC 5737)', 'client connected from 203.0.113.77 port 51234'],
  ['a published test card (Visa)', 'Card number: 4111 1111 1111 1111'],
  ["Stripe's test card", 'Card number: 4242 4242 4242 4242'],
  ['a 555-01xx number reserved for fiction', 'Phone: (415) 555-0123'],
  ['an example.com address (RFC 2606)', 'Write to jane.doe@example.com for access.'],
];

describe('documentation values', () => {
  for (const [what, text] of DOCUMENTATION_VALUES) {
    it(`reports ${what} at low severity only`, () => {
      const all = scan(text);
      assert.ok(all.length > 0, `nothing found in: ${text}`);
      assert.deepEqual(all.map((f) => f.severity), all.map(() => 'low'), `${text}: ${all.map((f) => `${f.ruleId} ${f.severity}`).join(', ')}`);
      assert.deepEqual(scan(text, { minSeverity: 'medium' }), []);
    });
  }
});
