/**
 * Problems: scans open documents (notebook cells included) on open, change (debounced), save and
 * settings changes, in the scan worker (scanClient.ts), and turns the stored findings into diagnostics.
 * Diagnostics show the kind and a masked value, never the raw one. Past
 * aiPrivacyGuard.maxDiagnosticsPerFile findings, one summary diagnostic at the top of the file counts
 * the rest: nobody reads 36,000 entries in Problems, and building them holds up the extension host. The
 * scan worker keeps them all; the host gets their counts and the findings Problems lists.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import type { AiExclusions } from './aiExclusions';
import type { ConfigService, GuardConfig } from './config';
import { isScannableScheme, scanFileOnDisk, scanPlan } from './files';
import type { Log } from './log';
import { countFormat, findingDescription, findingTitle, formatCount } from './messages';
import { helpUrlFor } from './pure/help';
import type { DiagnosticLevel } from './pure/settings';
import { NO_FINDINGS } from './pure/summary';
import { workerOptions, type ScanClient } from './scanClient';
import { yieldToEventLoop } from './worker/inThread';
import type { FindingStore, StoredScan } from './store';

/** Quiet time after the last keystroke before a changed document is scanned again. */
export const SCAN_DEBOUNCE_MS = 300;
export const DIAGNOSTIC_SOURCE = 'AI Privacy Guard';
/** Code of the note saying that AI assistants may read a file with secrets. */
export const AI_EXCLUSION_CODE = 'ai-exclusion';
/** Code of the summary diagnostic that counts the findings Problems does not list one by one. */
export const MORE_FINDINGS_CODE = 'more-findings';
/**
 * Diagnostics built per turn of the event loop. A file that lists more findings (a log: 500, the default of
 * aiPrivacyGuard.maxDiagnosticsPerFile) has them published in slices, so that no slice holds the extension host
 * for long; one that lists fewer, at once.
 */
const PUBLISH_BATCH = 100;

const LEVELS: Record<DiagnosticLevel, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function findingRange(f: Finding): vscode.Range {
  return new vscode.Range(f.line, f.column, f.endLine, f.endColumn);
}

/**
 * What the diagnostics of one rule share: the text of their message around the masked value, in the display
 * language, and the rule's code with the help link. Made once per rule when a file's diagnostics are built (500
 * findings of a log are of a few rules), not once per finding, on the extension host's thread.
 */
interface RuleText {
  /** The message with the masked value cut out, when the translation holds it once; else the whole message is formatted per finding. */
  readonly around?: readonly [before: string, after: string];
  readonly title: string;
  readonly description: string;
  readonly code: { value: string; target: vscode.Uri };
}

/** Stands for the masked value in a rule's message while it is formatted once (no title or description holds it). */
const MASKED_MARK = '\u0000';

function findingMessage(aiBound: boolean, title: string, masked: string, description: string): string {
  return aiBound
    ? vscode.l10n.t('{0} ({1}): {2} This file is meant for AI assistants.', title, masked, description)
    : vscode.l10n.t('{0} ({1}): {2}', title, masked, description);
}

function ruleText(f: Finding, aiBound: boolean): RuleText {
  const title = findingTitle(f);
  const description = findingDescription(f);
  const parts = findingMessage(aiBound, title, MASKED_MARK, description).split(MASKED_MARK);
  return {
    around: parts.length === 2 ? [parts[0], parts[1]] : undefined,
    title,
    description,
    code: { value: f.ruleId, target: vscode.Uri.parse(helpUrlFor(f.ruleId, f.category)) },
  };
}

function findingDiagnostic(f: Finding, scan: StoredScan, level: vscode.DiagnosticSeverity, rules: Map<string, RuleText>): vscode.Diagnostic {
  let rule = rules.get(f.ruleId);
  if (!rule) rules.set(f.ruleId, (rule = ruleText(f, scan.aiBound)));
  const why = rule.around ? rule.around[0] + f.masked + rule.around[1] : findingMessage(scan.aiBound, rule.title, f.masked, rule.description);
  const d = new vscode.Diagnostic(findingRange(f), why, level);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = rule.code;
  return d;
}

/** What a finding's diagnostic is made of, besides the file and the settings: its rule, place, masked value and level. */
const diagnosticKey = (f: Finding, level: vscode.DiagnosticSeverity) => `${f.ruleId}\n${f.line}:${f.column}:${f.endLine}:${f.endColumn}\n${f.masked}\n${level}`;

/**
 * The diagnostics last published for a file, by diagnosticKey, with the settings and the file's AI-bound state
 * they were built with: a rescan after an edit lists mostly the same findings, in the same places, and reuses them.
 */
interface Published {
  readonly config: GuardConfig;
  readonly aiBound: boolean;
  readonly byKey: ReadonlyMap<string, vscode.Diagnostic>;
}

