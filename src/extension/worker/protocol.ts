/**
 * What the extension host and its scan worker say to each other. The worker keeps a copy of each open
 * document (sent once, in chunks, then kept up to date with the editor's own edits), scans it off the
 * host's thread, keeps every finding, and answers with their counts and the few findings the host shows
 * (FindingsSummary), in a compact, columnar form; the host asks for others when it needs them (a kind
 * opened in the Findings view, a large copy).
 * Pure: imports neither 'vscode' nor Node built-ins (the same code runs in a Web Worker).
 */
import type { Category, Confidence, Finding, Redaction, Severity } from '../../engine';
import type { FindingsSummary, KindCount } from '../pure/summary';
import type { FindingQuery } from './findingList';

/** Scan options as plain data (custom rules as their settings: the worker compiles them itself). */
export interface WireScanOptions {
  readonly categories: readonly Category[];
  readonly disabledRules: readonly string[];
  /** The aiPrivacyGuard.customRules setting as written (compileCustomRules checks it). */
  readonly customRules: readonly unknown[];
  readonly allowlist: readonly string[];
  /** The workspace's fingerprint key (HMAC only): the worker's fingerprints and allowlist match the host's. */
  readonly fingerprintKey?: string;
  readonly minConfidence: Confidence;
  readonly minSeverity: Severity;
}

/** One text change, as VS Code reports it: replace `length` characters at `offset` with `text`. */
export type WireEdit = readonly [offset: number, length: number, text: string];

/** How the key of a text of its own (a file on disk, for Scan Workspace) starts: scanned once, then forgotten. */
export const OWN_TEXT_KEY = 'text:';

export type HostMessage =
  /** Part of a document's whole text; the worker's copy is replaced once `last` arrives. */
  | { readonly type: 'text'; readonly doc: string; readonly version: number; readonly chunk: string; readonly first: boolean; readonly last: boolean }
  /** Edits that turn the worker's copy at `fromVersion` into `version`, applied in order. */
  | { readonly type: 'edit'; readonly doc: string; readonly fromVersion: number; readonly version: number; readonly edits: readonly WireEdit[] }
  /**
   * Scan the copy of `doc`, which must be at `version`. `visible`: offsets of the lines on screen, scanned
   * and answered first (as a partial answer) when the document is large.
   */
  | {
      readonly type: 'scan';
      readonly id: number;
      readonly doc: string;
      readonly version: number;
      readonly options: WireScanOptions;
      /** Findings listed one by one in the answer (aiPrivacyGuard.maxDiagnosticsPerFile); all are counted. */
      readonly limit: number;
      readonly visible?: readonly [number, number];
    }
  /** Findings of the last scan of `doc` beyond those listed in its answer. */
  | { readonly type: 'query'; readonly id: number; readonly doc: string; readonly query: FindingQuery }
  /**
   * Check Before Sharing, Copy Redacted, Check Clipboard: scan the spans of `doc` (at `version`) as they will be
   * shared, joined by `eol`, and redact them. `listed`: findings answered one by one (for the prompt).
   */
  | {
      readonly type: 'share';
      readonly id: number;
      readonly doc: string;
      readonly version: number;
      readonly spans: readonly (readonly [from: number, to: number])[];
      readonly eol: string;
      readonly options: WireScanOptions;
      readonly listed: number;
    }
  | { readonly type: 'close'; readonly doc: string }
  /** Empty the engine's memory of recent values (Forget Remembered Redactions, deactivation). */
  | { readonly type: 'forget' };

export type WorkerMessage =
  | { readonly type: 'findings'; readonly id: number; readonly partial: boolean; readonly summary: WireSummary; readonly scanMs: number }
  /**
   * The answer to 'share': how many findings (and how many doubtful), the first ones with their lines in the
   * document, the document offsets of all (start, end pairs), and the redacted text with its mapping.
   */
  | {
      readonly type: 'shared';
      readonly id: number;
      readonly total: number;
      readonly doubtful: number;
      readonly listed: WireFindings;
      readonly offsets: Int32Array;
      readonly redaction: Redaction;
    }
  /** The answer to a query: findings of the document at `version`, and how many match in all. */
  | { readonly type: 'found'; readonly id: number; readonly version: number; readonly findings: WireFindings; readonly matching: number }
  /** The worker has no copy of `doc` at the requested version: the host sends the whole text again. */
  | { readonly type: 'missing'; readonly id: number; readonly doc: string }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The part of a rule that a finding repeats. */
interface WireRule {
  readonly ruleId: string;
  readonly category: Category;
  readonly kind: string;
  readonly title: string;
  readonly description: string;
}

