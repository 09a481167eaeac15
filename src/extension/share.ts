/**
 * Check Before Sharing, Copy Redacted, Check Clipboard, Paste Restoring Redactions and Forget
 * Remembered Redactions. The placeholder -> original mapping lives in memory only, for this window.
 * Every command takes an optional argument that answers its prompt without UI (used by tests).
 * The text shared is scanned and redacted in the scan worker, off the extension host's thread: sharing a
 * whole log means a hundred thousand findings.
 */
import * as vscode from 'vscode';
import { forgetRememberedValues } from '../catalogue';
import { redact, type Category, type Finding, type Redaction } from '../engine';
import type { ConfigService } from './config';
import type { Log } from './log';
import type { RedactionMemory } from './pure/redactionMemory';
import { describeFindings, formatCount } from './messages';
import { workerOptions, type ScanClient, type ShareOutcome } from './scanClient';
import { selectFindings } from './selections';

export type ShareAction = 'copyRedacted' | 'copyAnyway' | 'showFindings' | 'cancel';
export type ClipboardAction = 'replaceWithRedacted' | 'keep';

/** Context key: the window remembers placeholders (enables Paste Restoring / Forget). */
export const HAS_REDACTIONS_CONTEXT = 'aiPrivacyGuard.hasRememberedRedactions';
/** Context key set after the first redacted copy (completes the walkthrough step). */
export const COPIED_REDACTED_CONTEXT = 'aiPrivacyGuard.hasCopiedRedacted';

/** Findings listed in a prompt before "…and N more". */
const PROMPT_FINDINGS = 15;
/** Scans of a document that changes while it is being checked are tried this many times. */
const SHARE_TRIES = 3;

