/**
 * The decisions behind the copy warning, free of VS Code: which categories a setting warns about,
 * which findings of a copy are worth a warning, and "at most once per identical copy per minute".
 * Pure, for unit tests.
 */
import type { Category, Finding } from '../../engine';

/** aiPrivacyGuard.warnOnCopy */
export type WarnOnCopy = 'secrets' | 'secretsAndPii' | 'off';
export const WARN_ON_COPY_VALUES: readonly WarnOnCopy[] = ['secrets', 'secretsAndPii', 'off'];

export function warnedCategories(mode: WarnOnCopy): readonly Category[] {
  switch (mode) {
    case 'secrets':
      return ['secret'];
    case 'secretsAndPii':
      return ['secret', 'pii'];
    case 'off':
      return [];
  }
}

/** How long the same copy is not warned about again. */
export const REPEAT_WINDOW_MS = 60_000;

/**
 * Remembers which copies were warned about, by a key naming the document, its version and the copied
 * ranges (never the text): copying the same thing twice within a minute warns once.
 */
export class RecentCopies {
  private readonly warnedAt = new Map<string, number>();

  constructor(
    private readonly windowMs = REPEAT_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** true if `key` was not warned about within the window; records it as warned now. */
  claim(key: string): boolean {
    const now = this.now();
    for (const [k, at] of this.warnedAt) if (now - at >= this.windowMs) this.warnedAt.delete(k);
    if (this.warnedAt.has(key)) return false;
    this.warnedAt.set(key, now);
    return true;
  }
}

/** Counts and the distinct kinds of a copy's findings, in the order they were copied. */
export interface CopySummary {
  readonly secrets: number;
  readonly pii: number;
  /** `AWS secret access key Zq8v…iO5r` per finding (masked preview only), at most `limit`. */
  readonly items: readonly string[];
  /** Findings beyond `limit`. */
  readonly more: number;
}

export function summarizeCopy(findings: readonly Finding[], title: (f: Finding) => string, limit = 3): CopySummary {
  let secrets = 0;
  for (const f of findings) if (f.category === 'secret') secrets++;
  return copySummaryOf(secrets, findings.length - secrets, findings, title, limit);
}

/**
 * The summary of a copy from its counts and some of its findings (`first`: at least the first `limit` secrets and
 * the first `limit` pieces of personal data), when the copy is too large for its findings to be read one by one.
 */
export function copySummaryOf(secrets: number, pii: number, first: readonly Finding[], title: (f: Finding) => string, limit = 3): CopySummary {
  // Secrets first: they are what the warning is mostly about.
  const ordered = [...first].sort((a, b) => (a.category === b.category ? a.start - b.start : a.category === 'secret' ? -1 : 1));
  const items = ordered.slice(0, limit).map((f) => (f.masked ? `${title(f)} ${f.masked}` : title(f)));
  return { secrets, pii, items, more: Math.max(0, secrets + pii - items.length) };
}

/** A stable key for one copy: document, version and ranges (line:col-line:col), never the text. */
export function copyKey(uri: string, version: number, ranges: readonly { start: { line: number; character: number }; end: { line: number; character: number } }[]): string {
  const spans = ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);
  return `${uri}@${version}#${spans.join(',')}`;
}
