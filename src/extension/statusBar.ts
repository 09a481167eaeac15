/**
 * Status bar item for the active editor: `$(shield) 2 secrets · 1 PII`, or a clean state; warning
 * background when something is found, error background when the file is meant for an AI. Clicking
 * it runs Check Before Sharing. The tooltip lists kinds with masked values only.
 */
import * as vscode from 'vscode';
import type { ConfigService } from './config';
import { isScannableScheme } from './files';
import { OPENAI_REMINDER } from './providersView';
import { describeFindings, formatCount } from './messages';
import type { FindingStore, StoredScan } from './store';

/** Findings listed in the tooltip before "…and N more". */
const TOOLTIP_FINDINGS = 10;

export interface StatusBarState {
  text: string;
  tooltip: string;
  visible: boolean;
  backgroundColor?: string;
}

export function statusText(scan: StoredScan | undefined): string {
  if (!scan) return `$(shield) ${vscode.l10n.t('Not scanned')}`;
  if (scan.skipped) return `$(shield) ${vscode.l10n.t('Not scanned')}`;
  const { secrets } = scan.found;
  const pii = scan.found.total - secrets;
  if (secrets + pii === 0) return `$(shield) ${vscode.l10n.t('Clean')}`;
  const parts: string[] = [];
  if (secrets > 0) parts.push(secrets === 1 ? vscode.l10n.t('1 secret') : vscode.l10n.t('{0} secrets', formatCount(secrets)));
  if (pii > 0) parts.push(vscode.l10n.t('{0} PII', formatCount(pii)));
  return `$(shield) ${parts.join(' · ')}`;
}

export class PrivacyStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aiPrivacyGuard.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [this.item];
  private current: StatusBarState = { text: '', tooltip: '', visible: false };
  /** Shown for a while after a sensitive copy, in place of the file's state (see CopyGuard). */
  private clipboard?: { readonly text: string; readonly tooltip: string; readonly timer: ReturnType<typeof setTimeout> };

  constructor(
    private readonly config: ConfigService,
    private readonly store: FindingStore,
  ) {
    this.item.name = vscode.l10n.t('AI Privacy Guard');
    this.item.command = 'aiPrivacyGuard.checkBeforeSharing';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange(() => this.update()),
      config.onDidChange(() => this.update()),
    );
    this.update();
  }

  state(): StatusBarState {
    return { ...this.current };
  }

  /** Says for `ms` that the clipboard holds sensitive text; the next copy or Copy Redacted clears it sooner. */
  showClipboardWarning(text: string, tooltip: string, ms: number): void {
    this.clearClipboardWarning(false);
    this.clipboard = { text: `$(shield) ${text}`, tooltip, timer: setTimeout(() => this.clearClipboardWarning(), ms) };
    this.update();
  }

  clearClipboardWarning(update = true): void {
    if (!this.clipboard) return;
    clearTimeout(this.clipboard.timer);
    this.clipboard = undefined;
    if (update) this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const config = this.config.current;
    if (this.clipboard && config.statusBarEnabled) {
      const { text, tooltip } = this.clipboard;
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
      this.current = { text, tooltip, visible: true, backgroundColor: 'statusBarItem.warningBackground' };
      return;
    }
    if (!editor || !config.statusBarEnabled || !isScannableScheme(editor.document.uri)) {
      this.current = { text: this.item.text, tooltip: this.current.tooltip, visible: false };
      this.item.hide();
      return;
    }
    const scan = this.store.get(editor.document.uri);
    const text = statusText(scan);
    const lines: string[] = [];
    let background: string | undefined;
    if (!config.enable) {
      lines.push(vscode.l10n.t('AI Privacy Guard is turned off (aiPrivacyGuard.enable).'));
    } else if (!scan || scan.skipped) {
      const why: Record<string, string> = {
        excluded: vscode.l10n.t('This file matches aiPrivacyGuard.exclude.'),
        tooLarge: vscode.l10n.t('This file is larger than aiPrivacyGuard.maxFileSizeMB.'),
      };
      lines.push(why[scan?.skipped ?? ''] ?? vscode.l10n.t('This file has not been scanned.'));
    } else if (scan.found.total === 0) {
      lines.push(vscode.l10n.t('No secrets or personal data found in this file.'));
    } else {
      background = scan.aiBound ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground';
      lines.push(
        scan.aiBound
          ? vscode.l10n.t('Found in a file meant for AI assistants:')
          : vscode.l10n.t('Found in this file:'),
        ...describeFindings(scan.found.listed, TOOLTIP_FINDINGS, false, scan.found.total),
      );
    }
    lines.push('', OPENAI_REMINDER, vscode.l10n.t('Click to check before sharing.'));
    const tooltip = lines.join('\n');
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
    this.item.show();
    this.current = { text, tooltip, visible: true, backgroundColor: background };
  }

  dispose(): void {
    this.clearClipboardWarning(false);
    for (const d of this.subscriptions) d.dispose();
  }
}
