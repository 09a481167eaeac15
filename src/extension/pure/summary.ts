/** Counting and listing findings for people (status bar, prompts). Pure; masked values only. */
import type { Confidence, Finding } from '../../engine';

export interface Counts {
  readonly secrets: number;
  readonly pii: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let secrets = 0;
  for (const f of findings) if (f.category === 'secret') secrets++;
  return { secrets, pii: findings.length - secrets };
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
