/**
 * Scan Workspace: every file found by workspace.findFiles, read through workspace.fs (so it works in
 * virtual workspaces), honouring files.exclude, search.exclude and aiPrivacyGuard.exclude; binary and
 * huge files are skipped. Progress with counts, cancellable. Results go to Problems and the Findings tree.
 */
import * as vscode from 'vscode';
import type { ConfigService } from './config';
import { scanFileOnDisk, scanFileText, type DiskSkipReason, type FileScan } from './files';
import type { ScanClient } from './scanClient';
import type { Log } from './log';
import { compileGlobs, type GlobMatcher } from './pure/globs';
import type { FindingStore } from './store';

/** Files looked at by one Scan Workspace at most. */
export const MAX_WORKSPACE_FILES = 20000;
/** Files read at the same time. */
const PARALLEL_READS = 8;

/** Glob keys set to `true` in a files.exclude-like setting (entries with a `when` clause are not applied). */
function enabledGlobs(setting: string): string[] {
  const value = vscode.workspace.getConfiguration().get<Record<string, unknown>>(setting) ?? {};
  return Object.entries(value)
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}

/**
 * Every file under the workspace folders by walking workspace.fs, for file systems that offer no
 * search (some virtual workspaces); skips what `excluded` matches (relative paths), stops at `limit`.
 */
async function walkWorkspace(excluded: GlobMatcher, limit: number, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const pending = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  while (pending.length > 0 && found.length < limit && !token.isCancellationRequested) {
    const dir = pending.pop()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(dir, name);
      const relative = vscode.workspace.asRelativePath(uri, false);
      if (excluded.matches(relative) || excluded.matches(`${relative}/`)) continue;
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink)) pending.push(uri);
      } else if (type & vscode.FileType.File) {
        found.push(uri);
      }
    }
  }
  return found.slice(0, limit);
}

export interface WorkspaceScanResult {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

export class WorkspaceScanner {
  constructor(
    private readonly config: ConfigService,
    private readonly store: FindingStore,
    private readonly log: Log,
    private readonly scanner?: ScanClient,
  ) {}

  /** aiPrivacyGuard.scanWorkspace */
  async run(): Promise<WorkspaceScanResult> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void this.log.showInformation(vscode.l10n.t('Open a folder or workspace to scan it.'));
      return { files: 0, findings: 0, skipped: 0, cancelled: false };
    }
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('AI Privacy Guard: scanning the workspace'), cancellable: true },
      (progress, token) => this.scan(progress, token),
    );
  }

  private async scan(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<WorkspaceScanResult> {
    const config = this.config.current;
    const searchExcludes = compileGlobs([...enabledGlobs('files.exclude'), ...enabledGlobs('search.exclude')]).matcher;
    const excludeGlob = config.exclude.length > 0 && !config.exclude.some((g) => g.includes('{')) ? `{${config.exclude.join(',')}}` : undefined;
    let uris: vscode.Uri[];
    try {
      uris = await vscode.workspace.findFiles('**/*', excludeGlob, MAX_WORKSPACE_FILES, token);
    } catch (e) {
      this.log.info(`Search is not available here (${e instanceof Error ? e.message : String(e)}); walking the folders instead`);
      const excluded = compileGlobs([...config.exclude, ...enabledGlobs('files.exclude'), ...enabledGlobs('search.exclude')]).matcher;
      uris = await walkWorkspace(excluded, MAX_WORKSPACE_FILES, token);
    }
    this.store.deleteOrigin('workspace');
    const openDocs = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const result: WorkspaceScanResult = { files: 0, findings: 0, skipped: 0, cancelled: false };
    const skippedBy = new Map<DiskSkipReason, number>();
    const total = uris.length;
    let done = 0;

    const scanOne = async (uri: vscode.Uri) => {
      const relative = vscode.workspace.asRelativePath(uri, false);
      if (searchExcludes.matches(relative)) {
        skippedBy.set('excluded', (skippedBy.get('excluded') ?? 0) + 1);
        return;
      }
      const open = openDocs.get(uri.toString());
      let outcome: { scan?: FileScan; skipped?: DiskSkipReason };
      try {
        // An open document's findings are those its own scans keep up to date; a file on disk is scanned in the worker.
        const stored = open && this.store.get(uri);
        const current = stored && !stored.partial && !stored.skipped && stored.version === open.version ? stored : undefined;
        outcome = current ? { scan: current } : open ? { scan: scanFileText(uri, open.getText(), config) } : await scanFileOnDisk(uri, config, this.scanner);
      } catch (e) {
        // One file's internal error must not cost the others: name the file and the error's kind (its
        // message could quote the text), count it, go on.
        this.log.warn(`Scan Workspace: ${relative}: internal error (${e instanceof Error ? e.name : 'unknown'}); not scanned`);
        outcome = { skipped: 'failed' };
      }
      const skipped = outcome.scan?.skipped ?? outcome.skipped;
      if (skipped || !outcome.scan) {
        skippedBy.set(skipped ?? 'unreadable', (skippedBy.get(skipped ?? 'unreadable') ?? 0) + 1);
        return;
      }
      result.files++;
      result.findings += outcome.scan.found.total;
      this.store.set(outcome.scan, open ? 'document' : 'workspace');
    };

    for (let i = 0; i < uris.length; i += PARALLEL_READS) {
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      const batch = uris.slice(i, i + PARALLEL_READS);
      await Promise.all(batch.map(scanOne));
      done += batch.length;
      progress.report({
        increment: (batch.length / Math.max(total, 1)) * 100,
        message: vscode.l10n.t('{0}/{1} files, {2} findings', done, total, result.findings),
      });
    }
    result.skipped = [...skippedBy.values()].reduce((a, b) => a + b, 0);
    const skippedText = [...skippedBy].map(([why, n]) => `${n} ${why}`).join(', ');
    this.log.info(`Scan Workspace: ${result.files} file(s) scanned, ${result.findings} finding(s), skipped: ${skippedText || 'none'}${result.cancelled ? ' (cancelled)' : ''}${total >= MAX_WORKSPACE_FILES ? ` (stopped at ${MAX_WORKSPACE_FILES} files)` : ''}`);
    const summary = result.cancelled
      ? vscode.l10n.t('Scan cancelled after {0} files: {1} findings so far.', result.files, result.findings)
      : vscode.l10n.t('Scanned {0} files: {1} findings.', result.files, result.findings);
    if (result.findings > 0) {
      const show = vscode.l10n.t('Show Findings');
      void this.log.showInformation(summary, show).then((c) => {
        if (c === show) void vscode.commands.executeCommand('aiPrivacyGuard.findings.focus');
      });
    } else {
      void this.log.showInformation(summary);
    }
    return result;
  }
}
