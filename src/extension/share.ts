/**
 * Check Before Sharing, Copy Redacted, Check Clipboard, Paste Restoring Redactions and Forget
 * Remembered Redactions. The placeholder -> original mapping lives in memory only, for this window.
 * Every command takes an optional argument that answers its prompt without UI (used by tests).
 */
import * as vscode from 'vscode';
import { forgetRememberedValues, scan } from '../catalogue';
import { redact, type Finding, type Redaction, type ScanOptions } from '../engine';
import type { ConfigService } from './config';
import type { Log } from './log';
import type { RedactionMemory } from './pure/redactionMemory';
import { describeFindings } from './messages';

export type ShareAction = 'copyRedacted' | 'copyAnyway' | 'showFindings' | 'cancel';
export type ClipboardAction = 'replaceWithRedacted' | 'keep';

/** Context key: the window remembers placeholders (enables Paste Restoring / Forget). */
export const HAS_REDACTIONS_CONTEXT = 'aiPrivacyGuard.hasRememberedRedactions';
/** Context key set after the first redacted copy (completes the walkthrough step). */
export const COPIED_REDACTED_CONTEXT = 'aiPrivacyGuard.hasCopiedRedacted';

/** What is being shared: the non-empty selections (in document order) or the whole document. */
interface SharedText {
  readonly editor: vscode.TextEditor;
  readonly text: string;
  /** Findings with offsets and lines in `text`. */
  readonly findings: readonly Finding[];
  /** Document ranges of the findings, for Show Findings. */
  readonly ranges: readonly vscode.Range[];
  /** 0-based document line of each finding, for messages. */
  readonly lines: readonly number[];
  readonly isSelection: boolean;
}

/** The scan options of sharing: the user's, at the lowest confidence. */
export function sharingScanOptions(options: ScanOptions): ScanOptions {
  return { ...options, minConfidence: 'low' };
}

