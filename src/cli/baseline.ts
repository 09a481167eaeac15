/**
 * Baselines: accepted findings, by fingerprint (a hash of rule id and value, never the value itself).
 * The file lists one entry per fingerprint and path, sorted, with no line numbers, so it survives edits
 * that move a finding and does not churn in merges. Only the fingerprint is used for matching; rule id
 * and path are there for the human reviewing the file.
 */
import { parseJson } from './json';
import type { FileFindings } from './report';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly path: string;
}

export interface BaselineFile {
  readonly version: typeof BASELINE_VERSION;
  readonly tool: 'ai-privacy-guard';
  readonly findings: readonly BaselineEntry[];
}

const FINGERPRINT = /^[0-9a-f]{16,128}$/;

/** Parse a baseline file's text; throws an Error with a message fit for the user when it is not one. */
export function parseBaseline(text: string): Set<string> {
  let data: unknown;
  try {
    data = parseJson(text);
  } catch (e) {
    throw new Error(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const obj = data as Partial<BaselineFile> | null;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('expected an object with "findings"');
  if (obj.version !== BASELINE_VERSION) throw new Error(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.findings)) throw new Error('"findings" must be a list');
  const out = new Set<string>();
  obj.findings.forEach((e: unknown, i) => {
    const fp = (e as Partial<BaselineEntry> | null)?.fingerprint;
    if (typeof fp !== 'string' || !FINGERPRINT.test(fp)) throw new Error(`entry ${i + 1} has no valid "fingerprint"`);
    out.add(fp);
  });
  return out;
}

/** The baseline text for the given findings: deterministic, sorted by fingerprint then path. */
export function formatBaseline(files: readonly FileFindings[]): string {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      const key = `${f.fingerprint}\u0000${file.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: file.path });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  entries.sort((a, b) => cmp(a.fingerprint, b.fingerprint) || cmp(a.path, b.path));
  const body: BaselineFile = { version: BASELINE_VERSION, tool: 'ai-privacy-guard', findings: entries };
  return JSON.stringify(body, null, 2) + '\n';
}
