/**
 * Findings per file, from open documents and from Scan Workspace: what the Problems panel, the
 * Findings tree and the status bar show. Holds counts and the findings shown (FindingsSummary), masked
 * only (the engine's Finding never carries a raw value); the scan worker keeps the rest.
 */
import * as vscode from 'vscode';
import type { FileScan } from './files';

export type ScanOrigin = 'document' | 'workspace';

export interface StoredScan extends FileScan {
  readonly origin: ScanOrigin;
}

export class FindingStore implements vscode.Disposable {
  private readonly scans = new Map<string, StoredScan>();
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): StoredScan | undefined {
    return this.scans.get(uri.toString());
  }

  set(result: FileScan, origin: ScanOrigin): void {
    this.scans.set(result.uri.toString(), { ...result, origin });
    this.changed.fire([result.uri]);
  }

  delete(uri: vscode.Uri): void {
    if (this.scans.delete(uri.toString())) this.changed.fire([uri]);
  }

  /** Drop the results of an earlier Scan Workspace (files may have changed or gone since). */
  deleteOrigin(origin: ScanOrigin): void {
    const gone = [...this.scans.values()].filter((s) => s.origin === origin).map((s) => s.uri);
    for (const uri of gone) this.scans.delete(uri.toString());
    if (gone.length > 0) this.changed.fire(gone);
  }

  /** Every stored scan that has findings, sorted by path. */
  withFindings(): StoredScan[] {
    return [...this.scans.values()]
      .filter((s) => s.found.total > 0)
      .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  all(): StoredScan[] {
    return [...this.scans.values()];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
