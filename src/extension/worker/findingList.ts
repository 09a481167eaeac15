/**
 * Every finding of one document, in the scan worker: the extension host gets their counts and the few it
 * shows (FindingsSummary), and asks for more when it needs them. After an edit, an incremental rescan's
 * splice is applied in place: the findings after the change move by changing numbers in arrays, never by
 * copying a finding, so that an edit costs what the text around it costs, not what a log of a hundred
 * thousand findings would.
 * Pure: imports neither 'vscode' nor Node built-ins.
 */
import type { Category, Finding } from '../../engine';
import type { FindingSpans, FindingsSplice } from '../../engine/incremental';
import { chooseListed, listingRank, sortKinds, type FindingsSummary } from '../pure/summary';

/**
 * Which findings a query asks for: one title, one category, those overlapping [from, to) (or, `whole`, lying
 * whole inside it); at most `max` of them.
 */
export interface FindingQuery {
  readonly title?: string;
  readonly category?: Category;
  readonly span?: readonly [from: number, to: number];
  readonly whole?: boolean;
  readonly max: number;
}

export class FindingList implements FindingSpans {
  /** The findings as scanned: their rule, values, columns; where they stand now is in the arrays below. */
  private readonly items: Finding[];
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly lines: number[];
  private readonly endLines: number[];
  private readonly ranks: number[];
  private readonly kinds = new Map<string, { title: string; category: Category; count: number }>();
  private secrets = 0;

  constructor(findings: readonly Finding[]) {
    this.items = findings.slice();
    this.starts = findings.map((f) => f.start);
    this.ends = findings.map((f) => f.end);
    this.lines = findings.map((f) => f.line);
    this.endLines = findings.map((f) => f.endLine);
    this.ranks = findings.map(listingRank);
    for (const f of findings) this.count(f, 1);
  }

  get length(): number {
    return this.items.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  line(i: number): number {
    return this.lines[i];
  }

  /** The i-th finding where it now stands. */
  at(i: number): Finding {
    const f = this.items[i];
    return {
      ruleId: f.ruleId,
      category: f.category,
      kind: f.kind,
      title: f.title,
      description: f.description,
      severity: f.severity,
      confidence: f.confidence,
      start: this.starts[i],
      end: this.ends[i],
      line: this.lines[i],
      column: f.column,
      endLine: this.endLines[i],
      endColumn: f.endColumn,
      masked: f.masked,
      fingerprint: f.fingerprint,
    };
  }

  /** Apply an incremental rescan's splice (see rescanSplice). */
  update({ from, to, fresh, shift, lineShift }: FindingsSplice): void {
    for (let i = from; i < to; i++) this.count(this.items[i], -1);
    for (const f of fresh) this.count(f, 1);
    if (shift !== 0 || lineShift !== 0) {
      for (let i = to; i < this.items.length; i++) {
        this.starts[i] += shift;
        this.ends[i] += shift;
        this.lines[i] += lineShift;
        this.endLines[i] += lineShift;
      }
    }
    const removed = to - from;
    replaceRange(this.items, from, removed, fresh);
    replaceRange(this.starts, from, removed, fresh.map((f) => f.start));
    replaceRange(this.ends, from, removed, fresh.map((f) => f.end));
    replaceRange(this.lines, from, removed, fresh.map((f) => f.line));
    replaceRange(this.endLines, from, removed, fresh.map((f) => f.endLine));
    replaceRange(this.ranks, from, removed, fresh.map(listingRank));
  }

  /** Counts, and the findings listed one by one (at most `limit`, see chooseListed). */
  summary(limit: number): FindingsSummary {
    const n = this.items.length;
    const listed = n <= limit ? Array.from({ length: n }, (_, i) => i) : chooseListed(n, (i) => this.ranks[i], limit);
    return { total: n, secrets: this.secrets, kinds: sortKinds(this.kinds.values()), listed: listed.map((i) => this.at(i)) };
  }

  /** The findings a query asks for, in file order, and how many match in all. */
  query({ title, category, span, whole, max }: FindingQuery): { findings: Finding[]; matching: number } {
    let from = 0;
    let to = this.items.length;
    if (span) {
      // Sorted and non-overlapping: the ends grow with the starts.
      from = whole ? firstAtLeast(this.starts, span[0]) : firstAtLeast(this.ends, span[0] + 1);
      to = whole ? firstAtLeast(this.ends, span[1] + 1) : firstAtLeast(this.starts, span[1]);
    }
    const findings: Finding[] = [];
    let matching = 0;
    for (let i = from; i < to; i++) {
      if (title !== undefined && this.items[i].title !== title) continue;
      if (category !== undefined && this.items[i].category !== category) continue;
      if (matching++ < max) findings.push(this.at(i));
    }
    return { findings, matching };
  }

  private count(f: Finding, by: 1 | -1): void {
    if (f.category === 'secret') this.secrets += by;
    const kind = this.kinds.get(f.title);
    if (kind) kind.count += by;
    else this.kinds.set(f.title, { title: f.title, category: f.category, count: by });
  }
}

/** The first index whose value is at least x, in a sorted array. */
function firstAtLeast(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** list.splice(from, removed, ...values), for any number of values (a spread has a limit). */
function replaceRange<T>(list: T[], from: number, removed: number, values: readonly T[]): void {
  if (values.length <= 10_000) {
    list.splice(from, removed, ...values);
    return;
  }
  const tail = list.slice(from + removed);
  list.length = from;
  for (const v of values) list.push(v);
  for (const v of tail) list.push(v);
}
