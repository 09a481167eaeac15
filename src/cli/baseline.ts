/**
 * Baselines: accepted findings, by fingerprint (a keyed hash of rule id and value, never the value itself).
 * The file lists one entry per fingerprint and path, sorted, with no line numbers, so it survives edits
 * that move a finding and does not churn in merges. Only the fingerprint is used for matching; rule id
 * and path are there for the human reviewing the file (and let a scan skip fingerprinting findings of a
 * rule the baseline never names).
 *
 * Version 2 holds the random key its fingerprints were made with: the key must sit beside them for the next
 * run to match, so guessable values (PII, short passwords) go through scrypt, and each guess at one costs
 * milliseconds (src/engine/fingerprint.ts). Version 1 files (unkeyed SHA-256) are still read, with a note
 * to rewrite them.
 */
import { Fingerprinter, legacyFingerprint, isFingerprintKey, newFingerprintKey, type Finding } from '../engine';
import { parseJson } from './json';
import type { FileFindings } from './report';

export const BASELINE_VERSION = 2;
/** Version 1: unkeyed fingerprints, read but no longer written. */
const LEGACY_VERSION = 1;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly path: string;
}

export interface BaselineFile {
  readonly version: typeof BASELINE_VERSION;
  readonly tool: 'ai-privacy-guard';
  /** The fingerprints' key (64 hex digits). It never goes into a report. */
  readonly key: string;
  readonly findings: readonly BaselineEntry[];
}

const FINGERPRINT = /^[0-9a-f]{16,128}$/;

/** A baseline as read: which findings it accepts. */
export interface Baseline {
  /** The key of its fingerprints; undefined for a version-1 file. */
  readonly key: string | undefined;
  /** True for a version-1 file (unkeyed fingerprints): it should be rewritten. */
  readonly legacy: boolean;
  /** Whether it accepts finding `f`, whose value is `value` (fingerprints are only worked out for rules it names). */
  accepts(f: Finding, value: string): boolean;
}

/** Parse a baseline file's text; throws an Error with a message fit for the user when it is not one. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = parseJson(text);
  } catch (e) {
    throw new Error(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const obj = data as (Partial<Omit<BaselineFile, 'version'>> & { version?: unknown }) | null;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('expected an object with "findings"');
  if (obj.version !== BASELINE_VERSION && obj.version !== LEGACY_VERSION) {
    throw new Error(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  }
  const legacy = obj.version === LEGACY_VERSION;
  if (!legacy && !isFingerprintKey(obj.key)) throw new Error('"key" must be 64 hex digits');
  if (!Array.isArray(obj.findings)) throw new Error('"findings" must be a list');
  const fingerprints = new Set<string>();
  const ruleIds = new Set<string>();
  obj.findings.forEach((e: unknown, i) => {
    const entry = e as Partial<BaselineEntry> | null;
    const fp = entry?.fingerprint;
    if (typeof fp !== 'string' || !FINGERPRINT.test(fp)) throw new Error(`entry ${i + 1} has no valid "fingerprint"`);
    fingerprints.add(fp);
    // An entry without a rule id (hand-edited) makes every finding worth a look.
    ruleIds.add(typeof entry?.ruleId === 'string' ? entry.ruleId : '*');
  });
  return {
    key: legacy ? undefined : obj.key,
    legacy,
    accepts: (f, value) =>
      (ruleIds.has(f.ruleId) || ruleIds.has('*')) && fingerprints.has(legacy ? legacyFingerprint(f.ruleId, value) : f.fingerprint),
  };
}

/**
 * The fingerprinter of a run: under the baseline's key when it has one (so that a baseline written now
 * matches the next run), else under a new key. `stored`: the key is kept in a baseline file (read or about
 * to be written), so guessable values need the slow KDF; a key that dies with the run needs none (the
 * report's fingerprints are then stable within the run only).
 */
export function baselineFingerprinter(key: string | undefined, stored: boolean): { key: string; fingerprinter: Fingerprinter } {
  const k = key ?? newFingerprintKey();
  return { key: k, fingerprinter: new Fingerprinter(k, { keyStoredWithFingerprints: stored }) };
}

/**
 * The baseline text for the given findings, their fingerprints made under `key`: deterministic for one key,
 * sorted by fingerprint then path.
 */
export function formatBaseline(files: readonly FileFindings[], key: string): string {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      const entryKey = `${f.fingerprint}\u0000${file.path}`;
      if (seen.has(entryKey)) continue;
      seen.add(entryKey);
      entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: file.path });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  entries.sort((a, b) => cmp(a.fingerprint, b.fingerprint) || cmp(a.path, b.path));
  const body: BaselineFile = { version: BASELINE_VERSION, tool: 'ai-privacy-guard', key, findings: entries };
  return JSON.stringify(body, null, 2) + '\n';
}