/** What is being shared: the non-empty selections (in document order) or the whole document, and what it holds. */
interface SharedText extends ShareOutcome {
  readonly editor: vscode.TextEditor;
  /** The document ranges shared, joined by `eol`. */
  readonly ranges: readonly vscode.Range[];
  readonly eol: string;
  readonly isSelection: boolean;
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
    private readonly scanner: ScanClient,
  ) {}

  /**
   * Scan text as it will be shared, in the scan worker. Excluded files are scanned too: the user asked
   * explicitly. At the moment of sharing everything plausible counts, whatever the inline threshold: a value
   * redacted wrongly costs nothing, a key let through costs the key. The prompts mark the doubtful ones as such.
   */
  private async scanForSharing(
    document: vscode.TextDocument | { readonly text: string },
    spans: readonly (readonly [number, number])[],
    eol: string,
    categories?: readonly Category[],
  ): Promise<ShareOutcome | undefined> {
    const options = { ...workerOptions(this.config.current), minConfidence: 'low' as const, ...(categories && { categories }) };
    for (let attempt = 0; attempt < SHARE_TRIES; attempt++) {
      const outcome = await this.scanner.share({ document, spans, eol, options, listed: PROMPT_FINDINGS });
      if (outcome) return outcome;
    }
    void this.log.showWarning(vscode.l10n.t('The text changed while it was being checked. Try again.'));
    return undefined;
  }

  private async shared(editor: vscode.TextEditor): Promise<SharedText | undefined> {
    const doc = editor.document;
    const selections = editor.selections.filter((s) => !s.isEmpty).sort((a, b) => a.start.compareTo(b.start));
    const ranges = selections.length > 0 ? selections.map((s) => new vscode.Range(s.start, s.end)) : [doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0))];
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const outcome = await this.scanForSharing(doc, ranges.map((r) => [doc.offsetAt(r.start), doc.offsetAt(r.end)] as const), eol);
    return outcome && { ...outcome, editor, ranges, eol, isSelection: selections.length > 0 };
  }

  /** The shared text as it is, unredacted (Copy Anyway, nothing found). */
  private plainText(shared: SharedText): string {
    return shared.ranges.map((r) => shared.editor.document.getText(r)).join(shared.eol);
  }

  private findingLines(outcome: ShareOutcome): string {
    return describeFindings(outcome.listed, PROMPT_FINDINGS, true, outcome.total).join('\n');
  }

  /** Redact, remember the mapping for this window, copy; returns how many spans were replaced. */
  async copyRedactedText(text: string, findings: readonly Finding[]): Promise<number> {
    return this.copyRedaction(redact(text, findings));
  }

  /**
   * Redact spans of a document (joined by `eol`), or a text of its own, in the scan worker, remember the mapping
   * and copy the result: Copy Redacted Instead after a large copy. `categories`: what to redact (those the copy
   * warning is about). Returns how many values were replaced, or undefined when the text changed meanwhile.
   */
  async copyRedactedSpans(
    source: vscode.TextDocument | { readonly text: string },
    spans: readonly (readonly [number, number])[],
    eol: string,
    categories: readonly Category[],
  ): Promise<number | undefined> {
    const outcome = await this.scanForSharing(source, spans, eol, categories);
    return outcome && this.copyRedaction(outcome.redaction);
  }

  /** Remember a redaction's mapping for this window and copy its text; returns how many spans were replaced. */
  async copyRedaction(redaction: Redaction): Promise<number> {
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
  async checkBeforeSharing(arg?: unknown): Promise<{ findings: number; doubtful: number; action: string; selected?: number }> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.noEditor();
      return { findings: 0, doubtful: 0, action: 'noEditor' };
    }
    const shared = await this.shared(editor);
    if (!shared) return { findings: 0, doubtful: 0, action: 'changed' };
    const what = shared.isSelection ? vscode.l10n.t('the selection') : vscode.l10n.t('this file');
    if (shared.total === 0) {
      await vscode.env.clipboard.writeText(this.plainText(shared));
      void this.log.showInformation(vscode.l10n.t('No secrets or personal data found in {0}. Copied to the clipboard.', what));
      return { findings: 0, doubtful: 0, action: 'clean' };
    }
    const labels: Record<Exclude<ShareAction, 'cancel'>, string> = {
      copyRedacted: vscode.l10n.t('Copy Redacted'),
      copyAnyway: vscode.l10n.t('Copy Anyway'),
      showFindings: vscode.l10n.t('Show Findings'),
    };
    let action = optionOf<ShareAction>(arg, 'action', ['copyRedacted', 'copyAnyway', 'showFindings', 'cancel']);
    const message = vscode.l10n.t('{0} may be sensitive in {1}. Share it with an AI tool?', this.countText(shared.total), what);
    if (!action) {
      const choice = await this.log.askModal(message, this.findingLines(shared), labels.copyRedacted, labels.copyAnyway, labels.showFindings);
      action = (Object.keys(labels) as (keyof typeof labels)[]).find((k) => labels[k] === choice) ?? 'cancel';
    } else {
      this.log.info(`${message} (answered by argument: ${action})`);
    }
    switch (action) {
      case 'copyRedacted': {
        const replaced = await this.copyRedaction(shared.redaction);
        void this.log.showInformation(vscode.l10n.t('Copied with {0} sensitive values replaced by placeholders.', formatCount(replaced)));
        break;
      }
      case 'copyAnyway':
        await vscode.env.clipboard.writeText(this.plainText(shared));
        this.log.info(`Copied without redaction (${shared.total} finding(s))`);
        break;
      case 'showFindings':
        return { findings: shared.total, doubtful: shared.doubtful, action, selected: await this.showFindings(shared) };
      case 'cancel':
        break;
    }
    return { findings: shared.total, doubtful: shared.doubtful, action };
  }

  /** Select every finding (up to VS Code's limit of selections, saying so beyond it); returns how many were selected. */
  private async showFindings(shared: SharedText): Promise<number> {
    const editor = await vscode.window.showTextDocument(shared.editor.document, shared.editor.viewColumn);
    const { offsets } = shared;
    const doc = editor.document;
    const count = offsets.length / 2;
    return selectFindings(editor, count, (i) => new vscode.Range(doc.positionAt(offsets[2 * i]), doc.positionAt(offsets[2 * i + 1])), count, this.log);
  }

  private countText(count: number): string {
    return count === 1 ? vscode.l10n.t('1 value') : vscode.l10n.t('{0} values', formatCount(count));
  }

  /** aiPrivacyGuard.copyRedacted */
  async copyRedacted(): Promise<{ replaced: number }> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.noEditor();
      return { replaced: 0 };
    }
    const shared = await this.shared(editor);
    if (!shared) return { replaced: 0 };
    const replaced = await this.copyRedaction(shared.redaction);
    void this.log.showInformation(
      replaced === 0
        ? vscode.l10n.t('Nothing sensitive found. Copied to the clipboard.')
        : vscode.l10n.t('Copied with {0} sensitive values replaced by placeholders.', formatCount(replaced)),
    );
    return { replaced };
  }

  /** aiPrivacyGuard.checkClipboard */
  async checkClipboard(arg?: unknown): Promise<{ findings: number; action: string }> {
    const text = await vscode.env.clipboard.readText();
    const found = await this.scanForSharing({ text }, [[0, text.length]], '\n');
    if (!found) return { findings: 0, action: 'changed' };
    if (found.total === 0) {
      void this.log.showInformation(vscode.l10n.t('The clipboard holds no secrets or personal data.'));
      return { findings: 0, action: 'clean' };
    }
    const replaceLabel = vscode.l10n.t('Replace with Redacted');
    const keepLabel = vscode.l10n.t('Keep');
    let action = optionOf<ClipboardAction>(arg, 'action', ['replaceWithRedacted', 'keep']);
    const message = vscode.l10n.t('The clipboard holds {0} that may be sensitive.', this.countText(found.total));
    if (!action) {
      const choice = await this.log.askModal(message, this.findingLines(found), replaceLabel, keepLabel);
      action = choice === replaceLabel ? 'replaceWithRedacted' : 'keep';
    } else {
      this.log.info(`${message} (answered by argument: ${action})`);
    }
    if (action === 'replaceWithRedacted') {
      const replaced = await this.copyRedaction(found.redaction);
      void this.log.showInformation(vscode.l10n.t('The clipboard now holds the redacted text ({0} values replaced).', formatCount(replaced)));
    }
    return { findings: found.total, action };
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
