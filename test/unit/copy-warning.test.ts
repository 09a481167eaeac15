/** The decisions behind the copy warning: categories per setting, once per copy per minute, the summary. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';
import { copyKey, copySummaryOf, RecentCopies, summarizeCopy, warnedCategories, WARN_ON_COPY_VALUES } from '../../src/extension/pure/copyWarning';
import { parseSettings, RESTRICTED_SETTINGS } from '../../src/extension/pure/settings';

const AWS_KEY_ID = 'AKIAZ3MHQ5TXKVR7WP4L';
const GITHUB_TOKEN = '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';
const EMAIL = 'maria.gonzalez@gmail.com';

describe('copy warning', () => {
  it('warns about secrets by default, secrets and PII on request, nothing when off', () => {
    assert.equal(parseSettings({}).settings.warnOnCopy, 'secrets');
    assert.deepEqual(warnedCategories('secrets'), ['secret']);
    assert.deepEqual(warnedCategories('secretsAndPii'), ['secret', 'pii']);
    assert.deepEqual(warnedCategories('off'), []);
    assert.deepEqual([...WARN_ON_COPY_VALUES], ['secrets', 'secretsAndPii', 'off']);
  });

  it('refuses a malformed warnOnCopy with the setting named, and keeps warning', () => {
    const { settings, errors } = parseSettings({ warnOnCopy: 'never' });
    assert.equal(settings.warnOnCopy, 'secrets');
    assert.equal(errors[0].setting, 'aiPrivacyGuard.warnOnCopy');
  });

  it('is a restricted setting: an untrusted workspace cannot turn it off', () => {
    assert.ok(RESTRICTED_SETTINGS.includes('warnOnCopy'));
  });

  it('warns once per identical copy per minute, and again after the minute', () => {
    let now = 0;
    const recent = new RecentCopies(60_000, () => now);
    const a = copyKey('file:///a.env', 3, [{ start: { line: 1, character: 0 }, end: { line: 2, character: 5 } }]);
    const b = copyKey('file:///a.env', 3, [{ start: { line: 1, character: 0 }, end: { line: 2, character: 6 } }]);
    assert.equal(recent.claim(a), true);
    now = 30_000;
    assert.equal(recent.claim(a), false, 'the same copy within a minute');
    assert.equal(recent.claim(b), true, 'another range is another copy');
    now = 60_000;
    assert.equal(recent.claim(a), true, 'a minute later');
  });

  it('tells a copy apart by document, version and every range', () => {
    const range = (l: number) => ({ start: { line: l, character: 0 }, end: { line: l, character: 9 } });
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 4 }), fc.nat(9), (lines, version) => {
        const key = copyKey('file:///x', version, lines.map(range));
        assert.notEqual(key, copyKey('file:///y', version, lines.map(range)));
        assert.notEqual(key, copyKey('file:///x', version + 1, lines.map(range)));
        assert.notEqual(key, copyKey('file:///x', version, [...lines, 51].map(range)));
      }),
    );
  });

  it('summarises a copy with titles and masked previews, secrets first, never a raw value', () => {
    const text = `contact ${EMAIL}\naws_access_key_id = ${AWS_KEY_ID}\nGITHUB_TOKEN=${GITHUB_TOKEN}\n`;
    const findings = scan(text, { minConfidence: 'low' });
    const summary = summarizeCopy(findings, (f) => f.title, 2);
    assert.equal(summary.secrets, 2);
    assert.equal(summary.pii, 1);
    assert.equal(summary.items.length, 2);
    assert.match(summary.items[0], /^AWS access key ID \S+…\S+$/);
    assert.match(summary.items[1], /GitHub/);
    assert.equal(summary.more, 1);
    for (const item of summary.items) for (const raw of [AWS_KEY_ID, GITHUB_TOKEN, EMAIL]) assert.ok(!item.includes(raw), item);
  });

  it('summarises a large copy from its counts and its first findings as it does a copy read whole', () => {
    const text = `contact ${EMAIL}\naws_access_key_id = ${AWS_KEY_ID}\nGITHUB_TOKEN=${GITHUB_TOKEN}\n`.repeat(50);
    const findings = scan(text, { minConfidence: 'low' });
    const secrets = findings.filter((f) => f.category === 'secret');
    const pii = findings.filter((f) => f.category === 'pii');
    // What the scan worker answers for a large copy: the counts, and the first few of each category.
    const summary = copySummaryOf(secrets.length, pii.length, [...pii.slice(0, 3), ...secrets.slice(0, 3)], (f) => f.title);
    assert.deepEqual(summary, summarizeCopy(findings, (f) => f.title));
    assert.equal(summary.more, findings.length - 3);
  });
});
