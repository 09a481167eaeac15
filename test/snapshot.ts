/** The fixture snapshot format shared by the fixture test and scripts/fixture-snapshot.ts. */
import { scan } from '../src/catalogue';

export function snapshotOf(text: string): { ruleId: string; line: number }[] {
  return scan(text).map((f) => ({ ruleId: f.ruleId, line: f.line + 1 }));
}
