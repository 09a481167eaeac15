/**
 * Selecting findings in an editor (Show Findings, Show on a copy warning). VS Code keeps at most
 * `editor.multiCursorLimit` selections (10,000 by default, at most 100,000) and drops the rest without a word
 * to the extension that set them; a log holds more findings than that. So the findings beyond the limit are
 * not handed over to be dropped: the user is told how many of how many are selected, and where the rest are
 * (the Findings view, Copy Redacted), with a way to raise the limit.
 */
import * as vscode from 'vscode';
import type { Log } from './log';
import { formatCount } from './messages';
import { yieldToEventLoop } from './worker/inThread';

/** VS Code's own default and ceiling of editor.multiCursorLimit. */
const DEFAULT_SELECTION_LIMIT = 10_000;
const MAX_SELECTION_LIMIT = 100_000;
/** Selections built per turn of the event loop (each reads the document's line index). */
const SELECTION_BATCH = 5_000;

/** How many selections VS Code keeps in an editor of `document`. */
export function selectionLimit(document: vscode.TextDocument): number {
  const limit = vscode.workspace.getConfiguration('editor', document).get<number>('multiCursorLimit', DEFAULT_SELECTION_LIMIT);
  return Number.isInteger(limit) && limit >= 1 ? Math.min(limit, MAX_SELECTION_LIMIT) : DEFAULT_SELECTION_LIMIT;
}

/**
 * Select findings in `editor`: `count` of them, the i-th one's range given by `rangeOf(i)` (called only for
 * those selected), out of `total`. Returns how many were selected.
 */
export async function selectFindings(editor: vscode.TextEditor, count: number, rangeOf: (i: number) => vscode.Range, total: number, log: Log): Promise<number> {
  const selected = Math.min(count, selectionLimit(editor.document));
  if (selected === 0) return 0;
  const selections: vscode.Selection[] = [];
  for (let from = 0; from < selected; from += SELECTION_BATCH) {
    if (from > 0) await yieldToEventLoop();
    for (let i = from; i < Math.min(selected, from + SELECTION_BATCH); i++) {
      const r = rangeOf(i);
      selections.push(new vscode.Selection(r.start, r.end));
    }
  }
  editor.selections = selections;
  editor.revealRange(selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (selected < total) {
    log.info(`Selected the first ${selected} of ${total} findings (editor.multiCursorLimit)`);
    const changeLimit = vscode.l10n.t('Change the Limit');
    const openView = vscode.l10n.t('Open Findings View');
    const message = vscode.l10n.t(
      'Selected the first {0} of {1} findings: VS Code keeps at most {0} selections (setting editor.multiCursorLimit, up to 100,000). The Findings view lists them all by kind, and Copy Redacted replaces every one.',
      formatCount(selected),
      formatCount(total),
    );
    void log.showInformation(message, changeLimit, openView).then((choice) => {
      if (choice === changeLimit) void vscode.commands.executeCommand('workbench.action.openSettings', 'editor.multiCursorLimit');
      else if (choice === openView) void vscode.commands.executeCommand('aiPrivacyGuard.findings.focus');
    });
  }
  return selected;
}
