/** Counting and listing findings for people (status bar, prompts). Pure; masked values only. */
import type { Confidence, Finding } from '../../engine';

export interface Counts {
  readonly secrets: number;
  readonly pii: number;
}

/**
 * Counts of each list of findings, kept while the list lives: a file's findings are counted by the status
 * bar on every change of editor, and a log holds a hundred thousand of them.
 */
const counted = new WeakMap<readonly Finding[], Counts>();

export function countFindings(findings: readonly Finding[]): Counts {
  let counts = counted.get(findings);
  if (!counts) {
    let secrets = 0;
    for (const f of findings) if (f.category === 'secret') secrets++;
    counted.set(findings, (counts = { secrets, pii: findings.length - secrets }));
  }
  return counts;
}

/**
 * One line per finding, `Line 3: AWS access key ID (AKIA…WXYZ)`, at most `limit` lines plus a last
 * line saying how many more there are. `lineOffset` is added to the 0-based line (for selections).
 */
export function listFindings(
  findings: readonly Finding[],
  format: (line: number, title: string, masked: string, confidence: Confidence) => string,
  more: (count: number) => string,
  limit = 15,
  lineOffset = 0,
): string[] {
  const lines = findings.slice(0, limit).map((f) => format(f.line + lineOffset + 1, f.title, f.masked, f.confidence));
  if (findings.length > limit) lines.push(more(findings.length - limit));
  return lines;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * Which findings of a file Problems lists one by one when there are more than `limit`: secrets before
 * personal data, then by severity, then in file order, so that a key on line 90,000 is not hidden behind
 * the IP addresses of the first lines. Also counts every finding per title (for the summary line).
 */
export function findingsToList(findings: readonly Finding[], limit: number): FindingsToList {
  if (findings.length <= limit) return { shown: findings, perTitle: new Map() };
  // Kept while the list lives: Problems is published again on every settings or exclusion change.
  const known = listed.get(findings);
  if (known?.limit === limit) return known;
  const result = { ...chooseFindings(findings, limit), limit };
  listed.set(findings, result);
  return result;
}

interface FindingsToList {
  readonly shown: readonly Finding[];
  readonly perTitle: ReadonlyMap<string, number>;
}

const listed = new WeakMap<readonly Finding[], FindingsToList & { limit: number }>();

function chooseFindings(findings: readonly Finding[], limit: number): FindingsToList {
  const perTitle = new Map<string, number>();
  for (const f of findings) perTitle.set(f.title, (perTitle.get(f.title) ?? 0) + 1);
  // One pass into buckets by rank (each keeps at most `limit` indices, in file order): linear, where a
  // sort of a hundred thousand findings would hold the extension host up.
  const buckets: number[][] = [[], [], [], [], [], []];
  findings.forEach((f, i) => {
    const bucket = buckets[(f.category === 'secret' ? 0 : 3) + SEVERITY_ORDER[f.severity]];
    if (bucket.length < limit) bucket.push(i);
  });
  const chosen: number[] = [];
  for (const bucket of buckets) for (let i = 0; i < bucket.length && chosen.length < limit; i++) chosen.push(bucket[i]);
  const shown = chosen.sort((a, b) => a - b).map((i) => findings[i]);
  return { shown, perTitle: new Map([...perTitle].sort((a, b) => b[1] - a[1])) };
}