function levelOf(f: Pick<Finding, 'category'>, scan: StoredScan, config: GuardConfig): DiagnosticLevel {
  return scan.aiBound ? 'error' : f.category === 'secret' ? config.severitySecrets : config.severityPii;
}

/** Offsets of the lines shown in the editors of a document (from the first to the last), if any. */
function visibleOffsets(doc: vscode.TextDocument): [number, number] | undefined {
  const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === doc).flatMap((e) => e.visibleRanges);
  if (ranges.length === 0) return undefined;
  const start = ranges.reduce((min, r) => Math.min(min, r.start.line), Infinity);
  const end = ranges.reduce((max, r) => Math.max(max, r.end.line), 0);
  return [doc.offsetAt(new vscode.Position(start, 0)), doc.offsetAt(doc.lineAt(Math.min(end, doc.lineCount - 1)).range.end)];
}

/** Characters in a document, without building its text. */
function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('aiPrivacyGuard');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection];
  private tooLargeNoticeShown = false;
  /** Per file, the publication in progress (a newer one, or the file's removal, ends it at its next slice). */
  private readonly publishing = new Map<string, number>();
  private publications = 0;
  private readonly published = new Map<string, Published>();
  private disposed = false;

  constructor(
    private readonly config: ConfigService,
    private readonly store: FindingStore,
    private readonly exclusions: AiExclusions,
    private readonly log: Log,
    private readonly scanner: ScanClient,
  ) {
    this.subscriptions.push(
      store.onDidChange((uris) => uris.forEach((u) => this.publish(u))),
      vscode.workspace.onDidOpenTextDocument((doc) => void this.scanDocument(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.config.current.scanOnType && isScannableScheme(e.document.uri)) this.scheduleScan(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.config.current.scanOnSave) void this.scanDocument(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      config.onDidChange(() => this.rescanOpenDocuments()),
      exclusions.onDidChange(() => this.republishAll()),
    );
  }

  /** Scan every open document now. */
  rescanOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) void this.scanDocument(doc);
    this.republishAll();
  }

  private scheduleScan(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) void this.scanDocument(doc);
    }, SCAN_DEBOUNCE_MS));
  }

  /**
   * Scan one open document in the scan worker and store the result. A large document's lines on screen
   * are stored first when it has no findings yet. Nothing is stored when the scan was cancelled: the
   * document changed again, and its next scan is scheduled.
   */
  async scanDocument(doc: vscode.TextDocument): Promise<void> {
    if (!isScannableScheme(doc.uri)) return;
    const config = this.config.current;
    const uri = doc.uri;
    const { aiBound, skipped } = scanPlan(uri, documentLength(doc), config);
    if (skipped) {
      if (skipped === 'tooLarge') this.noticeTooLarge(uri, config);
      this.store.set({ uri, found: NO_FINDINGS, aiBound, skipped, version: doc.version }, 'document');
      return;
    }
    const earlier = this.store.get(uri);
    const firstScan = !earlier || earlier.skipped !== undefined;
    const outcome = await this.scanner.scan({
      document: doc,
      options: workerOptions(config),
      limit: config.maxDiagnosticsPerFile,
      visible: visibleOffsets(doc),
      onPartial: firstScan ? (found) => this.store.set({ uri, found, aiBound, version: doc.version, partial: true }, 'document') : undefined,
    });
    // Cancelled, out of date, or the settings changed meanwhile: a newer scan is scheduled in each case.
    if (!outcome || config !== this.config.current || doc.isClosed || doc.version !== outcome.version) return;
    this.scanner.hostTasks.run('store findings', () => this.store.set({ uri, found: outcome.found, more: outcome.more, aiBound, version: outcome.version }, 'document'));
  }

  private noticeTooLarge(uri: vscode.Uri, config: GuardConfig): void {
    this.log.info(`Skipped ${uri.toString(true)}: larger than aiPrivacyGuard.maxFileSizeMB (${config.maxFileSizeMB} MB)`);
    if (this.tooLargeNoticeShown) return;
    this.tooLargeNoticeShown = true;
    const openSettings = vscode.l10n.t('Open Settings');
    void this.log
      .showInformation(
        vscode.l10n.t('AI Privacy Guard does not scan files larger than {0} MB (aiPrivacyGuard.maxFileSizeMB), such as {1}.', config.maxFileSizeMB, vscode.workspace.asRelativePath(uri)),
        openSettings,
      )
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'aiPrivacyGuard.maxFileSizeMB');
      });
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    const stored = this.store.get(doc.uri);
    this.store.delete(doc.uri);
    // A file found by Scan Workspace stays in Problems with its content on disk.
    if (stored && stored.origin === 'workspace' && doc.uri.scheme !== 'untitled') {
      void scanFileOnDisk(doc.uri, this.config.current, this.scanner).then((r) => {
        if (r.scan && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.store.set(r.scan, 'workspace');
      });
    }
  }

  private republishAll(): void {
    const seen = new Set<string>();
    for (const s of this.store.all()) {
      seen.add(s.uri.toString());
      this.publish(s.uri);
    }
    this.collection.forEach((uri) => {
      if (!seen.has(uri.toString())) this.collection.delete(uri);
    });
  }

  /**
   * Publish a file's stored findings to Problems: at once when it lists few, else in slices (PUBLISH_BATCH), each a
   * turn of the event loop of its own, the last one handing them all to VS Code; a newer publication ends it.
   */
  private publish(uri: vscode.Uri): void {
    const key = uri.toString();
    const stored = this.store.get(uri);
    const config = this.config.current;
    if (!stored || !config.enable || !config.inlineWarnings || stored.found.total === 0) {
      this.publishing.delete(key);
      this.published.delete(key);
      this.collection.delete(uri);
      return;
    }
    const steps = this.publication(stored, config);
    if (stored.found.listed.length <= PUBLISH_BATCH) {
      this.publishing.delete(key);
      while (!steps.next().done);
      return;
    }
    const publication = ++this.publications;
    this.publishing.set(key, publication);
    void (async () => {
      // Each step is named by the one before it (for bench:editor's account of the host's tasks).
      let step = steps.next();
      while (!step.done) {
        await yieldToEventLoop();
        if (this.disposed || this.publishing.get(key) !== publication) return;
        const what = step.value;
        step = this.scanner.hostTasks.run(what, () => steps.next());
      }
      this.publishing.delete(key);
    })();
  }

  /**
   * The steps of publishing a file's findings (see publish): it yields between them, each time the name of the
   * step that follows.
   */
  private *publication(stored: StoredScan, config: GuardConfig): Generator<string, void> {
    const key = stored.uri.toString();
    const { listed, total } = stored.found;
    const earlier = this.published.get(key);
    const reusable = earlier && earlier.config === config && earlier.aiBound === stored.aiBound ? earlier.byKey : undefined;
    // Counts in the display language: its locale data may still have to be loaded (see countFormat).
    if (listed.length < total) {
      yield 'publish findings: count format';
      countFormat();
    }
    yield 'publish findings: diagnostics';
    const rules = new Map<string, RuleText>();
    const byKey = new Map<string, vscode.Diagnostic>();
    const diagnostics: vscode.Diagnostic[] = [];
    for (let i = 0; i < listed.length; i++) {
      if (i > 0 && i % PUBLISH_BATCH === 0) yield 'publish findings: diagnostics';
      const f = listed[i];
      const level = LEVELS[levelOf(f, stored, config)];
      const id = diagnosticKey(f, level);
      const d = reusable?.get(id) ?? findingDiagnostic(f, stored, level, rules);
      byKey.set(id, d);
      diagnostics.push(d);
    }
    yield 'publish findings: to VS Code';
    if (listed.length < total) diagnostics.unshift(this.summaryDiagnostic(stored, config));
    // Secrets are listed first: the file's first secret is listed whenever it has one.
    const firstSecret = listed.find((f) => f.category === 'secret');
    if (firstSecret && stored.uri.scheme !== 'untitled' && this.exclusions.targetsFor(stored.uri) && !this.exclusions.isExcluded(stored.uri)) {
      const note = new vscode.Diagnostic(
        findingRange(firstSecret),
        vscode.l10n.t('AI assistants may read this file: no AI exclusion file (.cursorignore, .aiexclude, .aiignore, .codeiumignore, .geminiignore) excludes it.'),
        vscode.DiagnosticSeverity.Information,
      );
      note.source = DIAGNOSTIC_SOURCE;
      note.code = AI_EXCLUSION_CODE;
      diagnostics.push(note);
    }
    this.collection.set(stored.uri, diagnostics);
    this.published.set(key, { config, aiBound: stored.aiBound, byKey });
  }

  /**
   * "36,440 findings (500 shown): IP address 36,000, email address 440. Copy Redacted replaces all of them."
   * at the top of the file, as severe as the most severe finding of the file.
   */
  private summaryDiagnostic(stored: StoredScan, config: GuardConfig): vscode.Diagnostic {
    const { kinds, listed, total } = stored.found;
    const message = vscode.l10n.t(
      '{0} findings ({1} shown, secrets first): {2}. Copy Redacted replaces all of them; the status bar and the Findings view count them all.',
      formatCount(total),
      formatCount(listed.length),
      kinds.map((k) => vscode.l10n.t('{0} {1}', vscode.l10n.t(k.title), formatCount(k.count))).join(', '),
    );
    // A finding's level depends on its category alone (and the file); DiagnosticSeverity counts down: Error is 0.
    const level = kinds.reduce((most, k) => Math.min(most, LEVELS[levelOf(k, stored, config)]), vscode.DiagnosticSeverity.Hint);
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, level);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = MORE_FINDINGS_CODE;
    return d;
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
