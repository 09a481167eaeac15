/**
 * Anchors: the shape subset of regex syntax, and the prefilter's anchor DFA against a plain regex.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AIRTABLE_PAT, ALL_ANCHORS, ID_NUMBER, type Anchor } from '../../src/engine/anchors';
import { Prefilter } from '../../src/engine/prefilter';
import { expandShapes, inSet, MAX_SHAPE_LENGTH, NON_ASCII, ShapeSyntaxError, type Shape } from '../../src/engine/shape';
import { builtinRules, scan } from '../../src/catalogue';

/** A shape as text: each set listed by its printable ASCII members ("~" for non-ASCII). */
const show = (shape: Shape): string =>
  shape
    .map((set) => {
      let members = '';
      for (let c = 33; c < 127; c++) if (set[c]) members += String.fromCharCode(c);
      if (set[32]) members += '␠';
      if (set[NON_ASCII]) members += '~';
      return members.length === 1 ? members : `[${members.length > 12 ? `${members.slice(0, 12)}…${members.length}` : members}]`;
    })
    .join('');

describe('anchor shapes (regex subset)', () => {
  it('expands optional parts, repeats and alternatives into fixed sequences', () => {
    assert.deepEqual(expandShapes('ab?c').map(show).sort(), ['abc', 'ac']);
    assert.deepEqual(expandShapes('(?:x|yz)1').map(show).sort(), ['x1', 'yz1']);
    assert.deepEqual(expandShapes(String.raw`\d{1,3}\.`).map(show), ['[0123456789].', '[0123456789][0123456789].', '[0123456789][0123456789][0123456789].']);
    assert.deepEqual(expandShapes('[a-c\\-]').map(show), ['[-abc]']);
  });

  it('counts every character above U+007F into a negated class, and none into a plain one', () => {
    const [[negated]] = expandShapes('[^A-Za-z0-9]');
    assert.ok(inSet(negated, 'é'.charCodeAt(0)) && inSet(negated, 0x4e2d) && inSet(negated, 32));
    assert.ok(!inSet(negated, 'a'.charCodeAt(0)) && !inSet(negated, '7'.charCodeAt(0)));
    const [[plain]] = expandShapes('[a-z]');
    assert.ok(!inSet(plain, 'é'.charCodeAt(0)));
  });

  for (const [source, problem] of [
    ['a*', /not supported/],
    ['(a)', /non-capturing/],
    [String.raw`\w`, /escape/],
    ['[ab', /unclosed class/],
    ['(?:ab', /unclosed group/],
    [`a{${MAX_SHAPE_LENGTH + 1}}`, /repeat count|longer than/],
    ['a?', /empty string/],
    ['é', /ASCII/],
    ['[z-a]', /out of order/],
    ['(?:\\d?){9}(?:\\d?){9}', /alternatives|longer than/],
  ] as const) {
    it(`refuses /${source}/ with a message naming the problem`, () => {
      assert.throws(() => expandShapes(source), (e: unknown) => e instanceof ShapeSyntaxError && problem.test(e.message));
    });
  }

  it('accepts every built-in anchor, each occurrence at most MAX_SHAPE_LENGTH long', () => {
    for (const a of ALL_ANCHORS) {
      assert.ok(a.shapes.length > 0, a.name);
      for (const sh of a.shapes) assert.ok(sh.length >= 1 && sh.length <= MAX_SHAPE_LENGTH, a.name);
    }
  });

  it('rules woken by an anchor cannot match a line break (their windows may span neighbouring lines)', () => {
    // Nothing that matches '\n': \s, \S, \D, \W, a negated class, or a dot outside a class.
    const crossesLines = /\\[sSDW]|\[\^|(?<!\\)\.(?![^[]*\])/;
    for (const rule of builtinRules) if (rule.anchor) assert.doesNotMatch(rule.pattern.source, crossesLines, rule.id);
    assert.match(String.raw`\d{4}\s\d{4}`, crossesLines, 'the check can fail');
  });

  it('every rule anchor is a shared one (rules sharing an anchor share its windows)', () => {
    for (const rule of builtinRules) if (rule.anchor) assert.ok(ALL_ANCHORS.includes(rule.anchor), rule.id);
  });
});

describe('anchor automaton', () => {
  const keywords = ['tok', 'id:', '0x'];
  const automaton = new Prefilter(keywords, ALL_ANCHORS.map((a) => a.shapes));
  const longest = ALL_ANCHORS.map((a) => Math.max(...a.shapes.map((s) => s.length)));
  // The same anchors as plain regexes anchored at the end of the text seen so far; a line break stands for
  // whatever precedes the text.
  const regexes = ALL_ANCHORS.map((a) => new RegExp(`(?:${a.source})$`));
  const naive = (text: string): string[] => {
    const out: string[] = [];
    const lower = text.toLowerCase();
    for (let end = 1; end <= text.length; end++) {
      keywords.forEach((k, id) => {
        if (end >= k.length && lower.slice(end - k.length, end) === k) out.push(`${id}@${end - k.length}-${end}`);
      });
      const seen = `\n${text.slice(Math.max(0, end - MAX_SHAPE_LENGTH), end)}`;
      regexes.forEach((re, a) => {
        if (re.test(seen)) out.push(`${keywords.length + a}@${Math.max(0, end - longest[a])}-${end}`);
      });
    }
    return out;
  };
  const found = (text: string): string[] => {
    const got: string[] = [];
    automaton.scan(text, (id, s, e) => got.push(`${id}@${s}-${e}`));
    return got;
  };
  const byEnd = (xs: string[]) => xs.slice().sort((p, q) => Number(p.split('-')[1]) - Number(q.split('-')[1]) || p.localeCompare(q));
  // Characters that the anchors (and keywords) care about, and some they do not.
  const alphabet = fc.constantFrom(...'0123456789 .-/:abcfABCDEFLPTXZ13tokid\n\u00e9x@'.split(''));

  it('finds exactly the occurrences a regex finds, in a short text', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(byEnd(found(text)), byEnd(naive(text)));
      }),
      { numRuns: 300, seed: 11, endOnFailure: true },
    );
  });

  it('finds exactly the same in a long text, and reports in order of end', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: Prefilter.TWO_STREAM_MIN, maxLength: 6000 }), (chars) => {
        const text = chars.join('');
        const got = found(text);
        assert.deepEqual(byEnd(got), byEnd(naive(text)));
        const ends = got.map((g) => Number(g.split('-')[1]));
        for (let i = 1; i < ends.length; i++) assert.ok(ends[i] >= ends[i - 1], 'hits out of order');
      }),
      { numRuns: 25, seed: 5, endOnFailure: true },
    );
  });

  it('wakes the number rules once for a long run of digits, not at every digit', () => {
    const only = new Prefilter([], [ID_NUMBER.shapes]);
    let hits = 0;
    only.scan(`x=${'7'.repeat(100_000)};`, () => hits++);
    assert.equal(hits, 1);
  });

  /** Whether `anchor` occurs in `text`, as the prefilter finds it. */
  const wakes = (anchor: Anchor, text: string) => {
    let hits = 0;
    new Prefilter([], [anchor.shapes]).scan(text, () => hits++);
    return hits > 0;
  };

  it("wakes the number rules on a card's, an IBAN's, a SSN's and a NIR's spaced groups, not on a font outline's coordinates", () => {
    for (const text of ['card 4539 1488 0343 6467', 'IBAN GB29 NWBK 6016 1331 9268 19', 'SSN 536 22 8475', 'NIR 185 05 78 006 084 36', 'NIR 185 05 2A 006 084 36', 'Amex 3714 496353 98431']) {
      assert.ok(wakes(ID_NUMBER, text), text);
    }
    for (const text of ['"o":"m 441 -14 q 291 9 359 -14 q 173 81 222 33 l 1033 66 l 52 992"', 'v 2024 12', 'x 123 45 6']) {
      assert.ok(!wakes(ID_NUMBER, text), text);
    }
  });

  it("wakes the Airtable rule at 'pat' and a token's characters after a boundary, not at path, pattern or patch", () => {
    assert.ok(wakes(AIRTABLE_PAT, 'AIRTABLE_TOKEN=patlN8l2ANJSG1SX7.0e9f'));
    assert.ok(wakes(AIRTABLE_PAT, 'patlN8l2ANJSG1SX7'), "at the text's start");
    for (const text of ['const path = require("path");', 'dispatch(patternMatcher)', 'git apply fix.patch', 'xpatlN8l2ANJSG1SX7']) assert.ok(!wakes(AIRTABLE_PAT, text), text);
  });

  it('builds the anchor automaton for more anchors than one number can code the states of, and finds each', () => {
    // Twenty anchors of about ten states each: their product's state codes exceed 2^53.
    const letters = 'abcdefghijklmnopqrst';
    const only = new Prefilter([], [...letters].map((l) => expandShapes(`${l}\\d{8}`)));
    const text = [...letters].map((l, i) => `${l}${String(10_000_000 + i * 1234567).slice(0, 8)} ${l}123 `).join('');
    const found: number[] = [];
    only.scan(text, (id, start) => found.push(id, start));
    const expected = [...text.matchAll(/[a-t]\d{8}/g)].flatMap((m) => [letters.indexOf(m[0][0]), m.index]);
    assert.equal(expected.length, 40);
    assert.deepEqual(found, expected);
  });

  it('still finds a card number that follows a long run of digits on the next line', () => {
    const text = `${'9'.repeat(5000)}\ncard 4111 1111 1111 1111\n`;
    assert.ok(scan(text, { minSeverity: 'low' }).some((f) => f.ruleId === 'payment-card-number'));
  });
});
