/** Behaviour of the scanner itself, independent of the catalogue (rules are given explicitly). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scan as scanWithCatalogue } from '../../src/catalogue';
import { compileCustomRules, createScanner, Fingerprinter, legacyFingerprint, mask, MemoKey, newFingerprintKey, redact, restore, type Category, type Rule, type ScanOptions } from '../../src/engine';
import { Prefilter } from '../../src/engine/prefilter';
import { ALL_ANCHORS } from '../../src/engine/anchors';
import fc from 'fast-check';

/** Scans with `rules` only, through a fresh scanner. */
function scan(text: string, { rules, ...options }: ScanOptions & { readonly rules: readonly Rule[] }) {
  return createScanner(rules).scan(text, options);
}

const tokenRule: Rule = {
  id: 'test-token',
  title: 'Test token',
  category: 'secret',
  kind: 'TEST_TOKEN',
  severity: 'high',
  description: 'A token used by these tests only.',
  keywords: ['tok_'],
  pattern: /(?<![A-Za-z0-9])tok_[A-Za-z0-9]{20}(?![A-Za-z0-9])/,
  examples: { positive: [], negative: [] },
};
const genericRule: Rule = {
  id: 'test-generic',
  title: 'Generic secret',
  category: 'secret',
  kind: 'GENERIC_SECRET',
  severity: 'medium',
  confidence: 'medium',
  description: 'A secret-looking assignment used by these tests only.',
  keywords: ['secret'],
  pattern: /secret\s*=\s*"([^"\s]{8,64})"/,
  secretGroup: 1,
  examples: { positive: [], negative: [] },
};
const digitsRule: Rule = {
  id: 'test-digits',
  title: 'Twelve digits',
  category: 'pii',
  kind: 'TWELVE_DIGITS',
  severity: 'medium',
  description: 'Twelve digits in a row, used by these tests only.',
  keywords: [],
  pattern: /(?<!\d)\d{12}(?!\d)/,
  allowPlaceholders: true,
  examples: { positive: [], negative: [] },
};
const rules = [tokenRule, genericRule, digitsRule];
const TOKEN = 'tok_Q7w9Er2Ty5Ui8Op1As4D';

