/**
 * The "What AI Providers Keep" tree: for each provider, what it keeps of what you send and for how long,
 * and the steps to opt out, each step opening the provider's official page. The facts live in
 * src/facts/aiRetention.ts; every item's tooltip carries its source and date. Above the providers: the day
 * the facts were last reviewed, and the one fact that holds for all of them (a court's legal hold).
 */
import * as vscode from 'vscode';
import {
  dateKind,
  FACTS_REVIEWED,
  LEGAL_HOLD,
  OPENAI_REMINDER_TEXT,
  PROVIDERS,
  allSources,
  type FactSection,
  type OptOutStep,
  type ProviderFacts,
  type RetentionFact,
  type Sourced,
} from '../facts/aiRetention';

export const PROVIDERS_VIEW_ID = 'aiPrivacyGuard.providers';
const OPEN_LINK_COMMAND = 'aiPrivacyGuard.openExternalLink';

/** One line about what OpenAI keeps, for the status bar tooltip. */
export const OPENAI_REMINDER: string = vscode.l10n.t(OPENAI_REMINDER_TEXT);

export type ProviderNode =
  | { readonly type: 'reviewed' }
  | { readonly type: 'legalHold' }
  | { readonly type: 'provider'; readonly provider: ProviderFacts }
  | { readonly type: 'section'; readonly provider: ProviderFacts; readonly section: FactSection }
  | { readonly type: 'fact'; readonly provider: ProviderFacts; readonly fact: RetentionFact }
  | { readonly type: 'optOut'; readonly provider: ProviderFacts }
  | { readonly type: 'step'; readonly provider: ProviderFacts; readonly step: OptOutStep };

/** Every URL the tree may open; the link command refuses anything else. */
const KNOWN_URLS: ReadonlySet<string> = new Set([
  ...allSources().map((s) => s.url),
  ...PROVIDERS.flatMap((p) => p.optOut.map((s) => s.url)),
]);

