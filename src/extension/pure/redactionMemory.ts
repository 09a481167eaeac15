/**
 * In-memory record of placeholder -> original value for "Paste Restoring Redactions". It lives only as
 * long as the window: never written to disk, logged or shown. The engine numbers placeholders per
 * text from 1; successive redactions are renumbered here so that one placeholder always means one
 * value in this window, and a value redacted again gets the placeholder it had before.
 */
import { PLACEHOLDER_PATTERN, restore, type Redaction } from '../../engine';

const PLACEHOLDER_PARTS = /^\[REDACTED_([A-Z0-9_]+?)_(\d+)\]$/;

export class RedactionMemory {
  private readonly byPlaceholder = new Map<string, string>();
  private readonly byValue = new Map<string, string>();
  private readonly lastNumber = new Map<string, number>();

  /** Number of remembered placeholders (never their values). */
  get size(): number {
    return this.byPlaceholder.size;
  }

  /** Remember a redaction; returns its text with placeholders made unique within this window. */
  remember(redaction: Redaction): string {
    const renamed = new Map<string, string>();
    for (const [placeholder, value] of redaction.mapping) {
      const parts = PLACEHOLDER_PARTS.exec(placeholder);
      const kind = parts ? parts[1] : 'SECRET';
      const key = `${kind}\u0000${value}`;
      let unique = this.byValue.get(key);
      if (!unique) {
        const n = (this.lastNumber.get(kind) ?? 0) + 1;
        this.lastNumber.set(kind, n);
        unique = `[REDACTED_${kind}_${n}]`;
        this.byValue.set(key, unique);
        this.byPlaceholder.set(unique, value);
      }
      renamed.set(placeholder, unique);
    }
    // Most often every placeholder keeps its name (the first redaction in the window): no pass over a text
    // that may hold megabytes.
    if ([...renamed].every(([placeholder, unique]) => placeholder === unique)) return redaction.text;
    return redaction.text.replace(PLACEHOLDER_PATTERN, (ph) => renamed.get(ph) ?? ph);
  }

  /** Put remembered originals back in place of their placeholders. */
  restore(text: string): { text: string; restored: number } {
    return restore(text, this.byPlaceholder);
  }

  clear(): void {
    this.byPlaceholder.clear();
    this.byValue.clear();
    this.lastNumber.clear();
  }
}
