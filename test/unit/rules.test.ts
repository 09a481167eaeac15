/**
 * Every example of every built-in rule is a test (gitleaks-style): positives must be found by that
 * rule, negatives must not be, documented low-severity values must be found at severity 'low', and
 * demoted values (a failed checksum or decoding, a missing label) only at confidence 'low'.
 */
import assert from 'node:assert/strict';
import { builtinRules, scan } from '../../src/catalogue';
import { ANCHOR_WINDOW, DEFAULT_WINDOW } from '../../src/engine/scan';
import { createScanner, type Finding, type Rule } from '../../src/engine';

describe('rule catalogue', () => {
  it('has unique, kebab-case ids', () => {
    const seen = new Set<string>();
    for (const r of builtinRules) {
      assert.match(r.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `bad id ${r.id}`);
      assert.ok(!seen.has(r.id), `duplicate id ${r.id}`);
      seen.add(r.id);
    }
  });

  it('gives every rule a title, description, UPPER_SNAKE kind and examples', () => {
    for (const r of builtinRules) {
      assert.ok(r.title.length > 0, r.id);
      assert.ok(r.description.length > 10, `${r.id}: description`);
      assert.match(r.kind, /^[A-Z0-9]+(?:_[A-Z0-9]+)*$/, `${r.id}: kind ${r.kind}`);
      assert.ok(r.examples.positive.length > 0, `${r.id}: needs positive examples`);
      assert.ok(r.examples.negative.length > 0, `${r.id}: needs negative examples`);
      for (const n of r.examples.negative) assert.ok(n.reason.trim().length > 0, `${r.id}: negative example without reason`);
    }
  });

  it('uses lower-case keywords without control characters (tabs allowed, for TSV headers)', () => {
    for (const r of builtinRules) {
      for (const k of r.keywords) assert.doesNotMatch(k, /[\x00-\x08\x0a-\x1f\x7f]/, `${r.id}: keyword ${k}`);
      for (const k of r.keywords) assert.equal(k, k.toLowerCase(), `${r.id}: keyword ${k}`);
    }
  });

  it('has no keyword that a run of one repeated character contains (it would wake its rule at every character of the run)', () => {
    for (const r of builtinRules) {
      for (const k of r.keywords) assert.ok(!/^(.)\1{3,}$/.test(k), `${r.id}: keyword ${JSON.stringify(k)} is one character repeated`);
    }
  });

  it('decides PII overlaps by declared overrides, confidence, severity and length, not by order: reversed, the PII rules find the same in every PII example', () => {
    const pii = builtinRules.filter((r) => r.category === 'pii');
    const reversed = createScanner([...builtinRules.filter((r) => r.category !== 'pii'), ...[...pii].reverse()]);
    const differ: string[] = [];
    for (const r of pii) {
      for (const text of [...r.examples.positive, ...(r.examples.lowSeverity ?? [])]) {
        const spans = (found: readonly Finding[]) => found.map((f) => `${f.ruleId}@${f.start}-${f.end}`).join(' ');
        if (spans(scan(text)) !== spans(reversed.scan(text))) differ.push(`${r.id}: ${JSON.stringify(text)}`);
      }
    }
    assert.deepEqual(differ, []);
  });

  it('only overrides rules that exist', () => {
    const ids = new Set(builtinRules.map((r) => r.id));
    for (const r of builtinRules) for (const o of r.overrides ?? []) assert.ok(ids.has(o), `${r.id} overrides unknown ${o}`);
  });

  it('declares a windowNeeds test that every text its examples find something in passes', () => {
    const withNeeds = builtinRules.filter((r) => r.windowNeeds !== undefined);
    assert.ok(withNeeds.length > 0);
    for (const r of withNeeds) {
      const needs = new RegExp(r.windowNeeds!.source, r.windowNeeds!.flags.replace(/[gy]/g, ''));
      for (const text of [...r.examples.positive, ...(r.examples.lowSeverity ?? []), ...(r.examples.lowConfidence ?? [])]) {
        assert.ok(needs.test(text), `${r.id} on ${JSON.stringify(text)}`);
      }
    }
  });

  it('wakes a secret rule at a word-start keyword only where its match starts with that keyword, after no letter, and ends within the window', () => {
    // A keyword spared after a letter must be one no match could hold there (the pattern's look-behind refuses the
    // letter), and the match must end within the window of its own keyword: the windows of the spared occurrences
    // then held no match of the rule, and cut none short either.
    const wordStart = builtinRules.filter((r) => r.category === 'secret' && (r.wordStartKeywords?.length ?? 0) > 0);
    assert.ok(wordStart.length > 0);
    for (const r of wordStart) {
      const keywords = r.wordStartKeywords!.map((k) => k.toLowerCase());
      const everywhere = createScanner([{ ...r, wordStartKeywords: undefined }]);
      const re = new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, '') + 'g');
      for (const text of r.examples.positive) {
        for (const m of text.matchAll(re)) {
          const k = keywords.find((kw) => m[0].toLowerCase().startsWith(kw));
          assert.ok(k, `${r.id}: the match ${JSON.stringify(m[0])} starts with none of ${keywords.join(', ')}`);
          assert.ok(m[0].length < k.length + (r.window ?? DEFAULT_WINDOW), `${r.id}: a match longer than its window`);
        }
        const glued = keywords.reduce((t, kw) => t.replace(new RegExp(kw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (x) => `q${x}`), text);
        assert.deepEqual(everywhere.scan(glued).map((f) => f.ruleId), [], `${r.id} after a letter: ${JSON.stringify(glued)}`);
      }
    }
  });

  /** Asserts that `variant` of each rule finds what the rule finds without it, in each text of `texts(rule)`. */
  function findsTheSame(rules: readonly Rule[], variant: (r: Rule) => Rule, texts: (r: Rule) => [string, boolean][]): void {
    assert.ok(rules.length > 0);
    for (const r of rules) {
      const changed = createScanner([r]);
      const plain = createScanner([variant(r)]);
      for (const [text, mustFind] of texts(r)) {
        const found = changed.scan(text).map((f) => `${f.ruleId}@${f.start}-${f.end}`);
        if (mustFind) assert.ok(found.length > 0, `${r.id}: ${JSON.stringify(text.slice(-80))}`);
        assert.deepEqual(found, plain.scan(text).map((f) => `${f.ruleId}@${f.start}-${f.end}`), r.id);
      }
    }
  }
  const examplesOf = (r: Rule) => [...r.examples.positive, ...(r.examples.lowConfidence ?? [])];

  it('declares a keywordAfter only where it finds what the rule finds without it', () => {
    findsTheSame(
      builtinRules.filter((r) => r.keywordAfter !== undefined),
      (r) => ({ ...r, keywordAfter: undefined }),
      (r) => examplesOf(r).map((text) => [text, true]),
    );
  });

  it('declares a windowBefore only where it finds what a whole window finds, after any text on the line or above it', () => {
    // Text on the example's line may turn a config line into prose (no finding either way); lines above may not.
    findsTheSame(
      builtinRules.filter((r) => r.windowBefore !== undefined),
      (r) => ({ ...r, windowBefore: undefined }),
      (r) => examplesOf(r).flatMap((text) => [[text, true], [`${'filler line\n'.repeat(40)}${text}`, true], [`${'filler '.repeat(60)}${text}`, false]] as [string, boolean][]),
    );
  });

  it('declares a secretGroupTail only where every match of its examples ends that many characters after the secret group', () => {
    const withTail = builtinRules.filter((r) => r.secretGroupTail !== undefined);
    assert.ok(withTail.length > 0);
    for (const r of withTail) {
      assert.notEqual(r.secretGroup, undefined, r.id);
      const re = new RegExp(r.pattern.source, r.pattern.flags.replace(/[gyd]/g, '') + 'gd');
      const texts = [...r.examples.positive, ...(r.examples.lowSeverity ?? []), ...(r.examples.lowConfidence ?? []), ...r.examples.negative.map((n) => n.text)];
      let matches = 0;
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          const span = typeof r.secretGroup === 'number' ? m.indices![r.secretGroup] : m.indices!.groups![r.secretGroup!];
          if (!span) continue;
          matches++;
          assert.equal(m.index + m[0].length - span[1], r.secretGroupTail, `${r.id} on ${JSON.stringify(text)}`);
        }
      }
      assert.ok(matches > 0, r.id);
    }
  });
});