describe('scan', () => {
  it('takes no context word from a redaction placeholder (redacting twice finds nothing new)', () => {
    // "BIRTH" inside the placeholder must not label the date beside it as a date of birth.
    assert.deepEqual(scanWithCatalogue('[REDACTED_DATE_OF_BIRTH_1]\t1984-03-12', { minSeverity: 'low' }).map((f) => f.ruleId), []);
    assert.deepEqual(scanWithCatalogue('DOB\t1984-03-12', { minSeverity: 'low' }).map((f) => f.ruleId), ['date-of-birth']);
  });

  it('wakes a rule at a word-start keyword only where a word starts, and another rule at the same keyword anywhere', () => {
    const labelled: Rule = {
      id: 'test-labelled',
      title: 'Labelled digits',
      category: 'pii',
      kind: 'LABELLED',
      severity: 'medium',
      description: 'A test rule.',
      keywords: ['tel ', 'phone'],
      wordStartKeywords: ['tel '],
      window: 12,
      pattern: /(?<!\d)\d{6}(?!\d)/,
      allowPlaceholders: true,
      examples: { positive: [], negative: [] },
    };
    const anywhere: Rule = { ...labelled, id: 'test-anywhere', kind: 'ANYWHERE', pattern: /(?<!\d)\d{5}(?!\d)/, wordStartKeywords: undefined };
    const found = (text: string) => scan(text, { rules: [labelled, anywhere] }).map((f) => `${f.ruleId}@${f.start}`);
    assert.deepEqual(found('tel 482913'), ['test-labelled@4']);
    assert.deepEqual(found('(tel 482913'), ['test-labelled@5']);
    assert.deepEqual(found('homeTel 482913'), ['test-labelled@8'], 'a camelCase hump starts a word');
    assert.deepEqual(found('Intel 482913'), [], "'tel ' inside 'Intel' is no label");
    assert.deepEqual(found('Intel 48291'), ['test-anywhere@6'], 'the same keyword still wakes a rule without the flag');
    assert.deepEqual(found('Intel phone 482913'), ['test-labelled@12'], 'another keyword of the rule wakes it');
    assert.throws(() => scan('tel 482913', { rules: [{ ...labelled, wordStartKeywords: ['tel:'] }] }), /not one of its keywords/);
  });

  /** A PII rule of medium severity for the engine's tests, with what each test sets. */
  const testRule = (fields: Pick<Rule, 'id' | 'keywords' | 'pattern'> & Partial<Rule>): Rule => ({
    title: 'Test rule',
    category: 'pii',
    kind: 'TEST',
    severity: 'medium',
    description: 'A test rule.',
    allowPlaceholders: true,
    examples: { positive: [], negative: [] },
    ...fields,
  });
  const startsFound = (r: Rule, text: string) => scan(text, { rules: [r] }).map((f) => f.start);

  it('wakes a rule with keywordAfter only where the character before the keyword fits', () => {
    const rule = testRule({ id: 'test-after-char', keywords: ['@'], keywordAfter: /[a-z]/, window: 12, pattern: /@\d{4}/ });
    assert.deepEqual(startsFound(rule, 'x@1234'), [1]);
    assert.deepEqual(startsFound(rule, ' @1234'), [], 'after a space');
    assert.deepEqual(startsFound(rule, '@1234'), [], "at the text's start");
    assert.deepEqual(startsFound(rule, 'é@1234'), [], 'after a character beyond ASCII');
    assert.deepEqual(startsFound({ ...rule, keywordAfter: undefined }, ' @1234'), [1], 'any @ without the class');
    assert.throws(() => scan('x@1234', { rules: [{ ...rule, wordStartKeywords: ['@'] }] }), /exclude each other/);
  });

  it('reads windowBefore characters before a keyword, and the line up to 64 more, not the whole window', () => {
    const rule = testRule({ id: 'test-after-keyword', keywords: ['ref'], windowBefore: 0, pattern: /(?<!\d)\d{6}(?!\d)/ });
    assert.deepEqual(startsFound(rule, 'ref 482913'), [4]);
    assert.deepEqual(startsFound(rule, `482913 ${'x'.repeat(50)} ref`), [0], 'within the look-behind before the keyword');
    assert.deepEqual(startsFound(rule, `482913 ${'x'.repeat(100)} ref`), [], 'beyond it');
    assert.deepEqual(startsFound({ ...rule, windowBefore: undefined }, `482913 ${'x'.repeat(100)} ref`), [0], 'a whole window reads it');
    // The window of the second 'key' starts 64 characters back, inside 'xkey1234': its look-behind must not
    // take the window's start for a boundary.
    const prefixed: Rule = { ...rule, keywords: ['key'], wordStartKeywords: ['key'], pattern: /(?<![a-z])key\d{4}/ };
    assert.deepEqual(startsFound(prefixed, `xkey1234${' '.repeat(57)}key5678`), [65]);
    assert.deepEqual(startsFound(prefixed, `key1234${' '.repeat(57)}key5678`), [0, 64]);
  });

  it('reports a value that starts in a look-behind group (valueStartGroup) and ends with the secret group', () => {
    const rule: Rule = {
      id: 'test-handle',
      title: 'Test handle',
      category: 'pii',
      kind: 'HANDLE',
      severity: 'medium',
      description: 'A test rule.',
      keywords: ['#'],
      pattern: /#(?<=(?<![a-z])(?<name>[a-z]{2,10})#)(?<tag>\d{4,6})/,
      secretGroup: 'tag',
      valueStartGroup: 'name',
      examples: { positive: [], negative: [] },
    };
    const text = 'seen: alice#90210, xbob#1 and carol#123456.';
    const found = scan(text, { rules: [rule] }).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['alice#90210', 'carol#123456']);
  });

  it('finds a keyed rule with offsets, line/column, mask and fingerprint', () => {
    const text = `first line\n  key: ${TOKEN}\n`;
    const [f, ...rest] = scan(text, { rules });
    assert.equal(rest.length, 0);
    assert.equal(f.ruleId, 'test-token');
    assert.equal(text.slice(f.start, f.end), TOKEN);
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [1, 7, 1, 7 + TOKEN.length]);
    assert.equal(f.masked, 'tok_…As4D');
    const fingerprinter = new Fingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: false });
    assert.equal(scan(`x ${TOKEN}`, { rules, fingerprinter })[0].fingerprint, fingerprinter.of('test-token', 'secret', TOKEN));
    assert.match(f.fingerprint, /^[0-9a-f]{20}$/);
    assert.ok(!JSON.stringify(f).includes(TOKEN), 'a finding never carries the raw value');
  });

  it("works out a finding's fingerprint when first read, once; a copy keeps it, and two scans of a text are equal", () => {
    class CountingFingerprinter extends Fingerprinter {
      calls = 0;
      override of(ruleId: string, category: Category, value: string): string {
        this.calls++;
        return super.of(ruleId, category, value);
      }
    }
    const fingerprinter = new CountingFingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: false });
    const text = `a ${TOKEN}\nb ${TOKEN.replace('Q', 'R')}\n`;
    const found = scan(text, { rules, fingerprinter });
    assert.equal(found.length, 2);
    assert.equal(fingerprinter.calls, 0, 'the scan computes no fingerprint');
    const first = found[0].fingerprint;
    assert.equal(found[0].fingerprint, first);
    assert.equal(fingerprinter.calls, 1, 'read twice, computed once');
    const copy = { ...found[1], start: 0 };
    assert.equal(copy.fingerprint, fingerprinter.of('test-token', 'secret', TOKEN.replace('Q', 'R')));
    assert.notEqual(copy.fingerprint, first);
    assert.ok(Object.keys(found[1]).includes('fingerprint'));
    assert.deepStrictEqual(scan(text, { rules, fingerprinter }), found);
  });

  it('matches keywords case-insensitively but leaves the pattern its own case rules', () => {
    assert.equal(scan(`TOK_Q7w9Er2Ty5Ui8Op1As4D`, { rules }).length, 0);
    assert.equal(scan(`x ${TOKEN}`, { rules }).length, 1);
  });

  it('reports the value group, not the whole match', () => {
    const [f] = scan('secret = "Zk4mQ9vX2pL7"', { rules });
    assert.equal(f.ruleId, 'test-generic');
    assert.equal(f.masked, 'Zk…L7');
  });

  it('drops placeholders and repeated characters', () => {
    assert.equal(scan('secret = "${MY_SECRET}"', { rules }).length, 0);
    assert.equal(scan('secret = "xxxxxxxxxxxx"', { rules }).length, 0);
    assert.equal(scan('secret = "<your-secret-here>"', { rules }).length, 0);
  });

  it('reports overlapping findings once, preferring the more confident rule', () => {
    const found = scan(`secret = "${TOKEN}"`, { rules });
    assert.deepEqual(found.map((f) => f.ruleId), ['test-token']);
  });

  it('runs unkeyed rules across chunk boundaries without losing or duplicating a match', () => {
    for (const at of [(1 << 20) - 6, (1 << 20) - 1, 1 << 20, (1 << 20) + 3, 3 * (1 << 20) - 5]) {
      const text = 'a'.repeat(at) + ' 987654321098 ' + 'b'.repeat(2 * (1 << 20));
      const found = scan(text, { rules });
      assert.equal(found.length, 1, `at ${at}`);
      assert.equal(found[0].start, at + 1);
    }
  });

  it('does not report the tail of a longer digit run cut by a chunk boundary', () => {
    // 22 digits: 10 before the boundary, exactly 12 after it (which alone would match).
    const text = 'x'.repeat((1 << 20) - 10) + '1234567890' + '987654321098' + 'y'.repeat(1 << 20);
    assert.equal(scan(text, { rules }).length, 0);
  });

  it('finds a keyed match on a 10 MB single line far from any newline', () => {
    const text = 'x,'.repeat(2_500_000) + ` ${TOKEN} ` + ',y'.repeat(2_500_000);
    const found = scan(text, { rules });
    assert.equal(found.length, 1);
    assert.equal(found[0].line, 0);
  });

  it('honours privacy-guard-ignore on the same line and on a comment line above', () => {
    assert.equal(scan(`k = "${TOKEN}" // privacy-guard-ignore`, { rules }).length, 0);
    assert.equal(scan(`# privacy-guard-ignore\nk = "${TOKEN}"`, { rules }).length, 0);
    assert.equal(scan(`<!-- privacy-guard-ignore -->\n${TOKEN}`, { rules }).length, 0);
    // A trailing marker after code covers its own line only.
    assert.equal(scan(`a = 1 # privacy-guard-ignore\nk = "${TOKEN}"`, { rules }).length, 1);
    assert.equal(scan(`# privacy-guard-ignore\n\nk = "${TOKEN}"`, { rules }).length, 1);
    assert.equal(scan(`k = "${TOKEN}" // privacy-guard-ignore`, { rules, inlineSuppression: false }).length, 1);
    // The marker is written in lower case, anywhere on the line, even glued to other words.
    assert.equal(scan(`k = "${TOKEN}" // PRIVACY-GUARD-IGNORE`, { rules }).length, 1);
    assert.equal(scan(`k = "${TOKEN}" //privacy-guard-ignored`, { rules }).length, 0);
    assert.equal(scan(`${'x'.repeat(5000)}\n# privacy-guard-ignore\nk = "${TOKEN}"\n${'y'.repeat(5000)}`, { rules }).length, 0);
  });

  it('filters by category, disabled rules, allowlist (value or fingerprint) and minimum confidence', () => {
    const text = `${TOKEN}\nsecret = "Zk4mQ9vX2pL7"\n123456789012\n`;
    assert.equal(scan(text, { rules }).length, 3);
    assert.deepEqual(scan(text, { rules, categories: ['pii'] }).map((f) => f.ruleId), ['test-digits']);
    assert.equal(scan(text, { rules, disabledRules: ['test-token'] }).length, 2);
    assert.equal(scan(text, { rules, allowlist: [TOKEN] }).length, 2);
    assert.equal(scan(text, { rules, allowlist: [legacyFingerprint('test-token', TOKEN)] }).length, 2, 'a version-1 fingerprint');
    const fingerprinter = new Fingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: true });
    assert.equal(scan(text, { rules, fingerprinter, allowlist: [fingerprinter.of('test-token', 'secret', TOKEN)] }).length, 2, 'a keyed one');
    const other = new Fingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: true });
    assert.equal(scan(text, { rules, fingerprinter: other, allowlist: [fingerprinter.of('test-token', 'secret', TOKEN)] }).length, 3, 'under another key');
    assert.equal(scan(text, { rules, minConfidence: 'high' }).length, 2);
  });

  it('never lets a throwing validator escape', () => {
    const throwing: Rule = { ...tokenRule, id: 'throws', validators: [() => { throw new Error('boom'); }] };
    assert.deepEqual(scan(TOKEN, { rules: [throwing] }), []);
  });

  it('runs a pattern only in the windows, tables and chunks where its windowNeeds test finds something', () => {
    const needsSet: Rule = { ...genericRule, id: 'needs-set', windowNeeds: /--set/g };
    assert.equal(scan('secret = "Zk4mQ9vX2pL7"', { rules: [needsSet] }).length, 0);
    assert.equal(scan('x --set secret = "Zk4mQ9vX2pL7"', { rules: [needsSet] }).length, 1);
    // A stateful (global) test is used without its state: every window is tested from its start.
    assert.equal(scan('x --set secret = "Zk4mQ9vX2pL7"\n'.repeat(3), { rules: [needsSet] }).length, 3);
    const needsDash: Rule = { ...digitsRule, id: 'needs-dash', windowNeeds: /-/ };
    assert.equal(scan('n 123456789012', { rules: [needsDash] }).length, 0);
    assert.equal(scan('n- 123456789012', { rules: [needsDash] }).length, 1);
    const column: Rule = { ...digitsRule, id: 'column', keywords: ['account'], tableColumns: 'only', windowNeeds: /#/ };
    assert.equal(scan('name,account\nAda,123456789012\n', { rules: [column] }).length, 0);
    assert.equal(scan('name,account\nAda,#123456789012\n', { rules: [column] }).length, 1);
  });

  it('gives each of several rules with the same keywords its own findings from the windows they share', () => {
    const quoted: Rule = { ...genericRule, id: 'quoted' };
    const bare: Rule = { ...genericRule, id: 'bare', pattern: /secret\s*:\s*([^"\s]{8,64})$/m, keywords: ['SECRET'] };
    const found = scan('secret = "Zk4mQ9vX2pL7"\nother secret: Qm7vX2pLk4Z9\n', { rules: [quoted, bare] });
    assert.deepEqual(found.map((f) => f.ruleId), ['quoted', 'bare']);
    assert.deepEqual(scan('secret = "Zk4mQ9vX2pL7"', { rules: [quoted, bare], disabledRules: ['quoted'] }), []);
  });
});

describe('createScanner', () => {
  /** A rule whose validator remembers each value's verdict under a MemoKey, counting what it computes. */
  function countingRule(): { rule: Rule; computed: () => number } {
    const VERDICT = new MemoKey<boolean>('test verdicts', 10);
    let computed = 0;
    const rule: Rule = {
      ...tokenRule,
      validators: [(ctx) => (ctx.remembered ? ctx.remembered.of(VERDICT).get(ctx.value, () => (computed++, true)) : true)],
    };
    return { rule, computed: () => computed };
  }

  it('remembers values from scan to scan, per scanner, until asked to forget', () => {
    const { rule, computed } = countingRule();
    const a = createScanner([rule]);
    const b = createScanner([rule]);
    assert.equal(a.scan(`x ${TOKEN}`).length, 1);
    assert.equal(a.scan(`y ${TOKEN}`).length, 1);
    assert.equal(computed(), 1, 'the second scan reuses the verdict');
    b.scan(`x ${TOKEN}`);
    assert.equal(computed(), 2, 'another scanner has memos of its own');
    a.forgetRememberedValues();
    a.scan(`x ${TOKEN}`);
    assert.equal(computed(), 3, 'a forgotten verdict is computed again');
    b.scan(`x ${TOKEN}`);
    assert.equal(computed(), 3, "forgetting in one scanner leaves the other's memos");
  });

  it('runs only the rules it was made with, and exposes them', () => {
    const scanner = createScanner([digitsRule]);
    assert.deepEqual(scanner.rules, [digitsRule]);
    assert.deepEqual(scanner.scan(`x ${TOKEN} 123456789012`).map((f) => f.ruleId), ['test-digits']);
  });
});

describe('redact and restore', () => {
  it('gives the same value the same typed placeholder and restores the originals', () => {
    const text = `a=${TOKEN}\nb=${TOKEN}\nc=tok_Z9x8C7v6B5n4M3a2S1d0\n`;
    const found = scan(text, { rules });
    const r = redact(text, found);
    assert.equal(r.text, 'a=[REDACTED_TEST_TOKEN_1]\nb=[REDACTED_TEST_TOKEN_1]\nc=[REDACTED_TEST_TOKEN_2]\n');
    assert.equal(r.replaced, 3);
    assert.equal(r.mapping.size, 2);
    assert.equal(restore(r.text, r.mapping).text, text);
    assert.deepEqual(scan(r.text, { rules }), [], 'nothing left to find after redaction');
  });

  it('restores only placeholders it knows', () => {
    const { text, restored } = restore('keep [REDACTED_OTHER_1] and [REDACTED_TEST_TOKEN_1]', new Map([['[REDACTED_TEST_TOKEN_1]', 'v']]));
    assert.equal(text, 'keep [REDACTED_OTHER_1] and v');
    assert.equal(restored, 1);
  });
});

describe('mask', () => {
  it('shows nothing of short values and at most 4+4 characters of long ones', () => {
    assert.equal(mask('hunter2'), '••••');
    assert.equal(mask('abcdefghijkl'), 'ab…kl');
    assert.equal(mask('AKIAZ3MHQ5TXKVR7WP4L1234'), 'AKIA…1234');
  });
});

describe('custom rules', () => {
  it('compiles valid rules and runs them in linear time', () => {
    const { rules: custom, errors } = compileCustomRules([{ id: 'emp', pattern: 'EMP-[0-9]{6}', category: 'pii' }]);
    assert.deepEqual(errors, []);
    const found = scan('staff EMP-123456 here', { rules: [], customRules: custom });
    assert.deepEqual(found.map((f) => [f.ruleId, f.category, f.masked]), [['custom.emp', 'pii', '••••']]);
  });

  it('refuses broken, unsafe-syntax and empty-matching patterns with a message naming the problem', () => {
    const { rules: ok, errors } = compileCustomRules([
      { id: 'broken', pattern: '([a-z' },
      { id: 'backref', pattern: '(a)\\1' },
      { id: 'empty', pattern: 'x*' },
      { id: 'bad id!', pattern: 'x' },
      'not an object',
      { id: 'sev', pattern: 'abc', severity: 'urgent' },
    ]);
    assert.equal(ok.length, 0);
    assert.deepEqual(errors.map((e) => e.index), [0, 1, 2, 3, 4, 5]);
    assert.match(errors[0].message, /"pattern" cannot be used: missing closing \] \(at character 2\)/);
    assert.match(errors[1].message, /backreferences/);
    assert.match(errors[2].message, /empty string/);
  });

  it('cannot be made to backtrack catastrophically', () => {
    const { rules: custom } = compileCustomRules([{ id: 'evil', pattern: '(a+)+b' }]);
    const found = scan('a'.repeat(200_000), { rules: [], customRules: custom });
    assert.equal(found.length, 0);
  });

  it('reports a non-list as one error instead of throwing', () => {
    assert.equal(compileCustomRules({ id: 'x' }).errors.length, 1);
  });
});

describe('prefilter (keywords)', () => {
  it('finds overlapping keywords with their offsets', () => {
    const ac = new Prefilter(['he', 'she', 'hers']);
    const hits: string[] = [];
    ac.scan('USHERS', (k, s, e) => hits.push(`${ac.keywords[k]}@${s}-${e}`));
    assert.deepEqual(hits, ['she@1-4', 'he@2-4', 'hers@2-6']);
  });

  it('finds every occurrence, in order of end, also when a long text is walked in two interleaved halves', () => {
    const keywords = ['ab', 'abc', 'bca', 'c', 'xyzzy', 'zz'];
    const ac = new Prefilter(keywords);
    const naive = (text: string) => {
      const out: string[] = [];
      const lower = text.toLowerCase();
      for (let end = 1; end <= text.length; end++) {
        keywords.forEach((k, id) => {
          if (end >= k.length && lower.slice(end - k.length, end) === k) out.push(`${id}@${end - k.length}-${end}`);
        });
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'y', 'z', 'Z', 'A', ' ', '\u00e9'), { minLength: 4096, maxLength: 9000 }),
        fc.nat(40),
        (chars, cut) => {
          const text = chars.join('');
          const got: string[] = [];
          ac.scan(text, (k, s, e) => got.push(`${k}@${s}-${e}`));
          // Sort both the same way: by end, then by the automaton's output order (longest suffix first is not
          // promised), so compare as multisets grouped by end.
          const byEnd = (xs: string[]) => xs.slice().sort((p, q) => Number(p.split('-')[1]) - Number(q.split('-')[1]) || p.localeCompare(q));
          assert.deepEqual(byEnd(got), byEnd(naive(text)));
          const ends = got.map((g) => Number(g.split('-')[1]));
          for (let i = 1; i < ends.length; i++) assert.ok(ends[i] >= ends[i - 1], 'hits out of order');
          // A sub-range scan reports exactly the occurrences inside it.
          const from = Math.min(cut, text.length);
          const sub: string[] = [];
          ac.scan(text, (k, s, e) => sub.push(`${k}@${s}-${e}`), from);
          assert.deepEqual(byEnd(sub), byEnd(naive(text).filter((h) => Number(h.split('@')[1].split('-')[0]) >= from)));
        },
      ),
      { numRuns: 60, seed: 7, endOnFailure: true },
    );
  });

  it('rejects keywords it cannot match', () => {
    assert.throws(() => new Prefilter(['Upper']));
    assert.throws(() => new Prefilter(['']));
    assert.throws(() => new Prefilter(['line\nbreak']));
  });

  it('reports every keyword and nothing else when characters of other scripts outnumber the classes left free (they share them)', () => {
    // 39 ASCII characters take 40 classes of a 64-wide row; 80 CJK characters share the 24 left.
    const ascii = ['abcdefghijklmnopqrstuvwxyz', '0123456789_-.'];
    const cjk = Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + 2 * i, 0x4e01 + 2 * i));
    const keywords = [...ascii, ...cjk];
    const ac = new Prefilter(keywords);
    // The reversed run holds many pairs whose classes read as a keyword's while their characters do not.
    const text = `${cjk.join(' ')} ${ascii.join(' ')} ${cjk.slice().reverse().join('')}`;
    const hits: string[] = [];
    ac.scan(text, (k, s) => hits.push(`${keywords[k]}@${s}`));
    const expected: string[] = [];
    for (const k of keywords) {
      for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) expected.push(`${k}@${at}`);
    }
    assert.deepEqual(hits.sort(), expected.sort());
  });

  it('reports exactly the occurrences, case folded, when a few classes are left for many characters of other scripts', () => {
    // 60 ASCII characters leave 3 classes of a 64-wide row to the Cyrillic and Greek letters.
    const ascii = 'abcdefghijklmnopqrstuvwxyz0123456789_-.,:;=@#$%&*+/<>?!|~[]{}';
    const others = ['пароль', 'логин', 'κωδικ', 'до'];
    const keywords = [ascii.slice(0, 26), ascii.slice(26), ...others];
    const ac = new Prefilter(keywords);
    const letters = [...new Set(others.join(''))].flatMap((c) => [c, c.toUpperCase()]);
    const naive = (text: string) => {
      const lower = [...text].map((c) => c.toLowerCase()).join('');
      const out: string[] = [];
      for (let end = 1; end <= text.length; end++) {
        keywords.forEach((k, id) => {
          if (end >= k.length && lower.slice(end - k.length, end) === k) out.push(`${id}@${end - k.length}-${end}`);
        });
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters, 'a', ' '), { minLength: 1, maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const got: string[] = [];
        ac.scan(text, (k, s, e) => got.push(`${k}@${s}-${e}`));
        assert.deepEqual(got.sort(), naive(text).sort());
      }),
      { numRuns: 200, seed: 11, endOnFailure: true },
    );
  });

  it('finds keywords in other scripts, folding case where the script has one, beside the anchors', () => {
    const keywords = ['身份证', 'пароль', 'パスワード', 'token'];
    const both = new Prefilter(keywords, ALL_ANCHORS.map((a) => a.shapes));
    const alone = new Prefilter(keywords);
    for (const ac of [both, alone]) {
      const hits: string[] = [];
      ac.scan('身份证号码: 1 | ПАРОЛЬ=x | Пароль | パスワード | TOKEN | 身份 证', (k, s, e) => {
        if (k < keywords.length) hits.push(`${keywords[k]}@${s}-${e}`);
      });
      assert.deepEqual(hits, ['身份证@0-3', 'пароль@11-17', 'пароль@22-28', 'パスワード@31-36', 'token@39-44']);
    }
  });
});

describe('architecture', () => {
  it('keeps rule validators from searching whole lines (quadratic on minified one-liners): they use lineBounds', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
    const unbounded = /(?:lastIndexOf|indexOf)\(\s*['"]\\n['"]/;
    for (const f of walk(join(__dirname, '..', '..', 'src', 'rules')).filter((x) => x.endsWith('.ts'))) {
      assert.doesNotMatch(readFileSync(f, 'utf8'), unbounded, f);
    }
  });
});
