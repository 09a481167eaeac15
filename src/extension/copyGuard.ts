/**
 * The moment of sharing, without being asked: a warning when sensitive text is copied out of an editor,
 * and "Paste with Original Values" in VS Code's paste widget when an AI's answer comes back holding the
 * placeholders this window handed out. Both through one DocumentPasteEditProvider, registered for every
 * document.
 *
 * The copy is never blocked or delayed: VS Code writes the clipboard before it asks providers, and the
 * check scans only the copied text, at once (measured on minified-free library code: 200 lines in under
 * 0.1 ms, 2,000 lines in about 3 ms). A copy larger than MAX_COPY_SCAN_CHARS is neither read nor scanned on
 * the extension host: its warning counts the findings the scan worker already keeps for the document, and
 * Copy Redacted Instead scans and redacts it in the worker, so that no copy can hold up the shared extension
 * host for long.
 *
 * A copy pasted back into the same document is not worth a warning, but a warning cannot be taken back
 * once shown. So the warning waits a short grace period (COPY_WARNING_GRACE_MS): our provider tags the
 * copy in VS Code's data transfer, and a paste of that copy into the same document within the grace
 * period cancels it. Leaving the window (to paste into a browser) ends the grace period at once. The grace
 * period is shorter than it takes to switch to another application and paste, so the warning is there
 * before the text is.
 */
import * as vscode from 'vscode';
import { scan } from '../catalogue';
import type { Category, Finding } from '../engine';
import type { ConfigService } from './config';
import type { Log } from './log';
import { findingTitle, formatCount } from './messages';
import { copyKey, copySummaryOf, RecentCopies, summarizeCopy, warnedCategories, type CopySummary } from './pure/copyWarning';
import type { RedactionMemory } from './pure/redactionMemory';
import type { ShareCommands } from './share';
import type { PrivacyStatusBar } from './statusBar';
import { selectFindings, selectionLimit } from './selections';
import type { FindingStore } from './store';
import type { FindingQuery } from './worker/findingList';

/** Our tag on a copy in VS Code's data transfer (it stays inside this window). */
const COPY_MIME = 'application/vnd.ai-privacy-guard.copy';
/** How long a warning waits for the copy to be pasted back into its own document. */
export const COPY_WARNING_GRACE_MS = 800;
/** How long the status bar says that the clipboard holds sensitive text. */
const CLIPBOARD_STATUS_MS = 20_000;
/** Above this, a copy is not scanned: the document's known findings in the copied ranges are used. */
export const MAX_COPY_SCAN_CHARS = 256_000;
/** Files the user chose "Don't Warn for This File" for, per workspace. */
const MUTED_FILES_KEY = 'aiPrivacyGuard.copyWarningMutedFiles';
/** Context key: the last copy held sensitive text (enables Copy Redacted Instead in the palette). */
export const CLIPBOARD_SENSITIVE_CONTEXT = 'aiPrivacyGuard.clipboardSensitive';

export const RESTORE_PASTE_KIND = vscode.DocumentDropOrPasteEditKind.Text.append('aiPrivacyGuard', 'restoreRedactions');
const PLAIN_TEXT_KIND = vscode.DocumentDropOrPasteEditKind.Text.append('plain');

/**
 * One copy that holds findings: what the warning says, and its actions. A copy of ordinary size keeps its text
 * and findings; a large one only where it came from, and asks the scan worker for the rest when an action needs it.
 */
interface SensitiveCopy {
  readonly id: string;
  readonly uri: vscode.Uri;
  /** How many findings the copy holds. */
  readonly count: number;
  readonly summary: CopySummary;
  /** The findings' document ranges (for Show): the first `max` of them. */
  readonly ranges: (max: number) => Promise<readonly vscode.Range[]>;
  /** Replace the clipboard with the copy redacted; how many values were replaced, undefined when it could not be done. */
  readonly redact: () => Promise<number | undefined>;
}

/** The copied ranges (in document order, as VS Code joins them), their document offsets, and where each starts in the copied text. */
interface CopiedParts {
  readonly parts: readonly vscode.Range[];
  readonly spans: readonly (readonly [from: number, to: number])[];
  readonly partStarts: readonly number[];
  /** What joins the parts in the copied text. */
  readonly joiner: string;
  readonly length: number;
}

