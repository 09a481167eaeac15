/** Counting and listing findings for people (Problems, status bar, prompts). Pure; masked values only. */
import type { Category, Confidence, Finding } from '../../engine';

/** How many findings of one title (kind) a file holds. */
export interface KindCount {
  readonly title: string;
  readonly category: Category;
  readonly count: number;
}

/**
 * A file's findings as the extension host holds them: every finding counted, and only those it shows listed
 * one by one. A log holds a hundred thousand findings: the scan worker keeps them all, and answers for the
 * rest on request (the Findings view, a large copy).
 */
export interface FindingsSummary {
  readonly total: number;
  readonly secrets: number;
  /** Findings per title, most first. */
  readonly kinds: readonly KindCount[];
  /**
   * In file order: every finding up to the limit (aiPrivacyGuard.maxDiagnosticsPerFile), past it the ones
   * Problems lists (see chooseListed).
   */
  readonly listed: readonly Finding[];
}

export const NO_FINDINGS: FindingsSummary = { total: 0, secrets: 0, kinds: [], listed: [] };

/**
 * One line per finding, `Line 3: AWS access key ID (AKIA…WXYZ)`, at most `limit` lines plus a last
 * line saying how many more there are of `total`. `lineOffset` is added to the 0-based line (for selections).
 */
export function listFindings(
  findings: readonly Finding[],
  format: (line: number, title: string, masked: string, confidence: Confidence) => string,
  more: (count: number) => string,
  limit = 15,
  lineOffset = 0,
  total = findings.length,
): string[] {
  const lines = findings.slice(0, limit).map((f) => format(f.line + lineOffset + 1, f.title, f.masked, f.confidence));
  const listed = Math.min(limit, findings.length);
  if (total > listed) lines.push(more(total - listed));
  return lines;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Where a finding comes in the order of listing: secrets before personal data, then by severity. */
export function listingRank(f: Pick<Finding, 'category' | 'severity'>): number {
  return (f.category === 'secret' ? 0 : 3) + SEVERITY_ORDER[f.severity];
}

/**
 * Which of `count` findings (in file order, ranked by `rankOf`, see listingRank) are listed one by one when
 * there are more than `limit`: the best ranked first, in file order within a rank, so that a key on line
 * 90,000 is not hidden behind the IP addresses of the first lines. Their indices, in file order.
 */
export function chooseListed(count: number, rankOf: (i: number) => number, limit: number): number[] {
  // One pass into buckets by rank (each keeps at most `limit` indices): linear, where a sort of a hundred
  // thousand findings would take long.
  const buckets: number[][] = [[], [], [], [], [], []];
  for (let i = 0; i < count; i++) {
    const bucket = buckets[rankOf(i)];
    if (bucket.length < limit) bucket.push(i);
  }
  const chosen: number[] = [];
  for (const bucket of buckets) for (let i = 0; i < bucket.length && chosen.length < limit; i++) chosen.push(bucket[i]);
  return chosen.sort((a, b) => a - b);
}

/** Findings per title, most first (then by title), leaving out titles no longer found. */
export function sortKinds(kinds: Iterable<KindCount>): KindCount[] {
  return [...kinds]
    .filter((k) => k.count > 0)
    .map((k) => ({ ...k }))
    .sort((a, b) => b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/** The summary of a whole list of findings (a scan on this thread, a file of Scan Workspace). */
export function summarizeFindings(findings: readonly Finding[], limit: number): FindingsSummary {
  const kinds = new Map<string, { title: string; category: Category; count: number }>();
  let secrets = 0;
  for (const f of findings) {
    if (f.category === 'secret') secrets++;
    const kind = kinds.get(f.title);
    if (kind) kind.count++;
    else kinds.set(f.title, { title: f.title, category: f.category, count: 1 });
  }
  const listed = findings.length <= limit ? findings : chooseListed(findings.length, (i) => listingRank(findings[i]), limit).map((i) => findings[i]);
  return { total: findings.length, secrets, kinds: sortKinds(kinds.values()), listed };
}