/** Findings as columns: NUMBERS_PER_FINDING integers each, masked values and fingerprints concatenated. */
export interface WireFindings {
  readonly count: number;
  readonly rules: readonly WireRule[];
  /** Per finding: rule index, start, end, line, column, endLine, endColumn, severity * 3 + confidence. */
  readonly numbers: Int32Array;
  readonly masked: string;
  readonly maskedEnds: Int32Array;
  readonly fingerprints: string;
  readonly fingerprintEnds: Int32Array;
}

/** A FindingsSummary on the wire. */
export interface WireSummary {
  readonly total: number;
  readonly secrets: number;
  readonly kinds: readonly KindCount[];
  readonly listed: WireFindings;
}

export function encodeSummary(summary: FindingsSummary): WireSummary {
  return { total: summary.total, secrets: summary.secrets, kinds: summary.kinds, listed: encodeFindings(summary.listed) };
}

export function decodeSummary(wire: WireSummary): FindingsSummary {
  return { total: wire.total, secrets: wire.secrets, kinds: wire.kinds, listed: decodeFindings(wire.listed) };
}

const NUMBERS_PER_FINDING = 8;
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];

export function encodeFindings(findings: readonly Finding[]): WireFindings {
  const n = findings.length;
  const ruleIndex = new Map<string, number>();
  const rules: WireRule[] = [];
  const numbers = new Int32Array(n * NUMBERS_PER_FINDING);
  const maskedEnds = new Int32Array(n);
  const fingerprintEnds = new Int32Array(n);
  const masked: string[] = [];
  const fingerprints: string[] = [];
  let maskedLength = 0;
  let fingerprintLength = 0;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    let r = ruleIndex.get(f.ruleId);
    if (r === undefined) {
      r = rules.length;
      ruleIndex.set(f.ruleId, r);
      rules.push({ ruleId: f.ruleId, category: f.category, kind: f.kind, title: f.title, description: f.description });
    }
    const at = i * NUMBERS_PER_FINDING;
    numbers[at] = r;
    numbers[at + 1] = f.start;
    numbers[at + 2] = f.end;
    numbers[at + 3] = f.line;
    numbers[at + 4] = f.column;
    numbers[at + 5] = f.endLine;
    numbers[at + 6] = f.endColumn;
    numbers[at + 7] = SEVERITIES.indexOf(f.severity) * 3 + CONFIDENCES.indexOf(f.confidence);
    masked.push(f.masked);
    maskedLength += f.masked.length;
    maskedEnds[i] = maskedLength;
    fingerprints.push(f.fingerprint);
    fingerprintLength += f.fingerprint.length;
    fingerprintEnds[i] = fingerprintLength;
  }
  return { count: n, rules, numbers, masked: masked.join(''), maskedEnds, fingerprints: fingerprints.join(''), fingerprintEnds };
}

/** The typed arrays of a message, handed over to the receiver instead of copied. */
export function transferables(w: WireFindings): ArrayBuffer[] {
  return [w.numbers.buffer as ArrayBuffer, w.maskedEnds.buffer as ArrayBuffer, w.fingerprintEnds.buffer as ArrayBuffer];
}

/** Findings `from` to `to` (exclusive) of `w`, as the engine's Finding objects. */
export function decodeFindings(w: WireFindings, from = 0, to = w.count): Finding[] {
  const out: Finding[] = [];
  for (let i = from; i < to; i++) {
    const at = i * NUMBERS_PER_FINDING;
    const rule = w.rules[w.numbers[at]];
    const levels = w.numbers[at + 7];
    out.push({
      ruleId: rule.ruleId,
      category: rule.category,
      kind: rule.kind,
      title: rule.title,
      description: rule.description,
      severity: SEVERITIES[Math.floor(levels / 3)],
      confidence: CONFIDENCES[levels % 3],
      start: w.numbers[at + 1],
      end: w.numbers[at + 2],
      line: w.numbers[at + 3],
      column: w.numbers[at + 4],
      endLine: w.numbers[at + 5],
      endColumn: w.numbers[at + 6],
      masked: w.masked.slice(i === 0 ? 0 : w.maskedEnds[i - 1], w.maskedEnds[i]),
      fingerprint: w.fingerprints.slice(i === 0 ? 0 : w.fingerprintEnds[i - 1], w.fingerprintEnds[i]),
    });
  }
  return out;
}

/** Apply edits (in order) to a text. */
export function applyEdits(text: string, edits: readonly WireEdit[]): string {
  let out = text;
  for (const [offset, length, insert] of edits) out = out.slice(0, offset) + insert + out.slice(offset + length);
  return out;
}
