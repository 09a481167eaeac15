/** Writes `<file>.expected.json` for ng fixtures: `npx tsx scripts/fixture-snapshot.ts test/fixtures/ng/x.env ...` */
import { readFileSync, writeFileSync } from 'node:fs';
import { snapshotOf } from '../test/snapshot';

for (const file of process.argv.slice(2)) {
  const snap = snapshotOf(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.expected.json`, JSON.stringify(snap, null, 2) + '\n');
  console.log(`${file}: ${snap.length} findings: ${snap.map((s) => `${s.ruleId}@${s.line}`).join(', ')}`);
}
