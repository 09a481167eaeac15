/**
 * Proves every built-in pattern free of catastrophic (super-linear) backtracking with recheck.
 * The automaton checker decides this exactly (ambiguity analysis of the pattern's NFA); only where a
 * pattern is too large for it does the test fall back to recheck's fuzzer, which must then find no attack.
 * Neither check has a clock in it: recheck's time limits (a whole-check timeout, and the fuzzer's per-attack,
 * incubation and seeding timeouts) would turn a slow, loaded machine into a different verdict. Its work limits
 * (characters read, iterations) and a fixed seed bound it instead, so each run checks the same thing.
 */
import assert from 'node:assert/strict';
import { checkSync, type Diagnostics } from 'recheck';
import { builtinRules } from '../../src/catalogue';

function describeResult(r: Diagnostics): string {
  if (r.status === 'vulnerable') return `vulnerable: ${r.complexity.summary}, attack ${r.attack.pattern}`;
  if (r.status === 'unknown') return `unknown: ${r.error.kind}`;
  return r.status;
}

export function checkPattern(source: string, flags: string): Diagnostics {
  const exact = checkSync(source, flags, {
    checker: 'automaton',
    maxRepeatCount: 1000,
    maxNFASize: 200_000,
    maxPatternSize: 200_000,
    timeout: null,
  });
  if (exact.status !== 'unknown') return exact;
  return checkSync(source, flags, {
    checker: 'fuzz',
    randomSeed: 1,
    timeout: null,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
  });
}

describe('pattern safety (recheck)', function () {
  this.timeout(120_000);

  it('recognises a catastrophic pattern (the check itself can fail)', () => {
    assert.equal(checkPattern('^(a+)+$', '').status, 'vulnerable');
    assert.equal(checkPattern('\\s*x\\s*=\\s*\\w*\\s*$', '').status, 'vulnerable');
  });

  // Anchors are never run as regexes: the prefilter's DFA finds them, linear by construction (anchors.test.ts).
  // The tolerant companions (src/rules/tolerant.ts) differ only in the literal prefixes of one shape (a
  // look-behind, the prefixes, a bounded body): the first companion of each shape is proved for all of them.
  const companionShapes = new Set<string>();
  for (const rule of builtinRules) {
    if (rule.companionOf) {
      const shape = rule.pattern.source.replace(/\(\?:(?:[^()\\]|\\.)*\)/, '(?:PREFIX)');
      if (companionShapes.has(shape)) continue;
      companionShapes.add(shape);
    }
    it(`${rule.id} runs in linear time`, () => {
      const r = checkPattern(rule.pattern.source, rule.pattern.flags.replace(/[gyd]/g, ''));
      assert.equal(r.status, 'safe', `${rule.id}: ${describeResult(r)}`);
    });
  }
});