describe('rule examples', () => {
  for (const rule of builtinRules) {
    describe(rule.id, () => {
      rule.examples.positive.forEach((text, i) => {
        it(`finds positive #${i + 1}`, () => {
          const found = scan(text).filter((f) => f.ruleId === rule.id);
          assert.ok(found.length > 0, `${rule.id} did not find anything in: ${text.slice(0, 200)} (found: ${scan(text).map((f) => f.ruleId).join(', ') || 'nothing'})`);
          assert.ok(found.some((f) => f.severity !== 'low'), `${rule.id}: positive #${i + 1} found only at low severity`);
        });
      });
      rule.examples.negative.forEach((ex, i) => {
        it(`ignores negative #${i + 1}: ${ex.reason}`, () => {
          const found = scan(ex.text).filter((f) => f.ruleId === rule.id);
          assert.equal(found.length, 0, `${rule.id} wrongly found ${found.map((f) => f.masked).join(', ')} in: ${ex.text.slice(0, 200)}`);
        });
      });
      (rule.examples.lowConfidence ?? []).forEach((text, i) => {
        it(`reports low-confidence example #${i + 1} at low confidence only`, () => {
          const found = scan(text).filter((f) => f.ruleId === rule.id);
          assert.ok(found.length > 0, `${rule.id} did not find low-confidence example: ${text.slice(0, 200)}`);
          assert.ok(found.every((f) => f.confidence === 'low'), `${rule.id}: expected confidence low`);
          assert.equal(scan(text, { minConfidence: 'medium' }).filter((f) => f.ruleId === rule.id).length, 0);
        });
      });
      (rule.examples.lowSeverity ?? []).forEach((text, i) => {
        it(`reports low-severity example #${i + 1} at low severity`, () => {
          const found = scan(text).filter((f) => f.ruleId === rule.id);
          assert.ok(found.length > 0, `${rule.id} did not find low-severity example: ${text.slice(0, 200)}`);
          assert.ok(found.every((f) => f.severity === 'low'), `${rule.id}: expected severity low`);
        });
      });
    });
  }
});

describe('rule windows', () => {
  // A rule's pattern runs within `window` characters of its keyword or anchor: a value longer than that,
  // with its keyword at one end, would be cut short or missed.
  it('are at least as long as the longest value each rule finds in its examples', function () {
    this.timeout(60_000); // every example of the catalogue is scanned
    const short: string[] = [];
    for (const rule of builtinRules) {
      // Rules that share an anchor share its windows, as wide as the widest of them asks.
      const window =
        rule.keywords.length > 0
          ? (rule.window ?? DEFAULT_WINDOW)
          : Math.max(...builtinRules.filter((r) => r.keywords.length === 0 && r.anchor === rule.anchor).map((r) => r.window ?? ANCHOR_WINDOW));
      if (rule.multiline) continue; // a multi-line window reaches to the end of the text
      for (const text of [...rule.examples.positive, ...(rule.examples.lowSeverity ?? []), ...(rule.examples.lowConfidence ?? [])]) {
        for (const f of scan(text).filter((x) => x.ruleId === rule.id)) {
          if (f.end - f.start > window) short.push(`${rule.id}: window ${window} < value of ${f.end - f.start}`);
        }
      }
    }
    assert.deepEqual(short, []);
  });
});
