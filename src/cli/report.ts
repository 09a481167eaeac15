/**
 * Report formats: text (for people), JSON (stable, documented in src/cli/README.md) and SARIF 2.1.0.
 * Every format shows a finding's masked preview only, never the raw value.
 */
import type * as Sarif from 'sarif';
import { styleText } from 'node:util';
import type { Finding, Rule, Severity } from '../engine';

export const TOOL_NAME = 'ai-privacy-guard';
/**
 * Key of the engine fingerprint in SARIF partialFingerprints (versioned, as SARIF recommends). v2: keyed
 * (the baseline's key, or a new one per run without a baseline); the key is never in the report.
 */
export const SARIF_FINGERPRINT_KEY = 'aiPrivacyGuard/v2';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface FileFindings {
  /** Display path (forward slashes, relative to the working folder when inside it), or '<stdin>'. */
  readonly path: string;
  readonly findings: readonly Finding[];
}

export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

/** A file that could not be read or scanned: the run goes on and exits 2. */
export interface FailedFile {
  readonly path: string;
  /** What went wrong, without any of the file's content ("cannot read: EACCES: ...", "internal error (RangeError)"). */
  readonly error: string;
}

export interface ScanReport {
  readonly toolVersion: string;
  /** Absolute working folder (SARIF's %SRCROOT%). */
  readonly cwd: string;
  /** Files scanned, in path order, each with its reported findings (after baseline filtering). */
  readonly files: readonly FileFindings[];
  readonly skipped: readonly SkippedFile[];
  readonly failed: readonly FailedFile[];
  /** Findings left out because their fingerprint is in the baseline. */
  readonly baselined: number;
  /** The rules that ran (built-in ones enabled by the options, then custom ones). */
  readonly rules: readonly Rule[];
}

export const STDIN_PATH = '<stdin>';

const pluralize = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function allFindings(report: ScanReport): { path: string; finding: Finding }[] {
  return report.files.flatMap((f) => f.findings.map((finding) => ({ path: f.path, finding })));
}

// ---------------------------------------------------------------------------------------------- text

type Style = Parameters<typeof styleText>[0];
const SEVERITY_COLOUR: Record<Severity, Style> = { high: 'red', medium: 'yellow', low: 'cyan' };

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional controls, which
 * could forge a line, recolour the terminal or reorder what is shown, written as \xNN or \u{NNNN}.
 * For everything the text format and stderr show that comes from outside: paths, titles, previews.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

