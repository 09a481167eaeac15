/**
 * Redaction: replace each finding with a typed placeholder ([REDACTED_AWS_ACCESS_KEY_1]), the same
 * value always getting the same placeholder within one text, and return the mapping so that a caller
 * can restore the originals later (the mapping holds raw values: keep it in memory only).
 */
import type { Finding } from './types';

export interface Redaction {
  /** The text with every finding replaced. */
  readonly text: string;
  /** Placeholder -> original value. */
  readonly mapping: ReadonlyMap<string, string>;
  /** How many spans were replaced. */
  readonly replaced: number;
}

export const PLACEHOLDER_PATTERN = /\[REDACTED_[A-Z0-9_]+?_\d+\]/g;

/**
 * `text` with each redaction placeholder blanked out (same length, so offsets hold): a placeholder is never
 * a context word ("[REDACTED_DATE_OF_BIRTH_1]" must not label the date after it).
 */
export function withoutPlaceholders(text: string): string {
  return text.includes('[REDACTED_') ? text.replace(PLACEHOLDER_PATTERN, (m) => ' '.repeat(m.length)) : text;
}

/** `text` with each finding replaced (only their offsets and kinds are read). */
export function redact(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'kind'>[]): Redaction {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const byValue = new Map<string, string>();
  const mapping = new Map<string, string>();
  const counters = new Map<string, number>();
  // Placeholder-like text already in the input must never be handed out again, or restore() would
  // replace the input's own text too.
  const taken = new Set(text.match(PLACEHOLDER_PATTERN) ?? []);
  const parts: string[] = [];
  let pos = 0;
  let replaced = 0;
  for (const f of sorted) {
    if (f.start < pos || f.end > text.length || f.start >= f.end) continue; // overlapping or stale
    const value = text.slice(f.start, f.end);
    const kind = f.kind.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    const key = `${kind}\u0000${value}`;
    let placeholder = byValue.get(key);
    if (!placeholder) {
      let n = counters.get(kind) ?? 0;
      do placeholder = `[REDACTED_${kind}_${++n}]`;
      while (taken.has(placeholder));
      counters.set(kind, n);
      byValue.set(key, placeholder);
      mapping.set(placeholder, value);
    }
    parts.push(text.slice(pos, f.start), placeholder);
    pos = f.end;
    replaced++;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), mapping, replaced };
}

/** Put the original values back wherever their placeholders appear (e.g. in an AI's answer). */
export function restore(text: string, mapping: ReadonlyMap<string, string>): { text: string; restored: number } {
  let restored = 0;
  const out = text.replace(PLACEHOLDER_PATTERN, (ph) => {
    const original = mapping.get(ph);
    if (original === undefined) return ph;
    restored++;
    return original;
  });
  return { text: out, restored };
}
