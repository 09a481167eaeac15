/** The API activate() returns: what integration tests (and other extensions) may use. */
import type * as vscode from 'vscode';
import type { Finding } from '../engine';
import type { ScanWorkerState } from './scanClient';

export interface PrivacyGuardApi {
  /** Scan text with the current configuration (same as the diagnostics use). */
  scan(text: string, uri?: vscode.Uri): Finding[];
  /** Current text/tooltip/visibility of the status bar item. */
  statusBar(): { text: string; tooltip: string; visible: boolean; backgroundColor?: string };
  readonly providersTree: vscode.TreeDataProvider<unknown>;
  readonly findingsTree: vscode.TreeDataProvider<unknown>;
  readonly diagnostics: vscode.DiagnosticCollection;
  /** Number of placeholders remembered for Paste Restoring Redactions (never their values). */
  rememberedRedactions(): number;
  /**
   * What is stored for a file: the document version scanned, how many findings (all of them, also past
   * aiPrivacyGuard.maxDiagnosticsPerFile), how many the extension host holds one by one (the rest stay in
   * the scan worker), and whether only the lines on screen are done yet.
   */
  scanState(uri: vscode.Uri): { version?: number; findings: number; listed: number; partial: boolean; skipped?: string } | undefined;
  /** Where open documents are scanned (a worker, or the extension host's own thread when none could start). */
  scanWorker(): ScanWorkerState;
  /** Messages the extension has shown (notifications), for tests; masked text only. */
  shownMessages(): readonly string[];
  /** Copy warnings shown so far (masked text and the number of findings), for tests. */
  copyWarnings(): readonly { readonly message: string; readonly findings: number }[];
  /**
   * What VS Code asks of the extension when text is copied out of an editor (the copy warning's check), for tests
   * where no keyboard copies: resolves once the copy has been checked (the warning follows its grace period).
   */
  copy(document: vscode.TextDocument, ranges: readonly vscode.Range[]): Promise<void>;
}