function copiedParts(document: vscode.TextDocument, ranges: readonly vscode.Range[]): CopiedParts {
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  // An empty range copies its whole line, line break included (editor.emptySelectionClipboard).
  const parts = [...ranges]
    .sort((a, b) => a.start.compareTo(b.start))
    .map((r) => (r.isEmpty ? document.lineAt(r.start.line).rangeIncludingLineBreak : r));
  const joiner = parts.length > 1 ? eol : '';
  const spans = parts.map((r) => [document.offsetAt(r.start), document.offsetAt(r.end)] as const);
  const partStarts: number[] = [];
  let length = 0;
  for (const [from, to] of spans) {
    partStarts.push(length);
    length += to - from + joiner.length;
  }
  return { parts, spans, partStarts, joiner, length: Math.max(0, length - joiner.length) };
}

/** Findings of a large copy read one by one for its warning (the first of each category). */
const SUMMARY_ITEMS = 3;

export type CopyWarningAction = 'copyRedacted' | 'show' | 'dontWarn';

/** What a test (or another extension) can see of the warnings: masked text only. */
export interface CopyWarningRecord {
  readonly message: string;
  readonly findings: number;
}

export class CopyGuard implements vscode.DocumentPasteEditProvider, vscode.Disposable {
  private nextId = 1;
  /** Copies seen so far: a copy whose findings are still being asked for is dropped once another follows. */
  private copies = 0;
  private pending?: { readonly copy: SensitiveCopy; readonly timer: ReturnType<typeof setTimeout> };
  /** The last copy warned about, while it is what the clipboard holds as far as we know. */
  private latest?: SensitiveCopy;
  private readonly recent = new RecentCopies();
  private readonly warnings: CopyWarningRecord[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly config: ConfigService,
    private readonly share: ShareCommands,
    private readonly memory: RedactionMemory,
    private readonly store: FindingStore,
    private readonly statusBar: PrivacyStatusBar,
    private readonly workspaceState: vscode.Memento,
    private readonly log: Log,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeWindowState((state) => {
        // Leaving the window with a copy in hand: it is going somewhere else, warn now.
        if (!state.focused && this.pending) this.warnNow();
      }),
    );
  }

  /** Registers the provider for every document; returns what to dispose. */
  register(): vscode.Disposable {
    return vscode.languages.registerDocumentPasteEditProvider('*', this, {
      providedPasteEditKinds: [RESTORE_PASTE_KIND],
      copyMimeTypes: [COPY_MIME],
      pasteMimeTypes: ['text/plain', COPY_MIME],
    });
  }

  /** Warnings shown so far (masked), for tests. */
  shownWarnings(): readonly CopyWarningRecord[] {
    return this.warnings;
  }

  // --- copy ---------------------------------------------------------------------------------------

  prepareDocumentPaste(document: vscode.TextDocument, ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer): void | Thenable<void> {
    // Whatever the clipboard held before, this copy replaces it.
    this.forgetClipboard();
    const copyNumber = ++this.copies;
    const categories = warnedCategories(this.config.current.warnOnCopy);
    if (categories.length === 0 || this.isMuted(document.uri)) return;
    const key = copyKey(document.uri.toString(), document.version, ranges);
    const copied = copiedParts(document, ranges);
    const hold = (copy: SensitiveCopy | undefined) => {
      // A later copy replaced this one while its findings were asked for.
      if (!copy || copy.count === 0 || copyNumber !== this.copies || !this.recent.claim(key)) return;
      dataTransfer.set(COPY_MIME, new vscode.DataTransferItem(copy.id));
      this.pending = { copy, timer: setTimeout(() => this.warnNow(), COPY_WARNING_GRACE_MS) };
    };
    // A copy of ordinary size is scanned here and now (2,000 lines in about 3 ms), not in the scan worker:
    // there it would wait behind any scan in progress (seconds for a large log), and the warning must be
    // shown before the text can be pasted somewhere else.
    if (copied.length <= MAX_COPY_SCAN_CHARS) return hold(this.scannedCopy(document, copied, categories));
    return this.knownCopy(document, copied, categories).then(hold);
  }

  /** A copy of ordinary size: its text, scanned here; offsets of its findings in that text. */
  private scannedCopy(document: vscode.TextDocument, { parts, partStarts, joiner }: CopiedParts, categories: readonly Category[]): SensitiveCopy {
    const text = parts.map((r) => document.getText(r)).join(joiner);
    const findings = scan(text, { ...this.config.current.scanOptions, categories, minConfidence: 'low' });
    // Document offsets of the parts when copied (the ranges Show selects are those of the copy).
    const bases = parts.map((part, i) => document.offsetAt(part.start) - partStarts[i]);
    return {
      id: String(this.nextId++),
      uri: document.uri,
      count: findings.length,
      summary: summarizeCopy(findings, findingTitle),
      ranges: async (max) =>
        findings.slice(0, max).map((f) => {
          let i = partStarts.length - 1;
          while (i > 0 && partStarts[i] > f.start) i--;
          return new vscode.Range(document.positionAt(bases[i] + f.start), document.positionAt(bases[i] + f.end));
        }),
      redact: () => this.share.copyRedactedText(text, findings),
    };
  }

  /**
   * A copy too large to scan on this thread: counted from the findings the scan worker keeps for the document (those
   * lying whole in the copied ranges), read one by one only for the warning's first few and for Show; Copy Redacted
   * Instead scans and redacts the copied ranges in the worker, as Copy Redacted does. When the worker's findings are
   * of another version, those the extension host holds stand in.
   */
  private async knownCopy(document: vscode.TextDocument, copied: CopiedParts, categories: readonly Category[]): Promise<SensitiveCopy> {
    const version = document.version;
    const stored = this.store.get(document.uri);
    const ask = async (query: FindingQuery) => {
      const asked = stored?.version === version ? await stored.more?.(query) : undefined;
      if (asked?.version === version) return asked;
      const [from, to] = query.span ?? [0, Infinity];
      const listed = (stored?.found.listed ?? []).filter((f) => f.start >= from && f.end <= to && (!query.category || f.category === query.category));
      return { findings: listed.slice(0, query.max), matching: listed.length, version };
    };
    const counts: Record<Category, number> = { secret: 0, pii: 0 };
    const first: Finding[] = [];
    for (const category of categories) {
      for (const span of copied.spans) {
        const { findings, matching } = await ask({ span, whole: true, category, max: SUMMARY_ITEMS });
        counts[category] += matching;
        for (const f of findings) first.push(f);
      }
    }
    const count = counts.secret + counts.pii;
    this.log.info(`A copy of more than ${MAX_COPY_SCAN_CHARS} characters: checked against the ${count} finding(s) already known for the file`);
    const category = categories.length === 1 ? categories[0] : undefined;
    return {
      id: String(this.nextId++),
      uri: document.uri,
      count,
      summary: copySummaryOf(counts.secret, counts.pii, first, findingTitle, SUMMARY_ITEMS),
      ranges: async (max) => {
        const ranges: vscode.Range[] = [];
        for (const span of copied.spans) {
          if (ranges.length >= max) break;
          const { findings } = await ask({ span, whole: true, category, max: max - ranges.length });
          for (const f of findings) ranges.push(new vscode.Range(f.line, f.column, f.endLine, f.endColumn));
        }
        return ranges;
      },
      redact: async () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Redacting the copied text…') }, async () => {
          if (!document.isClosed && document.version === version) return this.share.copyRedactedSpans(document, copied.spans, copied.joiner, categories);
          // The document changed since the copy: what the clipboard holds is redacted instead.
          const text = await vscode.env.clipboard.readText();
          return this.share.copyRedactedSpans({ text }, [[0, text.length]], '', categories);
        }),
    };
  }

  private warnNow(): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    const copy = pending.copy;
    this.latest = copy;
    const message = this.message(copy.summary);
    this.warnings.push({ message, findings: copy.count });
    this.log.info(`Copy warning: ${message}`);
    this.statusBar.showClipboardWarning(this.statusText(copy.summary), message, CLIPBOARD_STATUS_MS);
    void vscode.commands.executeCommand('setContext', CLIPBOARD_SENSITIVE_CONTEXT, true);
    const labels: Record<CopyWarningAction, string> = {
      copyRedacted: vscode.l10n.t('Copy Redacted Instead'),
      show: vscode.l10n.t('Show'),
      dontWarn: vscode.l10n.t("Don't Warn for This File"),
    };
    void this.log.showWarning(message, labels.copyRedacted, labels.show, labels.dontWarn).then((choice) => {
      const action = (Object.keys(labels) as CopyWarningAction[]).find((k) => labels[k] === choice);
      if (action) void this.act(action, copy);
    });
  }

  private message(summary: CopySummary): string {
    const list = summary.more > 0
      ? vscode.l10n.t('{0} and {1} more', summary.items.join(', '), formatCount(summary.more))
      : summary.items.join(', ');
    if (summary.pii === 0) {
      return summary.secrets === 1
        ? vscode.l10n.t('You copied a secret ({0}).', list)
        : vscode.l10n.t('You copied {0} secrets ({1}).', formatCount(summary.secrets), list);
    }
    if (summary.secrets === 0) {
      return summary.pii === 1
        ? vscode.l10n.t('You copied a piece of personal data ({0}).', list)
        : vscode.l10n.t('You copied {0} pieces of personal data ({1}).', formatCount(summary.pii), list);
    }
    return vscode.l10n.t('You copied {0} secrets and {1} pieces of personal data ({2}).', formatCount(summary.secrets), formatCount(summary.pii), list);
  }

  private statusText(summary: CopySummary): string {
    if (summary.secrets === 1) return vscode.l10n.t('Clipboard: 1 secret');
    return summary.secrets > 0
      ? vscode.l10n.t('Clipboard: {0} secrets', formatCount(summary.secrets))
      : vscode.l10n.t('Clipboard: {0} PII', formatCount(summary.pii));
  }

  /** The warning's actions; also the commands' (the last copy warned about), and tests' way in. */
  async act(action: CopyWarningAction, copy: SensitiveCopy | undefined = this.latest): Promise<{ done: boolean; replaced?: number; selected?: number }> {
    if (!copy) {
      void this.log.showInformation(vscode.l10n.t('The last copy held nothing sensitive.'));
      return { done: false };
    }
    switch (action) {
      case 'copyRedacted': {
        if (copy !== this.latest) {
          void this.log.showInformation(vscode.l10n.t('You have copied something else since; nothing was changed.'));
          return { done: false };
        }
        const replaced = await copy.redact();
        if (replaced === undefined) return { done: false };
        this.forgetClipboard();
        void this.log.showInformation(vscode.l10n.t('The clipboard now holds the redacted text ({0} values replaced).', formatCount(replaced)));
        return { done: true, replaced };
      }
      case 'show': {
        const editor = await vscode.window.showTextDocument(copy.uri);
        const ranges = await copy.ranges(selectionLimit(editor.document));
        const selected = await selectFindings(editor, ranges.length, (i) => ranges[i], copy.count, this.log);
        return { done: selected > 0, selected };
      }
      case 'dontWarn': {
        await this.workspaceState.update(MUTED_FILES_KEY, [...this.mutedFiles(), copy.uri.toString()]);
        this.forgetClipboard();
        const file = vscode.workspace.asRelativePath(copy.uri);
        this.log.info(`Copy warnings muted for ${file}`);
        const undo = vscode.l10n.t('Undo');
        void this.log.showInformation(vscode.l10n.t('No more copy warnings for {0} in this workspace.', file), undo).then(async (choice) => {
          if (choice === undo) await this.workspaceState.update(MUTED_FILES_KEY, this.mutedFiles().filter((u) => u !== copy.uri.toString()));
        });
        return { done: true };
      }
    }
  }

  private mutedFiles(): string[] {
    const stored = this.workspaceState.get<unknown>(MUTED_FILES_KEY);
    return Array.isArray(stored) ? stored.filter((u): u is string => typeof u === 'string') : [];
  }

  private isMuted(uri: vscode.Uri): boolean {
    return this.mutedFiles().includes(uri.toString());
  }

  /** The clipboard no longer holds the copy we know of (a new copy, or Copy Redacted). */
  forgetClipboard(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
    this.latest = undefined;
    this.statusBar.clearClipboardWarning();
    void vscode.commands.executeCommand('setContext', CLIPBOARD_SENSITIVE_CONTEXT, false);
  }

  // --- paste --------------------------------------------------------------------------------------

  async provideDocumentPasteEdits(
    document: vscode.TextDocument,
    _ranges: readonly vscode.Range[],
    dataTransfer: vscode.DataTransfer,
    _context: vscode.DocumentPasteEditContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentPasteEdit[] | undefined> {
    const copyId = await dataTransfer.get(COPY_MIME)?.asString();
    if (copyId !== undefined && this.pending?.copy.id === copyId && this.pending.copy.uri.toString() === document.uri.toString()) {
      // Pasted back into the document it came from: the text has not left the editor.
      clearTimeout(this.pending.timer);
      this.pending = undefined;
    }
    if (this.memory.size === 0 || token.isCancellationRequested) return undefined;
    const text = await dataTransfer.get('text/plain')?.asString();
    if (!text) return undefined;
    const { text: restoredText, restored } = this.memory.restore(text);
    if (restored === 0) return undefined;
    const edit = new vscode.DocumentPasteEdit(
      restoredText,
      restored === 1
        ? vscode.l10n.t('Paste with Original Values (1 restored)')
        : vscode.l10n.t('Paste with Original Values ({0} restored)', restored),
      RESTORE_PASTE_KIND,
    );
    // The plain paste stays the default; this one waits in the paste widget.
    edit.yieldTo = [PLAIN_TEXT_KIND];
    return [edit];
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    for (const d of this.subscriptions) d.dispose();
  }
}