export function formatText(report: ScanReport, colour: boolean): string {
  // The caller decides whether to colour (a terminal, NO_COLOR unset): styleText is told not to check again.
  const paint = (style: Style, s: string) => (colour ? styleText(style, s, { validateStream: false }) : s);
  const lines: string[] = [];
  const found = allFindings(report);
  for (const { path, finding: f } of found) {
    const where = `${printable(path)}:${f.line + 1}:${f.column + 1}`;
    const severity = paint(SEVERITY_COLOUR[f.severity], f.severity.padEnd(6));
    lines.push(`${paint('bold', where)}  ${severity}  ${printable(f.title)}  ${printable(f.masked)}  ${paint('dim', `(${f.ruleId})`)}`);
  }
  const scanned = report.files.length;
  const withFindings = report.files.filter((f) => f.findings.length > 0).length;
  const extras: string[] = [];
  if (report.skipped.length > 0) extras.push(`${report.skipped.length} skipped`);
  if (report.failed.length > 0) extras.push(`${report.failed.length} failed`);
  if (report.baselined > 0) extras.push(`${report.baselined} in baseline not shown`);
  const tail = extras.length > 0 ? ` (${extras.join(', ')})` : '';
  if (found.length === 0) {
    lines.push(paint('bold', `No findings in ${pluralize(scanned, 'file')} scanned${tail}.`));
  } else {
    const bySeverity = (['high', 'medium', 'low'] as const)
      .map((s) => [s, found.filter((x) => x.finding.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    if (lines.length > 0) lines.push('');
    lines.push(
      paint('bold', `${pluralize(found.length, 'finding')} (${bySeverity}) in ${withFindings} of ${pluralize(scanned, 'file')} scanned${tail}.`),
    );
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------- JSON

/** One finding in the JSON report. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface JsonFinding {
  readonly path: string;
  readonly ruleId: string;
  readonly title: string;
  readonly category: Finding['category'];
  readonly kind: string;
  readonly severity: Severity;
  readonly confidence: Finding['confidence'];
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly masked: string;
  readonly fingerprint: string;
}

export interface JsonReport {
  /** Version of this JSON shape; bumped only on an incompatible change. */
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly findings: readonly JsonFinding[];
  readonly skipped: readonly SkippedFile[];
  readonly failed: readonly FailedFile[];
  readonly summary: {
    readonly filesScanned: number;
    readonly filesSkipped: number;
    readonly filesFailed: number;
    readonly findings: number;
    readonly baselined: number;
    readonly bySeverity: Record<Severity, number>;
    readonly byCategory: Record<Finding['category'], number>;
  };
}

export function toJson(report: ScanReport): JsonReport {
  const findings: JsonFinding[] = allFindings(report).map(({ path, finding: f }) => ({
    path,
    ruleId: f.ruleId,
    title: f.title,
    category: f.category,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    line: f.line + 1,
    column: f.column + 1,
    endLine: f.endLine + 1,
    endColumn: f.endColumn + 1,
    masked: f.masked,
    fingerprint: f.fingerprint,
  }));
  const count = <K extends string>(keys: readonly K[], of: (f: JsonFinding) => K) =>
    Object.fromEntries(keys.map((k) => [k, findings.filter((f) => of(f) === k).length])) as Record<K, number>;
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: report.toolVersion },
    findings,
    skipped: report.skipped,
    failed: report.failed,
    summary: {
      filesScanned: report.files.length,
      filesSkipped: report.skipped.length,
      filesFailed: report.failed.length,
      findings: findings.length,
      baselined: report.baselined,
      bySeverity: count(['high', 'medium', 'low'], (f) => f.severity),
      byCategory: count(['secret', 'pii'], (f) => f.category),
    },
  };
}

export function formatJson(report: ScanReport): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}

// --------------------------------------------------------------------------------------------- SARIF

export const SARIF_LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning ranks security alerts by this 0-10 score. */
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.5', low: '2.0' };

/** 'aws-access-key-id' -> 'AwsAccessKeyId' (SARIF's reportingDescriptor.name is an identifier-like word). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

const isAbsolutePath = (p: string) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);

/** A display path as a URI reference: relative ones stay relative, absolute ones become file: URIs. */
function toUri(path: string): string {
  const encoded = path.split('/').map((seg) => (/^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
  if (!isAbsolutePath(path)) return encoded;
  return path.startsWith('/') ? `file://${encoded}` : `file:///${encoded}`;
}

function artifactLocation(path: string): Sarif.ArtifactLocation {
  if (path === STDIN_PATH) return { uri: 'stdin' };
  return isAbsolutePath(path) ? { uri: toUri(path) } : { uri: toUri(path), uriBaseId: 'SRCROOT' };
}

function sarifRule(rule: Rule): Sarif.ReportingDescriptor {
  const help = rule.helpUrl ? `${rule.description} Learn more: ${rule.helpUrl}` : rule.description;
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help },
    ...(rule.helpUrl ? { helpUri: rule.helpUrl } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: { tags: [rule.category], 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

export function toSarif(report: ScanReport): Sarif.Log {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const results = allFindings(report).map(({ path, finding: f }): Sarif.Result => {
    const index = ruleIndex.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: SARIF_LEVEL[f.severity],
      message: { text: `${f.title}: ${f.masked}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(path),
            region: {
              startLine: f.line + 1,
              startColumn: f.column + 1,
              endLine: f.endLine + 1,
              endColumn: f.endColumn + 1,
            },
          },
        },
      ],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint },
      properties: { category: f.category, confidence: f.confidence },
    };
  });
  const root = report.cwd.replace(/\\/g, '/').replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            rules: report.rules.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: report.failed.length === 0,
            toolExecutionNotifications: [
              ...report.failed.map((f): Sarif.Notification => ({
                level: 'error',
                message: { text: `failed ${f.path}: ${f.error}` },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.path) } }],
              })),
              ...report.skipped.map((s): Sarif.Notification => ({
                level: 'note',
                message: { text: `skipped ${s.path}: ${s.reason}` },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }],
              })),
            ],
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: toUri(root) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: ScanReport): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n';
}
