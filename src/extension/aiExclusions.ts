/**
 * The workspace's AI exclusion files (.cursorignore, .aiexclude...), kept up to date by a file watcher:
 * tells whether an AI assistant that honours them would skip a file, and appends a file to one of them.
 */
import * as vscode from 'vscode';
import { workspaceRelativePath, owningFileUri } from './files';
import type { Log } from './log';
import { decodeUtf8 } from '../shared/text';
import { AI_EXCLUSION_FILES, appendLine, exclusionLineFor, parseIgnoreFile, type IgnoreFile } from './pure/ignoreFile';

const EXCLUSION_GLOB = `**/{${AI_EXCLUSION_FILES.join(',')}}`;
/** Exclusion files read per workspace (a guard against pathological trees). */
const MAX_EXCLUSION_FILES = 500;
/** Reload at most this often while exclusion files change. */
const RELOAD_DEBOUNCE_MS = 200;

export class AiExclusions implements vscode.Disposable {
  /** Workspace folder uri -> its parsed exclusion files. */
  private byFolder = new Map<string, IgnoreFile[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(EXCLUSION_GLOB);
    const schedule = () => this.scheduleReload();
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(schedule),
      watcher.onDidChange(schedule),
      watcher.onDidDelete(schedule),
      vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    );
  }

  private scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), RELOAD_DEBOUNCE_MS);
  }

  /** (Re)read every exclusion file of the workspace. */
  async load(): Promise<void> {
    const next = new Map<string, IgnoreFile[]>();
    for (const uri of await this.findExclusionFiles()) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) continue;
      try {
        const content = decodeUtf8(await vscode.workspace.fs.readFile(uri));
        const relative = uri.path.slice(folder.uri.path.replace(/\/+$/, '').length + 1);
        const dir = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
        const name = relative.slice(relative.lastIndexOf('/') + 1);
        const key = folder.uri.toString();
        next.set(key, [...(next.get(key) ?? []), parseIgnoreFile(name, dir, content)]);
      } catch (e) {
        this.log.warn(`Could not read ${uri.toString(true)}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.byFolder = next;
    this.changed.fire();
  }

  private async findExclusionFiles(): Promise<vscode.Uri[]> {
    try {
      return await vscode.workspace.findFiles(EXCLUSION_GLOB, '**/node_modules/**', MAX_EXCLUSION_FILES);
    } catch {
      // File systems without search (some virtual workspaces): look at each folder's root only.
      const found: vscode.Uri[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const name of AI_EXCLUSION_FILES) {
          const uri = vscode.Uri.joinPath(folder.uri, name);
          try {
            await vscode.workspace.fs.stat(uri);
            found.push(uri);
          } catch {
            // not there
          }
        }
      }
      return found;
    }
  }

  /** True when an exclusion file of the file's workspace folder excludes it. */
  isExcluded(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(owningFileUri(uri));
    const relative = workspaceRelativePath(uri);
    if (!folder || relative === undefined) return false;
    return (this.byFolder.get(folder.uri.toString()) ?? []).some((f) => f.excludes(relative));
  }

  /**
   * Exclusion files at the root of the file's workspace folder, to which the file could be added
   * (".cursorignore" to be created when there is none); undefined outside the workspace.
   */
  targetsFor(uri: vscode.Uri): { uri: vscode.Uri; name: string; exists: boolean }[] | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(owningFileUri(uri));
    if (!folder || workspaceRelativePath(uri) === undefined) return undefined;
    const existing = (this.byFolder.get(folder.uri.toString()) ?? []).filter((f) => f.dir === '');
    if (existing.length === 0) {
      return [{ uri: vscode.Uri.joinPath(folder.uri, AI_EXCLUSION_FILES[0]), name: AI_EXCLUSION_FILES[0], exists: false }];
    }
    return existing.map((f) => ({ uri: vscode.Uri.joinPath(folder.uri, f.name), name: f.name, exists: true }));
  }

  /** Append the file to an exclusion file (creating it when needed) and reload. */
  async add(fileUri: vscode.Uri, exclusionFile: vscode.Uri): Promise<boolean> {
    const relative = workspaceRelativePath(fileUri);
    if (relative === undefined) return false;
    let content = '';
    try {
      content = decodeUtf8(await vscode.workspace.fs.readFile(exclusionFile));
    } catch {
      // a new file
    }
    const updated = appendLine(content, exclusionLineFor(relative));
    await vscode.workspace.fs.writeFile(exclusionFile, new TextEncoder().encode(updated));
    this.log.info(`Added ${relative} to ${exclusionFile.toString(true)}`);
    await this.load();
    return true;
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const d of this.subscriptions) d.dispose();
  }
}
