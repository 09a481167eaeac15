/**
 * Scores the scanner on labelled samples: which expected values it covers (recall, per kind and per
 * syntax), which findings cover nothing expected (precision), and how many negative samples raise a false
 * alarm, at each reporting threshold.
 */
import { scan } from '../../src/catalogue';
import type { Confidence, Finding, Severity } from '../../src/engine';
import { parseCommandLine, type ScanCommand } from '../../src/cli/options';
import type { Expected, Sample } from './types';

export interface Threshold {
  readonly name: string;
  readonly minConfidence: Confidence;
  readonly minSeverity: Severity;
}

/** The CLI's defaults, as `ai-privacy-guard scan` applies them. */
const cliDefaults = parseCommandLine(['scan']) as ScanCommand;

export const THRESHOLDS: readonly Threshold[] = [
  { name: 'default', minConfidence: cliDefaults.minConfidence, minSeverity: cliDefaults.minSeverity },
  { name: 'min-severity low', minConfidence: cliDefaults.minConfidence, minSeverity: 'low' },
  // At the moment of sharing (Check Before Sharing, Copy Redacted, --redact) everything plausible counts.
  { name: 'sharing', minConfidence: 'low', minSeverity: cliDefaults.minSeverity },
];

/** A value counts as found when findings cover at least this share of its characters. */
const MIN_COVERAGE = 0.8;

/** Found / total. */
export interface Ratio {
  found: number;
  total: number;
}

export interface Scores {
  readonly threshold: Threshold;
  readonly byCategory: Map<string, Ratio>;
  readonly byKind: Map<string, Ratio>;
  readonly bySyntax: Map<string, Ratio>;
  /** Findings that cover a wanted value / all findings. */
  readonly precision: Ratio;
  /** Negative samples with a false alarm / negative samples, overall and per class. */
  readonly negatives: Ratio;
  readonly negativesByClass: Map<string, Ratio>;
  /** Documentation and placeholder values (Expected.severity 'low') reported at this threshold. */
  readonly lowValuesShown: Ratio;
  /** The samples with a missed value or a false alarm, for --show. */
  readonly misses: { sample: Sample; missed: readonly Expected[]; falseAlarms: readonly Finding[] }[];
}

const bump = (map: Map<string, Ratio>, key: string, found: boolean) => {
  const r = map.get(key) ?? { found: 0, total: 0 };
  r.total++;
  if (found) r.found++;
  map.set(key, r);
};

/** Every [start, end) where `value` occurs in `text`. */
function occurrences(text: string, value: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = text.indexOf(value); i >= 0 && value.length > 0; i = text.indexOf(value, i + 1)) spans.push([i, i + value.length]);
  return spans;
}

/** The share of [start, end) that the findings cover. */
function coverage(findings: readonly Finding[], start: number, end: number): number {
  let covered = 0;
  let at = start;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const s = Math.max(f.start, at);
    const e = Math.min(f.end, end);
    if (e > s) {
      covered += e - s;
      at = e;
    }
  }
  return covered / (end - start);
}

const overlaps = (f: Finding, [s, e]: [number, number]) => f.start < e && f.end > s;

export function score(samples: readonly Sample[], thresholds: readonly Threshold[] = THRESHOLDS): Scores[] {
  const results: Scores[] = thresholds.map((threshold) => ({
    threshold,
    byCategory: new Map(),
    byKind: new Map(),
    bySyntax: new Map(),
    precision: { found: 0, total: 0 },
    negatives: { found: 0, total: 0 },
    negativesByClass: new Map(),
    lowValuesShown: { found: 0, total: 0 },
    misses: [],
  }));
  for (const sample of samples) {
    const cache = new Map<string, Finding[]>();
    for (const r of results) {
      const t = r.threshold;
      // Each threshold scans as the CLI would with it; identical thresholds share a scan.
      const key = `${t.minConfidence}/${t.minSeverity}`;
      let findings = cache.get(key);
      if (!findings) {
        findings = scan(sample.text, { minConfidence: t.minConfidence, minSeverity: t.minSeverity });
        cache.set(key, findings);
      }
      const hidesLow = t.minSeverity !== 'low';
      const wanted: [number, number][] = [];
      const missed: Expected[] = [];
      let alarm = false;
      for (const e of sample.expected) {
        const spans = occurrences(sample.text, e.value);
        if (spans.length === 0) throw new Error(`${sample.generator}/${sample.syntax}: expected value not in its text`);
        const found = spans.some(([s, end]) => coverage(findings, s, end) >= MIN_COVERAGE);
        if (e.severity === 'low') {
          r.lowValuesShown.total++;
          if (found) r.lowValuesShown.found++;
          // Hidden by default: shown there, it is a false alarm; at 'low' it must be found.
          if (hidesLow) {
            if (found) alarm = true;
            continue;
          }
          if (!found) missed.push(e);
          wanted.push(...spans);
          continue;
        }
        wanted.push(...spans);
        bump(r.byCategory, e.category, found);
        bump(r.byKind, `${e.category}/${e.kind}`, found);
        bump(r.bySyntax, `${e.category}/${sample.syntax}`, found);
        if (!found) missed.push(e);
      }
      const falseAlarms = findings.filter((f) => !wanted.some((span) => overlaps(f, span)));
      r.precision.total += findings.length;
      r.precision.found += findings.length - falseAlarms.length;
      if (sample.negative !== undefined) {
        const isAlarm = alarm || falseAlarms.length > 0;
        r.negatives.total++;
        if (isAlarm) r.negatives.found++;
        bump(r.negativesByClass, sample.negative, isAlarm);
      }
      if (missed.length > 0 || falseAlarms.length > 0 || alarm) r.misses.push({ sample, missed, falseAlarms });
    }
  }
  return results;
}

export const rate = (r: Ratio | undefined) => (r && r.total > 0 ? r.found / r.total : NaN);
