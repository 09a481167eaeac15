/**
 * Problems: scans open documents (notebook cells included) on open, change (debounced), save and
 * settings changes, and turns the stored findings into diagnostics. Diagnostics show the kind and a
 * masked value, never the raw one.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import type { AiExclusions } from './aiExclusions';
import type { ConfigService, GuardConfig } from './config';
import { isScannableScheme, scanFileOnDisk, scanFileText, type FileScan } from './files';
import type { Log } from './log';
import { findingDescription, findingTitle } from './messages';
import { helpUrlFor } from './pure/help';
import type { DiagnosticLevel } from './pure/settings';
import type { FindingStore, StoredScan } from './store';

/** Quiet time after the last keystroke before a changed document is scanned again. */
export const SCAN_DEBOUNCE_MS = 300;
export const DIAGNOSTIC_SOURCE = 'AI Privacy Guard';
/** Code of the note saying that AI assistants may read a file with secrets. */
export const AI_EXCLUSION_CODE = 'ai-exclusion';

const LEVELS: Record<DiagnosticLevel, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function findingRange(f: Finding): vscode.Range {
  return new vscode.Range(f.line, f.column, f.endLine, f.endColumn);
}

function findingDiagnostic(f: Finding, scan: FileScan, config: GuardConfig): vscode.Diagnostic {
  const why = scan.aiBound
    ? vscode.l10n.t('{0} ({1}): {2} This file is meant for AI assistants.', findingTitle(f), f.masked, findingDescription(f))
    : vscode.l10n.t('{0} ({1}): {2}', findingTitle(f), f.masked, findingDescription(f));
  const level = scan.aiBound ? 'error' : f.category === 'secret' ? config.severitySecrets : config.severityPii;
  const d = new vscode.Diagnostic(findingRange(f), why, LEVELS[level]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: vscode.Uri.parse(helpUrlFor(f.ruleId, f.category)) };
  return d;
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('aiPrivacyGuard');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection];
  private tooLargeNoticeShown = false;

  constructor(
    private readonly config: ConfigService,
    private readonly store: FindingStore,
    private readonly exclusions: AiExclusions,
    private readonly log: Log,
  ) {
    this.subscriptions.push(
      store.onDidChange((uris) => uris.forEach((u) => this.publish(u))),
      vscode.workspace.onDidOpenTextDocument((doc) => this.scanDocument(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.config.current.scanOnType && isScannableScheme(e.document.uri)) this.scheduleScan(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.config.current.scanOnSave) this.scanDocument(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      config.onDidChange(() => this.rescanOpenDocuments()),
      exclusions.onDidChange(() => this.republishAll()),
    );
  }

  /** Scan every open document now. */
  rescanOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) this.scanDocument(doc);
    this.republishAll();
  }

  private scheduleScan(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) this.scanDocument(doc);
    }, SCAN_DEBOUNCE_MS));
  }

  /** Scan one open document now and store the result; undefined for documents we never scan. */
  scanDocument(doc: vscode.TextDocument): FileScan | undefined {
    if (!isScannableScheme(doc.uri)) return undefined;
    const config = this.config.current;
    const result = scanFileText(doc.uri, doc.getText(), config);
    if (result.skipped === 'tooLarge') this.noticeTooLarge(doc.uri, config);
    this.store.set(result, 'document');
    return result;
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
      void scanFileOnDisk(doc.uri, this.config.current).then((r) => {
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

  private publish(uri: vscode.Uri): void {
    const stored = this.store.get(uri);
    const config = this.config.current;
    if (!stored || !config.enable || !config.inlineWarnings || stored.findings.length === 0) {
      this.collection.delete(uri);
      return;
    }
    this.collection.set(uri, this.diagnosticsFor(stored, config));
  }

  private diagnosticsFor(stored: StoredScan, config: GuardConfig): vscode.Diagnostic[] {
    const diagnostics = stored.findings.map((f) => findingDiagnostic(f, stored, config));
    const firstSecret = stored.findings.find((f) => f.category === 'secret');
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
    return diagnostics;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