function optionOf<T extends string>(arg: unknown, key: string, allowed: readonly T[]): T | undefined {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return undefined;
  const v = (arg as Record<string, unknown>)[key];
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

export class ShareCommands {
  constructor(
    private readonly config: ConfigService,
    private readonly memory: RedactionMemory,
    private readonly log: Log,
  ) {}

  /**
   * Scan text as it will be shared. Excluded files are scanned too: the user asked explicitly. At the
   * moment of sharing everything plausible counts, whatever the inline threshold: a value redacted wrongly
   * costs nothing, a key let through costs the key. The prompts mark the doubtful ones as such.
   */
  private scanForSharing(text: string): Finding[] {
    return scan(text, sharingScanOptions(this.config.current.scanOptions));
  }

  private shared(editor: vscode.TextEditor): SharedText {
    const doc = editor.document;
    const selections = editor.selections.filter((s) => !s.isEmpty).sort((a, b) => a.start.compareTo(b.start));
    const parts = selections.length > 0 ? selections.map((s) => new vscode.Range(s.start, s.end)) : [doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0))];
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const texts: string[] = [];
    const findings: Finding[] = [];
    const ranges: vscode.Range[] = [];
    const lines: number[] = [];
    let offset = 0;
    for (const range of parts) {
      const text = doc.getText(range);
      const base = doc.offsetAt(range.start);
      for (const f of this.scanForSharing(text)) {
        findings.push({ ...f, start: f.start + offset, end: f.end + offset });
        const r = new vscode.Range(doc.positionAt(base + f.start), doc.positionAt(base + f.end));
        ranges.push(r);
        lines.push(r.start.line);
      }
      texts.push(text);
      offset += text.length + eol.length;
    }
    return { editor, text: texts.join(eol), findings, ranges, lines, isSelection: selections.length > 0 };
  }

  private findingLines(findings: readonly Finding[], lines?: readonly number[]): string {
    const numbered = lines ? findings.map((f, i) => ({ ...f, line: lines[i] })) : findings;
    return describeFindings(numbered, undefined, true).join('\n');
  }

  /** Redact, remember the mapping for this window, copy; returns how many spans were replaced. */
  async copyRedactedText(text: string, findings: readonly Finding[]): Promise<number> {
    const redaction: Redaction = redact(text, findings);
    await vscode.env.clipboard.writeText(this.memory.remember(redaction));
    await this.updateContext();
    void vscode.commands.executeCommand('setContext', COPIED_REDACTED_CONTEXT, true);
    this.log.info(`Copied redacted text: ${redaction.replaced} value(s) replaced by placeholders`);
    return redaction.replaced;
  }

  async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', HAS_REDACTIONS_CONTEXT, this.memory.size > 0);
  }

  private noEditor(): void {
    void this.log.showInformation(vscode.l10n.t('Open a file or select text to check it before sharing.'));
  }

  /** aiPrivacyGuard.checkBeforeSharing */
  async checkBeforeSharing(arg?: unknown): Promise<{ findings: number; doubtful: number; action: string }> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.noEditor();
      return { findings: 0, doubtful: 0, action: 'noEditor' };
    }
    const shared = this.shared(editor);
    const what = shared.isSelection ? vscode.l10n.t('the selection') : vscode.l10n.t('this file');
    if (shared.findings.length === 0) {
      await vscode.env.clipboard.writeText(shared.text);
      void this.log.showInformation(vscode.l10n.t('No secrets or personal data found in {0}. Copied to the clipboard.', what));
      return { findings: 0, doubtful: 0, action: 'clean' };
    }
    const labels: Record<Exclude<ShareAction, 'cancel'>, string> = {
      copyRedacted: vscode.l10n.t('Copy Redacted'),
      copyAnyway: vscode.l10n.t('Copy Anyway'),
      showFindings: vscode.l10n.t('Show Findings'),
    };
    let action = optionOf<ShareAction>(arg, 'action', ['copyRedacted', 'copyAnyway', 'showFindings', 'cancel']);
    const message = vscode.l10n.t('{0} may be sensitive in {1}. Share it with an AI tool?', this.countText(shared.findings), what);
    if (!action) {
      const choice = await this.log.askModal(message, this.findingLines(shared.findings, shared.lines), labels.copyRedacted, labels.copyAnyway, labels.showFindings);
      action = (Object.keys(labels) as (keyof typeof labels)[]).find((k) => labels[k] === choice) ?? 'cancel';
    } else {
      this.log.info(`${message} (answered by argument: ${action})`);
    }
    switch (action) {
      case 'copyRedacted': {
        const replaced = await this.copyRedactedText(shared.text, shared.findings);
        void this.log.showInformation(vscode.l10n.t('Copied with {0} sensitive values replaced by placeholders.', replaced));
        break;
      }
      case 'copyAnyway':
        await vscode.env.clipboard.writeText(shared.text);
        this.log.info(`Copied without redaction (${shared.findings.length} finding(s))`);
        break;
      case 'showFindings':
        await this.showFindings(shared);
        break;
      case 'cancel':
        break;
    }
    return { findings: shared.findings.length, doubtful: shared.findings.filter((f) => f.confidence === 'low').length, action };
  }

  private async showFindings(shared: SharedText): Promise<void> {
    const editor = await vscode.window.showTextDocument(shared.editor.document, shared.editor.viewColumn);
    editor.selections = shared.ranges.map((r) => new vscode.Selection(r.start, r.end));
    editor.revealRange(shared.ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private countText(findings: readonly Finding[]): string {
    return findings.length === 1 ? vscode.l10n.t('1 value') : vscode.l10n.t('{0} values', findings.length);
  }

  /** aiPrivacyGuard.copyRedacted */
  async copyRedacted(): Promise<{ replaced: number }> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.noEditor();
      return { replaced: 0 };
    }
    const shared = this.shared(editor);
    const replaced = await this.copyRedactedText(shared.text, shared.findings);
    void this.log.showInformation(
      replaced === 0
        ? vscode.l10n.t('Nothing sensitive found. Copied to the clipboard.')
        : vscode.l10n.t('Copied with {0} sensitive values replaced by placeholders.', replaced),
    );
    return { replaced };
  }

  /** aiPrivacyGuard.checkClipboard */
  async checkClipboard(arg?: unknown): Promise<{ findings: number; action: string }> {
    const text = await vscode.env.clipboard.readText();
    const findings = this.scanForSharing(text);
    if (findings.length === 0) {
      void this.log.showInformation(vscode.l10n.t('The clipboard holds no secrets or personal data.'));
      return { findings: 0, action: 'clean' };
    }
    const replaceLabel = vscode.l10n.t('Replace with Redacted');
    const keepLabel = vscode.l10n.t('Keep');
    let action = optionOf<ClipboardAction>(arg, 'action', ['replaceWithRedacted', 'keep']);
    const message = vscode.l10n.t('The clipboard holds {0} that may be sensitive.', this.countText(findings));
    if (!action) {
      const choice = await this.log.askModal(message, this.findingLines(findings), replaceLabel, keepLabel);
      action = choice === replaceLabel ? 'replaceWithRedacted' : 'keep';
    } else {
      this.log.info(`${message} (answered by argument: ${action})`);
    }
    if (action === 'replaceWithRedacted') {
      const replaced = await this.copyRedactedText(text, findings);
      void this.log.showInformation(vscode.l10n.t('The clipboard now holds the redacted text ({0} values replaced).', replaced));
    }
    return { findings: findings.length, action };
  }

  /** aiPrivacyGuard.pasteRestoringRedactions */
  async pasteRestoringRedactions(): Promise<{ restored: number }> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void this.log.showInformation(vscode.l10n.t('Open an editor to paste into.'));
      return { restored: 0 };
    }
    const { text, restored } = this.memory.restore(await vscode.env.clipboard.readText());
    await editor.edit((b) => {
      for (const s of editor.selections) b.replace(s, text);
    });
    this.log.info(`Pasted with ${restored} placeholder(s) restored`);
    if (restored === 0) {
      void this.log.showInformation(vscode.l10n.t('Pasted; the clipboard held no placeholders remembered in this window.'));
    }
    return { restored };
  }

  /** aiPrivacyGuard.forgetRedactions */
  async forgetRedactions(): Promise<{ forgotten: number }> {
    const forgotten = this.memory.size;
    this.memory.clear();
    // The scanner's memory of recent values (phone verdicts, fingerprints) goes too.
    forgetRememberedValues();
    await this.updateContext();
    void this.log.showInformation(vscode.l10n.t('Forgot {0} remembered placeholders.', forgotten));
    return { forgotten };
  }
}
