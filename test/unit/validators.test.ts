/**
 * The generic value filters every candidate passes through (src/engine/validators.ts). They run on every
 * candidate of every rule, so they are written for speed; these tests hold them to their plain definitions.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BoundedMemo, MemoKey, MemoRegistry } from '../../src/engine/memo';
import { isPlaceholder, isRepetitive } from '../../src/engine/validators';

/** isRepetitive as first written (a Map of characters, separators stripped by a regex): the definition. */
function repetitiveByDefinition(value: string): boolean {
  const v = value.replace(/[-_.:/+=\s]/g, '');
  if (v.length < 4) return v.length === 0;
  const counts = new Map<string, number>();
  for (const ch of v) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let max = 0;
  for (const n of counts.values()) max = Math.max(max, n);
  if (max / v.length >= 0.6) return true;
  for (let unit = 1; unit <= 4 && unit * 2 < v.length; unit++) {
    let ok = true;
    for (let i = unit; i < v.length; i++) if (v[i] !== v[i - unit]) { ok = false; break; }
    if (ok) return true;
  }
  let seq = 0;
  for (let i = 1; i < v.length; i++) {
    const d = v.charCodeAt(i) - v.charCodeAt(i - 1);
    if (d === 1 || d === -1) seq++;
  }
  return seq / (v.length - 1) >= 0.8;
}

describe('value filters', () => {
  it('isRepetitive: one dominant character, a repeated unit or a sequential run, separators ignored', () => {
    for (const v of ['aaaaaaab', '1111-1111', 'abababab', '12341234', '123456789', 'zyxwvuts', 'ab:ab:ab:ab', '']) {
      assert.equal(isRepetitive(v), true, v);
    }
    for (const v of ['4539148803436467', 'k8Qz1Lp0', '536-22-8475', 'abc']) assert.equal(isRepetitive(v), false, v);
  });

  it('isRepetitive agrees with its definition on any text (ASCII, other scripts, astral characters)', () => {
    const char = fc.oneof(
      fc.constantFrom(...'0123456789abcAB-_.:/+= \t\u00a0\u2003éüñаб\u03b1\u0131'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
    // Values where one character dominates, or a unit repeats: the cases the filter exists for.
    const dominated = fc
      .tuple(char, fc.integer({ min: 0, max: 30 }), text, text)
      .map(([c, n, before, after]) => before.slice(0, 4) + c.repeat(n) + after.slice(0, 4));
    const repeated = fc.tuple(text, fc.integer({ min: 1, max: 12 })).map(([unit, n]) => unit.slice(0, 4).repeat(n));
    fc.assert(
      fc.property(fc.oneof(text, dominated, repeated), (v) => {
        assert.equal(isRepetitive(v), repetitiveByDefinition(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('isRepetitive gives the same answer for a long value after short ones (its buffer grows)', () => {
    const long = 'ab'.repeat(5000);
    assert.equal(isRepetitive('4539148803436467'), false);
    assert.equal(isRepetitive(long), true);
    assert.equal(isRepetitive(`${long}x`), repetitiveByDefinition(`${long}x`));
  });

  it('isPlaceholder: the same verdict for numbers (their fast path) as for the words of any value', () => {
    for (const v of ['12...34', '4***** 1234', '${CARD}', '{{ ssn }}', '<number>', '1234567890', '00000000']) {
      assert.equal(isPlaceholder(v), true, v);
    }
    for (const v of ['4539148803436467', '536-22-8475', '+44 20 7946 0958', 'k8Qz1Lp0rT']) assert.equal(isPlaceholder(v), false, v);
    assert.equal(isPlaceholder('YOUR_API_KEY_HERE'), true);
    assert.equal(isPlaceholder('sk-EXAMPLE-0000'), true);
  });

  it('isPlaceholder: a short placeholder word counts as a word of its own, not as letters a random token spells', () => {
    for (const v of ['TODO', 'tbd', 'set_me_TODO', 'value-none', 'Fake-key-here', 'NULL']) assert.equal(isPlaceholder(v), true, v);
    // `Tbd` and `tbd` inside runs of their case, `NONE` glued to capitals: random base62, not a stand-in.
    for (const v of ['6cVeTMWvFgRC9TbdsED4xGn', 'RcCUDogtbd0AYuLgD3vDF', 'Q8xNONEKZ2pLm4Vt9kPw']) assert.equal(isPlaceholder(v), false, v);
  });
});

describe('bounded memo', () => {
  it('computes a key once, keeps at most its capacity, and lets the oldest entry go first', () => {
    const memo = new BoundedMemo<number | false>(2);
    let calls = 0;
    const f = (k: string) => (calls++, k === 'no' ? false : k.length);
    assert.equal(memo.get('abc', f), 3);
    assert.equal(memo.get('abc', f), 3);
    assert.equal(memo.get('no', f), false);
    assert.equal(memo.get('no', f), false);
    assert.equal(calls, 2, 'a remembered value, false included, is not computed again');
    memo.get('xy', f);
    assert.equal(memo.size, 2);
    memo.get('no', f);
    assert.equal(calls, 3, 'the newer entries stay');
    memo.get('abc', f);
    assert.equal(calls, 4, 'the oldest entry was let go');
  });

  it('keeps one memo per key in a registry, and empties them all when asked to forget', () => {
    const registry = new MemoRegistry();
    const A = new MemoKey<string>('a', 10);
    const B = new MemoKey<number>('b', 10);
    registry.of(A).get('4155550123', () => 'phone');
    registry.of(B).get('k', () => 1);
    assert.equal(registry.of(A), registry.of(A), 'the same key gives the same memo');
    assert.equal(registry.of(A).size + registry.of(B).size, 2);
    registry.clear();
    assert.equal(registry.of(A).size + registry.of(B).size, 0);
  });
});
