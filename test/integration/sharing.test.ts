import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, assertNoRawValue, CLEAN_TEXT, closeAllEditors, FAKE, openFile, SECRETS_TEXT, waitFor } from './helpers';

const SENTINEL = 'clipboard sentinel: untouched';

async function clipboard(): Promise<string> {
  return vscode.env.clipboard.readText();
}

/** Selects the lines holding the AWS key and the email (lines 2-4 of SECRETS_TEXT). */
function selectSecretLines(editor: vscode.TextEditor): void {
  editor.selection = new vscode.Selection(1, 0, 3, editor.document.lineAt(3).text.length);
}

describe('sharing commands', () => {
  beforeEach(async () => {
    await vscode.env.clipboard.writeText(SENTINEL);
    await vscode.commands.executeCommand('aiPrivacyGuard.forgetRedactions');
  });
  afterEach(closeAllEditors);

  it('Check Before Sharing -> Copy Redacted puts the redacted selection on the clipboard', async () => {
    const guard = await activate();
    const editor = await openFile('sharing/selection.txt', SECRETS_TEXT);
    selectSecretLines(editor);
    const result = await vscode.commands.executeCommand<{ findings: number; doubtful: number; action: string }>(
      'aiPrivacyGuard.checkBeforeSharing', { action: 'copyRedacted' },
    );
    assert.deepEqual(result, { findings: 3, doubtful: 0, action: 'copyRedacted' });
    const copied = await clipboard();
    assertNoRawValue(copied, 'the redacted clipboard');
    assert.match(copied, /^aws_access_key_id = \[REDACTED_AWS_ACCESS_KEY_1\]$/m);
    assert.match(copied, /^GITHUB_TOKEN=\[REDACTED_[A-Z_]+_1\]$/m);
    assert.match(copied, /^Contact: \[REDACTED_EMAIL[A-Z_]*_1\]$/m);
    assert.ok(!copied.includes('# deployment notes'), 'only the selection is copied');
    assert.equal(guard.rememberedRedactions(), 3);
  });

  it('Check Before Sharing -> Copy Anyway copies the text unchanged, Cancel copies nothing', async () => {
    const editor = await openFile('sharing/anyway.txt', SECRETS_TEXT);
    selectSecretLines(editor);
    const cancelled = await vscode.commands.executeCommand<{ action: string }>('aiPrivacyGuard.checkBeforeSharing', { action: 'cancel' });
    assert.equal(cancelled.action, 'cancel');
    assert.equal(await clipboard(), SENTINEL);
    await vscode.commands.executeCommand('aiPrivacyGuard.checkBeforeSharing', { action: 'copyAnyway' });
    assert.equal(await clipboard(), editor.document.getText(editor.selection));
  });

  it('Check Before Sharing -> Show Findings selects each finding in the editor', async () => {
    const editor = await openFile('sharing/show.txt', SECRETS_TEXT);
    await vscode.commands.executeCommand('aiPrivacyGuard.checkBeforeSharing', { action: 'showFindings' });
    const active = vscode.window.activeTextEditor!;
    const selected = active.selections.map((s) => active.document.getText(s)).sort();
    assert.deepEqual(selected, [FAKE.awsKeyId, FAKE.githubToken, FAKE.email].sort());
    assert.equal(await clipboard(), SENTINEL);
    assert.equal(active.document, editor.document);
  });

  it('Show Findings beyond VS Code\'s limit of selections selects as many as it keeps and says how many of how many', async () => {
    const guard = await activate();
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('multiCursorLimit', 2, vscode.ConfigurationTarget.Workspace);
    try {
      await openFile('sharing/show-many.txt', SECRETS_TEXT);
      const result = await vscode.commands.executeCommand<{ findings: number; selected?: number }>('aiPrivacyGuard.checkBeforeSharing', { action: 'showFindings' });
      assert.equal(result.findings, 3);
      assert.equal(result.selected, 2);
      const active = vscode.window.activeTextEditor!;
      assert.deepEqual(active.selections.map((s) => active.document.getText(s)), [FAKE.awsKeyId, FAKE.githubToken]);
      assert.match(guard.shownMessages().at(-1) ?? '', /Selected the first 2 of 3 findings: VS Code keeps at most 2 selections \(setting editor\.multiCursorLimit/);
    } finally {
      await editorConfig.update('multiCursorLimit', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a copy of more than 256 KB warns from the findings already known, and Copy Redacted Instead redacts it in the worker', async function () {
    this.timeout(120_000);
    const guard = await activate();
    // 600 KB: a key every 2,000 lines, between lines of plain log.
    const lines: string[] = [];
    for (let i = 0; i < 12_000; i++) lines.push(i % 2_000 === 1_000 ? `aws_access_key_id = ${FAKE.awsKeyId}` : `2026-11-03T10:15:00Z INFO request ${i} served in 12 ms`);
    const text = `${lines.join('\n')}\n`;
    assert.ok(text.length > 256_000);
    const editor = await openFile('sharing/large-copy.log', text);
    await waitFor('the scan of the whole file', () => {
      const s = guard.scanState(editor.document.uri);
      return s && s.version === editor.document.version && !s.partial && s.findings === 6;
    }, 60_000);
    const warned = guard.copyWarnings().length;
    // What Ctrl+C on the whole file does: the clipboard gets the text, the extension checks the copy.
    await vscode.env.clipboard.writeText(text);
    await guard.copy(editor.document, [new vscode.Range(0, 0, editor.document.lineCount, 0)]);
    const warning = await waitFor('the copy warning', () => guard.copyWarnings()[warned], 20_000);
    assert.equal(warning.findings, 6);
    assert.match(warning.message, /^You copied 6 secrets \(AWS access key ID AK…4L, AWS access key ID AK…4L, AWS access key ID AK…4L and 3 more\)\.$/);
    const acted = await vscode.commands.executeCommand<{ done: boolean; replaced?: number }>('aiPrivacyGuard.copyRedactedInstead');
    assert.deepEqual(acted, { done: true, replaced: 6 });
    const copied = await clipboard();
    assertNoRawValue(copied, 'the redacted clipboard');
    assert.equal(copied.split('\n').length, text.split('\n').length, 'the whole copy, redacted');
    assert.equal(copied.match(/\[REDACTED_AWS_ACCESS_KEY_\d+\]/g)?.length, 6);
  });

  it('Check Before Sharing on clean text copies it and says so', async () => {
    const guard = await activate();
    await openFile('sharing/clean.txt', CLEAN_TEXT);
    const result = await vscode.commands.executeCommand<{ findings: number }>('aiPrivacyGuard.checkBeforeSharing');
    assert.equal(result.findings, 0);
    assert.equal(await clipboard(), CLEAN_TEXT);
    assert.match(guard.shownMessages().at(-1) ?? '', /No secrets or personal data/);
  });

  it('Copy Redacted for AI copies the whole file redacted; Paste Restoring Redactions puts the values back', async () => {
    const guard = await activate();
    await openFile('sharing/whole.txt', SECRETS_TEXT);
    const copied = await vscode.commands.executeCommand<{ replaced: number }>('aiPrivacyGuard.copyRedacted');
    assert.equal(copied.replaced, 3);
    const redacted = await clipboard();
    assertNoRawValue(redacted, 'the redacted clipboard');
    assert.ok(redacted.startsWith('# deployment notes\n'), 'the whole file is copied');

    // The AI answers using the placeholders; pasting restores the originals.
    const placeholder = /\[REDACTED_AWS_ACCESS_KEY_1\]/.exec(redacted)![0];
    const answer = `Rotate ${placeholder} today.`;
    await vscode.env.clipboard.writeText(answer);
    const target = await openFile('sharing/answer.txt', '');
    const pasted = await vscode.commands.executeCommand<{ restored: number }>('aiPrivacyGuard.pasteRestoringRedactions');
    assert.equal(pasted.restored, 1);
    assert.equal(target.document.getText(), `Rotate ${FAKE.awsKeyId} today.`);

    // Forgetting drops the mapping: placeholders are pasted as they are.
    await vscode.commands.executeCommand('aiPrivacyGuard.forgetRedactions');
    assert.equal(guard.rememberedRedactions(), 0);
    const again = await openFile('sharing/answer2.txt', '');
    const none = await vscode.commands.executeCommand<{ restored: number }>('aiPrivacyGuard.pasteRestoringRedactions');
    assert.equal(none.restored, 0);
    assert.equal(again.document.getText(), answer);
  });

  it('Check Clipboard replaces a sensitive clipboard with the redacted text, or keeps it', async () => {
    const raw = `token: ${FAKE.githubToken}`;
    await vscode.env.clipboard.writeText(raw);
    const kept = await vscode.commands.executeCommand<{ findings: number; action: string }>('aiPrivacyGuard.checkClipboard', { action: 'keep' });
    assert.deepEqual(kept, { findings: 1, action: 'keep' });
    assert.equal(await clipboard(), raw);
    const replaced = await vscode.commands.executeCommand<{ action: string }>('aiPrivacyGuard.checkClipboard', { action: 'replaceWithRedacted' });
    assert.equal(replaced.action, 'replaceWithRedacted');
    assert.match(await clipboard(), /^token: \[REDACTED_[A-Z_]+_1\]$/);
  });

  it('redacts doubtful values too when sharing, whatever the inline threshold, and counts them as doubtful', async () => {
    // Low confidence: hidden inline at the default threshold (medium), redacted at the moment of sharing.
    await openFile('sharing/doubtful.txt', 'RRN 210815-3849201\n');
    const result = await vscode.commands.executeCommand<{ findings: number; doubtful: number; action: string }>(
      'aiPrivacyGuard.checkBeforeSharing', { action: 'copyRedacted' },
    );
    assert.deepEqual(result, { findings: 1, doubtful: 1, action: 'copyRedacted' });
    assert.match(await clipboard(), /^RRN \[REDACTED_[A-Z_]+_1\]\n$/);
    const copied = await vscode.commands.executeCommand<{ replaced: number }>('aiPrivacyGuard.copyRedacted');
    assert.equal(copied.replaced, 1);
  });

  it('never shows a raw value in a notification', async () => {
    const guard = await activate();
    assertNoRawValue(guard.shownMessages().join('\n'), 'a notification');
  });
});
