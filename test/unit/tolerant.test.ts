/**
 * Demote, don't drop: a value with a provider's prefix but not its documented shape is reported by the
 * provider's tolerant companion at low confidence (src/rules/tolerant.ts), and a generic rule defers to a
 * provider rule only when that rule reported.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinRules, scan } from '../../src/catalogue';
import { base62, crc32 } from '../../src/engine/validators';
import { prefixesOf } from '../../src/rules/tolerant';

const companions = builtinRules.filter((r) => r.companionOf);
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A GitHub classic PAT whose CRC32 verifies, and the same token with its last character changed. */
const body = 'Zq7wLp2xKc9vRt4mNb8yHs3dGf6jTa';
const goodPat = `ghp_${body}${base62(crc32(body), 6)}`;
const badPat = goodPat.slice(0, -1) + (goodPat.endsWith('A') ? 'B' : 'A');

describe('tolerant companions of provider rules', () => {
  it('exist for the prefixed provider rules, each overridden by the strict rules it relaxes', () => {
    assert.ok(companions.length >= 100, `only ${companions.length} companions`);
    const byId = new Map(builtinRules.map((r) => [r.id, r]));
    for (const c of companions) {
      assert.equal(c.confidence, 'low', c.id);
      for (const owner of c.companionOf!) assert.ok(byId.get(owner)?.overrides?.includes(c.id), `${owner} does not override ${c.id}`);
    }
    for (const id of ['github-pat-classic', 'npm-access-token', 'slack-bot-token', 'openai-project-key', 'stripe-secret-key', 'aws-access-key-id']) {
      assert.ok(companions.some((c) => c.companionOf!.includes(id)), `${id} has no companion`);
    }
  });

  it('reports a strict match at high confidence and a failed checksum at low confidence, not at all at medium', () => {
    assert.deepEqual(scan(`token ${goodPat}`).map((f) => [f.ruleId, f.confidence]), [['github-pat-classic', 'high']]);
    assert.deepEqual(scan(`token ${badPat}`).map((f) => [f.ruleId, f.confidence]), [['github-pat-classic-tolerant', 'low']]);
    assert.deepEqual(scan(`token ${badPat}`, { minConfidence: 'medium' }), []);
  });

  it('lets a generic rule defer only to a provider rule that reported, taking the generic confidence', () => {
    // The strict rule rejects the checksum; its companion reports, as sure as the secret-named key makes it.
    const found = scan(`GITHUB_TOKEN=${badPat}\n`);
    assert.deepEqual(found.map((f) => [f.ruleId, f.confidence]), [['github-pat-classic-tolerant', 'medium']]);
  });

  it('keeps rejecting documentation tokens and placeholders, whichever rule looks', () => {
    for (const text of ['GITHUB_TOKEN=ghu_16C7e42F292c6912E7710c838347Ae178B4a', 'token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc']) {
      assert.deepEqual(scan(text).map((f) => f.ruleId), [], text);
    }
  });

  it('disables a companion with the rule it relaxes', () => {
    assert.deepEqual(scan(`token ${badPat}`, { disabledRules: ['github-pat-classic'] }), []);
  });

  it('never drops a random body after any provider prefix, in any case', () => {
    const prefixes = [...new Set(companions.flatMap((c) => prefixesOf(builtinRules.find((r) => r.id === c.companionOf![0])!)))];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 24, maxLength: 80 }),
        fc.boolean(),
        (prefix, random, upper) => {
          // Random, as tokens are: both cases and a digit.
          const mostCommon = Math.max(...[...new Set(random)].map((ch) => random.split(ch).length - 1));
          fc.pre(/[0-9]/.test(random) && /[a-z].*[A-Z]|[A-Z].*[a-z]/.test(random) && new Set(random).size > 12 && mostCommon <= random.length / 6);
          const token = `${upper ? prefix.toUpperCase() : prefix}${random}`;
          const found = scan(`value ${token}\n`).filter((f) => f.category === 'secret');
          return found.some((f) => f.start <= 6 && f.end >= 6 + token.length - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
