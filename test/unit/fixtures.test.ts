/**
 * Fixture snapshots (secretlint-style): every file under test/fixtures/ok must produce no finding at all,
 * every file under test/fixtures/low (documentation and test values) findings at severity low only,
 * and every file under test/fixtures/ng must produce exactly the findings (rule id and 1-based line)
 * listed in its sibling `<file>.expected.json`. Regenerate one with `npx tsx scripts/fixture-snapshot.ts FILE`,
 * then review the diff by hand.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../src/catalogue';
import { snapshotOf } from '../snapshot';

const root = join(__dirname, '..', 'fixtures');
const files = (dir: string) =>
  readdirSync(join(root, dir)).filter((f) => !f.endsWith('.expected.json')).sort();

describe('fixtures', () => {
  // Documentation values and placeholders are reported at low severity (demoted, never dropped): an ok file shows
  // nothing at the default severity, what a user sees.
  describe('ok (no findings at the default severity)', () => {
    for (const f of files('ok')) {
      it(f, () => {
        const found = scan(readFileSync(join(root, 'ok', f), 'utf8'), { minSeverity: 'medium' });
        assert.deepEqual(found.map((x) => `${x.ruleId}@${x.line + 1} ${x.masked}`), []);
      });
    }
  });
  describe('low (documentation and test values: found, at low severity only)', () => {
    for (const f of files('low')) {
      it(f, () => {
        const found = scan(readFileSync(join(root, 'low', f), 'utf8'));
        assert.ok(found.length > 0, `${f}: a low fixture must hold values that are found`);
        assert.deepEqual(found.filter((x) => x.severity !== 'low').map((x) => `${x.ruleId}@${x.line + 1} ${x.masked}`), []);
      });
    }
  });
  describe('ng (expected findings)', () => {
    for (const f of files('ng')) {
      it(f, () => {
        const expected = JSON.parse(readFileSync(join(root, 'ng', `${f}.expected.json`), 'utf8'));
        assert.ok(expected.length > 0, `${f}: an ng fixture must expect at least one finding`);
        assert.deepEqual(snapshotOf(readFileSync(join(root, 'ng', f), 'utf8')), expected);
      });
    }
  });
});
