/**
 * Which documents we scan and how their paths are matched against the settings' globs.
 */
import * as vscode from 'vscode';
import { scan } from '../catalogue';
import type { Finding } from '../engine';
import type { GuardConfig } from './config';
import { NO_FINDINGS, summarizeFindings, type FindingsSummary } from './pure/summary';
import { workerOptions, type MoreFindings, type ScanClient } from './scanClient';
import { decodeForScan } from '../shared/text';

/**
 * Schemes whose documents are not the user's files (output panels, git's original versions, SCM
 * input, debug consoles...): never scanned, never decorated.
 */
const UNSCANNED_SCHEMES = new Set([
  'output', 'git', 'gitfs', 'vscode-scm', 'scm', 'debug', 'vscode-terminal', 'comment',
  'vscode-chat-code-block', 'walkThrough', 'walkThroughSnippet', 'vscode-interactive-input',
  'review', 'pr', 'gitlens', 'conflictResolution', 'merge-conflict.conflict-diff', 'search-editor',
  'vscode-extension', 'extension-output',
]);

export const NOTEBOOK_CELL_SCHEME = 'vscode-notebook-cell';

export function isScannableScheme(uri: vscode.Uri): boolean {
  return !UNSCANNED_SCHEMES.has(uri.scheme);
}

/** The file a document belongs to: a notebook cell's notebook, otherwise the document itself. */
export function owningFileUri(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== NOTEBOOK_CELL_SCHEME) return uri;
  const notebook = vscode.workspace.notebookDocuments.find((nb) =>
    nb.getCells().some((cell) => cell.document.uri.toString() === uri.toString()),
  );
  return notebook?.uri ?? uri.with({ scheme: 'file', fragment: '' });
}

/** Path of a file relative to its workspace folder, or undefined outside every folder. */
export function workspaceRelativePath(uri: vscode.Uri): string | undefined {
  const file = owningFileUri(uri);
  const folder = vscode.workspace.getWorkspaceFolder(file);
  if (!folder) return undefined;
  const base = folder.uri.path.replace(/\/+$/, '');
  return file.path.startsWith(base + '/') ? file.path.slice(base.length + 1) : undefined;
}

/** Spellings of a file's path that settings globs are matched against. */
export function globCandidates(uri: vscode.Uri): string[] {
  const relative = workspaceRelativePath(uri);
  const path = owningFileUri(uri).path;
  return relative !== undefined ? [relative, path] : [path];
}

export type SkipReason = 'disabled' | 'scheme' | 'excluded' | 'tooLarge';

/** The result of scanning one file (or one notebook cell). */
export interface FileScan {
  readonly uri: vscode.Uri;
  /** Every finding counted; those shown listed one by one (at most aiPrivacyGuard.maxDiagnosticsPerFile). */
  readonly found: FindingsSummary;
  /** The findings not listed, on request (the scan worker keeps them for open documents). */
  readonly more?: MoreFindings;
  /** The file is meant for an AI (prompt files, agent instructions): its findings are errors. */
  readonly aiBound: boolean;
  readonly skipped?: SkipReason;
  /** The version of the open document scanned (documents only). */
  readonly version?: number;
  /** Only the lines on screen have been scanned yet; the rest of the document follows. */
  readonly partial?: boolean;
}

/** Why a file is not scanned at all, or undefined when it is. Size is checked by the caller. */
export function skipReason(uri: vscode.Uri, config: GuardConfig): SkipReason | undefined {
  if (!config.enable) return 'disabled';
  if (!isScannableScheme(uri)) return 'scheme';
  if (config.excludeMatcher.matches(...globCandidates(uri))) return 'excluded';
  return undefined;
}

/** Whether a file of `length` characters is meant for an AI, and why it is not scanned (if it is not). */
export function scanPlan(uri: vscode.Uri, length: number, config: GuardConfig): { aiBound: boolean; skipped?: SkipReason } {
  const aiBound = config.aiBoundMatcher.matches(...globCandidates(uri));
  return { aiBound, skipped: skipReason(uri, config) ?? (length > config.maxFileSizeBytes ? 'tooLarge' : undefined) };
}

/** Every finding of one file's text, scanned on this thread with the current configuration (none when the file is skipped). */
export function findingsInFileText(uri: vscode.Uri, text: string, config: GuardConfig): Finding[] {
  return scanPlan(uri, text.length, config).skipped ? [] : scan(text, config.scanOptions);
}

/** Scan the text of one file on this thread with the current configuration (open documents are scanned in the scan worker). */
export function scanFileText(uri: vscode.Uri, text: string, config: GuardConfig): FileScan {
  const { aiBound, skipped } = scanPlan(uri, text.length, config);
  if (skipped) return { uri, found: NO_FINDINGS, aiBound, skipped };
  return { uri, found: summarizeFindings(scan(text, config.scanOptions), config.maxDiagnosticsPerFile), aiBound };
}

export type DiskSkipReason = SkipReason | 'binary' | 'unreadable' | 'failed';

/**
 * Read and scan a file that may not be open (Scan Workspace, a closed file): huge and binary files
 * are skipped without reading them whole. Uses workspace.fs, so it works in virtual workspaces. With a
 * scan client, the text is scanned in its worker, off the extension host's thread.
 */
export async function scanFileOnDisk(
  uri: vscode.Uri,
  config: GuardConfig,
  scanner?: ScanClient,
): Promise<{ scan?: FileScan; skipped?: DiskSkipReason }> {
  const skipped = skipReason(uri, config);
  if (skipped) return { skipped };
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > config.maxFileSizeBytes) return { skipped: 'tooLarge' };
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { skipped: 'unreadable' };
  }
  const decoded = decodeForScan(bytes);
  if (decoded.skip) return { skipped: 'binary' };
  // Outside the try: an error of the scan itself is no read error (the caller reports it as failed).
  const text = decoded.text;
  const outcome = scanner && (await scanner.scan({ document: { text }, options: workerOptions(config), limit: config.maxDiagnosticsPerFile }));
  return { scan: outcome ? { uri, found: outcome.found, aiBound: scanPlan(uri, text.length, config).aiBound } : scanFileText(uri, text, config) };
}