/** 4 Dec 2026 (or Oct 2025 for a month-only date) in the display language. */
function formatDate(iso: string): string {
  const monthOnly = /^\d{4}-\d{2}$/.test(iso);
  const d = new Date(monthOnly ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(vscode.env.language || 'en', { year: 'numeric', month: 'short', day: monthOnly ? undefined : 'numeric', timeZone: 'UTC' });
}

/** "as of 5 Jun 2025" for a dated source; "read 4 Dec 2026, page undated" for a page without a date. */
function dateLabel(s: Pick<Sourced, 'date' | 'pageUndated'>): string {
  return dateKind(s as Sourced) === 'readUndated'
    ? vscode.l10n.t('read {0}, page undated', formatDate(s.date))
    : vscode.l10n.t('as of {0}', formatDate(s.date));
}

function sourcedTooltip(title: string, detail: string | undefined, s: Sourced, extra?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escapeMd(title)}**\n\n`);
  if (detail) md.appendMarkdown(`${escapeMd(detail)}\n\n`);
  if (extra) md.appendMarkdown(`${extra}\n\n`);
  md.appendMarkdown(`${escapeMd(vscode.l10n.t('Source'))}: [${escapeMd(s.source)}](${s.source})  \n`);
  md.appendMarkdown(`${escapeMd(dateLabel(s))} · ${escapeMd(vscode.l10n.t('confidence: {0}', s.confidence))}`);
  return md;
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}

function openCommand(url: string, title: string): vscode.Command {
  return { command: OPEN_LINK_COMMAND, title, arguments: [url] };
}

export class ProvidersTreeProvider implements vscode.TreeDataProvider<ProviderNode> {
  getChildren(node?: ProviderNode): ProviderNode[] {
    if (!node) {
      return [{ type: 'reviewed' }, { type: 'legalHold' }, ...PROVIDERS.map((provider): ProviderNode => ({ type: 'provider', provider }))];
    }
    switch (node.type) {
      case 'provider':
        return [
          ...node.provider.sections.map((section): ProviderNode => ({ type: 'section', provider: node.provider, section })),
          { type: 'optOut', provider: node.provider },
        ];
      case 'section':
        return node.section.facts.map((fact) => ({ type: 'fact', provider: node.provider, fact }));
      case 'optOut':
        return node.provider.optOut.map((step) => ({ type: 'step', provider: node.provider, step }));
      default:
        return [];
    }
  }

  getTreeItem(node: ProviderNode): vscode.TreeItem {
    switch (node.type) {
      case 'reviewed': {
        const item = new vscode.TreeItem(vscode.l10n.t('Facts reviewed {0}', formatDate(FACTS_REVIEWED)), vscode.TreeItemCollapsibleState.None);
        item.id = 'reviewed';
        item.tooltip = vscode.l10n.t('Each fact was last checked against its source on {0}. Providers change their pages without notice: the sources are one click away (Open Sources).', formatDate(FACTS_REVIEWED));
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.command = { command: 'aiPrivacyGuard.openRetentionSources', title: vscode.l10n.t('Open Sources') };
        item.contextValue = 'reviewed';
        return item;
      }
      case 'legalHold': {
        const text = vscode.l10n.t(LEGAL_HOLD.text);
        const item = new vscode.TreeItem(vscode.l10n.t(LEGAL_HOLD.headline), vscode.TreeItemCollapsibleState.None);
        item.id = 'legalHold';
        item.description = vscode.l10n.t('all providers');
        item.tooltip = sourcedTooltip(text, LEGAL_HOLD.detail && vscode.l10n.t(LEGAL_HOLD.detail), LEGAL_HOLD);
        item.accessibilityInformation = { label: `${text} ${dateLabel(LEGAL_HOLD)}` };
        item.iconPath = new vscode.ThemeIcon('law');
        item.command = openCommand(LEGAL_HOLD.source, vscode.l10n.t('Open source'));
        item.contextValue = 'fact';
        return item;
      }
      case 'provider': {
        const isFirst = node.provider === PROVIDERS[0];
        const item = new vscode.TreeItem(
          node.provider.name,
          isFirst ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `provider:${node.provider.id}`;
        item.description = vscode.l10n.t(node.provider.summary);
        item.tooltip = vscode.l10n.t('{0}: what is kept and how to opt out ({1})', node.provider.name, vscode.l10n.t(node.provider.plans));
        item.iconPath = new vscode.ThemeIcon('shield');
        item.contextValue = 'provider';
        return item;
      }
      case 'section': {
        const item = new vscode.TreeItem(vscode.l10n.t(node.section.title), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `section:${node.provider.id}:${node.section.id}`;
        item.iconPath = new vscode.ThemeIcon(node.section.id === 'court-order' ? 'law' : 'database');
        item.contextValue = 'section';
        return item;
      }
      case 'fact': {
        // A short headline fits the tree; the whole fact, its source and date are in the tooltip.
        const text = vscode.l10n.t(node.fact.text);
        const item = new vscode.TreeItem(vscode.l10n.t(node.fact.headline), vscode.TreeItemCollapsibleState.None);
        item.id = `fact:${node.provider.id}:${node.fact.id}`;
        item.description = dateLabel(node.fact);
        item.tooltip = sourcedTooltip(text, node.fact.detail && vscode.l10n.t(node.fact.detail), node.fact);
        item.accessibilityInformation = { label: `${text} ${dateLabel(node.fact)}` };
        item.iconPath = new vscode.ThemeIcon(node.fact.confidence === 'high' ? 'info' : 'question');
        item.command = openCommand(node.fact.source, vscode.l10n.t('Open source'));
        item.contextValue = 'fact';
        return item;
      }
      case 'optOut': {
        const item = new vscode.TreeItem(vscode.l10n.t('How to opt out'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `optout:${node.provider.id}`;
        item.iconPath = new vscode.ThemeIcon('settings-gear');
        item.contextValue = 'optOut';
        return item;
      }
      case 'step': {
        const text = vscode.l10n.t(node.step.text);
        const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
        item.id = `step:${node.provider.id}:${node.step.id}`;
        item.description = vscode.l10n.t(node.step.detail);
        const opens = `${escapeMd(vscode.l10n.t('Opens'))}: [${escapeMd(node.step.url)}](${node.step.url})`;
        item.tooltip = sourcedTooltip(text, vscode.l10n.t(node.step.detail), node.step, opens);
        item.iconPath = new vscode.ThemeIcon('link-external');
        item.command = openCommand(node.step.url, vscode.l10n.t('Open'));
        item.contextValue = 'optOutStep';
        return item;
      }
    }
  }
}

async function openExternalLink(url: unknown): Promise<boolean> {
  if (typeof url !== 'string' || !KNOWN_URLS.has(url)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('AI Privacy Guard only opens the official pages listed in its view.'));
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}

async function openRetentionSources(): Promise<void> {
  const picks = allSources().map(({ url, dates }) => {
    const u = vscode.Uri.parse(url);
    return { label: u.authority, description: u.path, detail: dates.map(dateLabel).join(' · '), url };
  });
  const picked = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Sources of "What AI Providers Keep" (facts reviewed {0})', formatDate(FACTS_REVIEWED)),
    placeHolder: vscode.l10n.t('Pick a source to open it in your browser'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await openExternalLink(picked.url);
}

export function registerProvidersView(context: vscode.ExtensionContext): vscode.TreeDataProvider<ProviderNode> {
  const provider = new ProvidersTreeProvider();
  context.subscriptions.push(
    vscode.window.createTreeView(PROVIDERS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true }),
    vscode.commands.registerCommand(OPEN_LINK_COMMAND, openExternalLink),
    vscode.commands.registerCommand('aiPrivacyGuard.openRetentionSources', openRetentionSources),
    vscode.commands.registerCommand('aiPrivacyGuard.showProviderRetention', () =>
      vscode.commands.executeCommand(`${PROVIDERS_VIEW_ID}.focus`),
    ),
  );
  return provider;
}
