/**
 * The Findings tree (`aiPrivacyGuard.findings`): the workspace's findings grouped by file, from Scan
 * Workspace and open documents. Selecting a finding reveals it (aiPrivacyGuard.revealFinding). A file with
 * many findings lists them by kind, each kind collapsed until opened (a log holds tens of thousands of IP
 * addresses: the scan worker keeps them, and a kind's items are asked of it only when opened, at most
 * FINDINGS_PER_KIND of them).
 */
import * as vscode from 'vscode';
import type { Category, Finding } from '../engine';
import { findingRange } from './diagnostics';
import { owningFileUri } from './files';
import { findingDescription, findingTitle, formatCount } from './messages';
import type { FindingStore, StoredScan } from './store';

export const FINDINGS_VIEW_ID = 'aiPrivacyGuard.findings';
export const REVEAL_FINDING_COMMAND = 'aiPrivacyGuard.revealFinding';
/** A file with more findings than this lists them by kind. */
const GROUP_BY_KIND_ABOVE = 10;
/** Findings listed under one kind; a last item counts the rest. */
const FINDINGS_PER_KIND = 1000;

export class FileNode {
  readonly kind = 'file';
  constructor(readonly scan: StoredScan) {}
  get uri(): vscode.Uri {
    return this.scan.uri;
  }
}

export class FindingNode {
  readonly kind = 'finding';
  readonly range: vscode.Range;
  constructor(
    readonly uri: vscode.Uri,
    readonly finding: Finding,
  ) {
    this.range = findingRange(finding);
  }
}

/** The findings of one title (kind) in one file. */
export class KindNode {
  readonly kind = 'kind';
  constructor(
    readonly file: FileNode,
    readonly title: string,
    readonly category: Category,
    readonly count: number,
  ) {}
}

/** The last item of a long kind: how many findings it does not list. */
export class MoreNode {
  readonly kind = 'more';
  constructor(
    readonly group: KindNode,
    readonly count: number,
  ) {}
}

export type FindingsTreeNode = FileNode | KindNode | FindingNode | MoreNode;

/** Whether a file's findings are listed by kind rather than one by one. */
const byKind = (scan: StoredScan) => scan.found.total > GROUP_BY_KIND_ABOVE || scan.found.listed.length < scan.found.total;

export class FindingsTreeProvider implements vscode.TreeDataProvider<FindingsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  async getChildren(node?: FindingsTreeNode): Promise<FindingsTreeNode[]> {
    if (!node) return this.store.withFindings().map((s) => new FileNode(s));
    if (node instanceof FileNode) {
      const { found } = node.scan;
      if (!byKind(node.scan)) return found.listed.map((f) => new FindingNode(node.uri, f));
      return found.kinds.map((k) => new KindNode(node, k.title, k.category, k.count));
    }
    if (node instanceof KindNode) {
      const findings = await this.findingsOf(node);
      const listed: FindingsTreeNode[] = findings.map((f) => new FindingNode(node.file.uri, f));
      if (node.count > findings.length) listed.push(new MoreNode(node, node.count - findings.length));
      return listed;
    }
    return [];
  }

  /** The first findings of a kind: asked of the scan worker, or those the host holds. */
  private async findingsOf(node: KindNode): Promise<readonly Finding[]> {
    const { found, more, version } = node.file.scan;
    const listed = found.listed.filter((one) => one.title === node.title);
    if (listed.length >= Math.min(node.count, FINDINGS_PER_KIND) || !more) return listed.slice(0, FINDINGS_PER_KIND);
    const answer = await more({ title: node.title, max: FINDINGS_PER_KIND });
    return answer && answer.version === version ? answer.findings : listed;
  }

  getParent(node: FindingsTreeNode): FindingsTreeNode | undefined {
    if (node instanceof FileNode) return undefined;
    if (node instanceof KindNode) return node.file;
    if (node instanceof MoreNode) return node.group;
    const scan = this.store.get(node.uri);
    if (!scan) return undefined;
    const file = new FileNode(scan);
    if (!byKind(scan)) return file;
    const { title, category } = node.finding;
    return new KindNode(file, title, category, scan.found.kinds.find((k) => k.title === title)?.count ?? 0);
  }

  getTreeItem(node: FindingsTreeNode): vscode.TreeItem {
    if (node instanceof FileNode) {
      const file = owningFileUri(node.uri);
      const item = new vscode.TreeItem(file, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `file:${node.uri.toString()}`;
      // The workspace folder's name only where there are several folders (VS Code's default).
      const relative = vscode.workspace.asRelativePath(file);
      const n = node.scan.found.total;
      const count = n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', formatCount(n));
      const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
      item.description = folder ? `${folder} · ${count}` : count;
      item.tooltip = node.scan.aiBound ? vscode.l10n.t('{0} (meant for AI assistants)', relative) : relative;
      item.contextValue = 'file';
      return item;
    }
    if (node instanceof KindNode) {
      const item = new vscode.TreeItem(vscode.l10n.t(node.title), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `kind:${node.file.uri.toString()}:${node.title}`;
      item.description = formatCount(node.count);
      item.iconPath = new vscode.ThemeIcon(node.category === 'secret' ? 'key' : 'person');
      item.contextValue = 'kind';
      return item;
    }
    if (node instanceof MoreNode) {
      const item = new vscode.TreeItem(vscode.l10n.t('…and {0} more: Copy Redacted replaces all of them', formatCount(node.count)), vscode.TreeItemCollapsibleState.None);
      item.id = `more:${node.group.file.uri.toString()}:${node.group.title}`;
      item.contextValue = 'more';
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(findingTitle(f), vscode.TreeItemCollapsibleState.None);
    item.id = `finding:${node.uri.toString()}:${f.start}:${f.ruleId}`;
    item.description = vscode.l10n.t('{0} · line {1}', f.masked, f.line + 1);
    item.tooltip = `${findingTitle(f)} (${f.masked})\n${findingDescription(f)}`;
    item.iconPath = new vscode.ThemeIcon(f.category === 'secret' ? 'key' : 'person');
    item.contextValue = 'finding';
    item.command = { command: REVEAL_FINDING_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [{ uri: node.uri, range: node.range }] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Create the tree view; its badge shows how many findings there are. */
export function createFindingsView(provider: FindingsTreeProvider, store: FindingStore): vscode.Disposable[] {
  const view = vscode.window.createTreeView(FINDINGS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const updateBadge = () => {
    const total = store.withFindings().reduce((n, s) => n + s.found.total, 0);
    view.badge = total > 0 ? { value: total, tooltip: total === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', formatCount(total)) } : undefined;
  };
  updateBadge();
  return [view, store.onDidChange(updateBadge)];
}

/** aiPrivacyGuard.revealFinding: `{ uri, range }` (a tree item's argument). */
export async function revealFinding(arg: unknown): Promise<boolean> {
  const a = arg as { uri?: unknown; range?: unknown } | undefined;
  if (!a || !(a.uri instanceof vscode.Uri) || !(a.range instanceof vscode.Range)) return false;
  const doc = await vscode.workspace.openTextDocument(a.uri);
  await vscode.window.showTextDocument(doc, { selection: a.range, preserveFocus: false });
  return true;
}
