/**
 * End to end, as a person would: the demo workspace in a real VS Code (code-server) in Chromium, the
 * extension loaded from this repository. Each step leaves a screenshot in test-results/e2e/.
 */
import * as assert from 'node:assert/strict';
import { openFile, runCommand, statusItem, useDemoWorkbench } from './workbench';

const FAKE_AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';
const FAKE_GITHUB_TOKEN = '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';
const FAKE_EMAIL = 'maria.gonzalez@gmail.com';

describe("the extension in a real VS Code (demo workspace)", () => {
  const demo = useDemoWorkbench();

  it('lists the fake secrets and PII in the Problems panel, masked', async () => {
    const { page } = demo();
    await openFile(page, 'src/config.ts');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const problems = page.locator('.markers-panel');
    for (const text of ['AWS access key ID (AK…4L)', 'GitHub personal access token (classic) (ghp_…k78i)', 'Email address (mari….com)']) {
      await problems.getByText(text, { exact: false }).first().waitFor();
    }
    const shown = await problems.innerText();
    for (const raw of [FAKE_AWS_KEY, FAKE_GITHUB_TOKEN, FAKE_EMAIL]) assert.ok(!shown.includes(raw), 'Problems shows a raw value');
    await demo().shot('01-problems');
  });

  it('shows the counts in the status bar, and what OpenAI keeps in its tooltip', async () => {
    const { page } = demo();
    const item = statusItem(page);
    await item.getByText('2 secrets · 1 PII').waitFor();
    await item.hover();
    const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'ChatGPT keeps chats' }).first();
    await hover.waitFor();
    const tooltip = await hover.innerText();
    assert.match(tooltip, /AWS access key ID/);
    assert.ok(!tooltip.includes(FAKE_AWS_KEY), 'the tooltip shows the raw key');
    await demo().shot('02-status-bar');
    await page.mouse.move(600, 300);
  });

  it('opens the AI Privacy view with the OpenAI items', async () => {
    const { page } = demo();
    await runCommand(page, 'AI Privacy Guard: Show What AI Providers Keep');
    const view = page.locator('.pane', { hasText: 'What AI Providers Keep' }).first();
    await view.getByText('ChatGPT (OpenAI)').first().waitFor();
    await view.getByText('What OpenAI keeps').first().waitFor();
    await view.getByText('Opting out of training deletes nothing').first().waitFor();
    const rows = view.locator('.monaco-list-row');
    assert.ok((await rows.count()) >= 5, 'the OpenAI subtree is not expanded');
    await demo().shot('03-ai-privacy-view');
  });

  it('runs Check Before Sharing on a selection and copies it redacted', async () => {
    const { page } = demo();
    await openFile(page, 'src/config.ts');
    // Select lines 4-6 (the key, the token and the email) with the keyboard.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await runCommand(page, 'AI Privacy Guard: Check Before Sharing');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.getByText('3 values may be sensitive in the selection').waitFor();
    const detail = await dialog.innerText();
    assert.match(detail, /Line 4: AWS access key ID AK…4L/);
    assert.ok(!detail.includes(FAKE_AWS_KEY), 'the dialog shows the raw key');
    await demo().shot('04-check-before-sharing');

    await dialog.getByRole('button', { name: 'Copy Redacted' }).click();
    // Headless, the workbench files the notification in the notification center without a toast.
    await runCommand(page, 'Notifications: Show Notifications');
    await page.locator('.notifications-center').getByText('Copied with 3 sensitive values replaced by placeholders.').waitFor();
    const clipboard = String(await page.evaluate('navigator.clipboard.readText()'));
    assert.match(clipboard, /awsAccessKeyId: '\[REDACTED_AWS_ACCESS_KEY_1\]'/);
    for (const raw of [FAKE_AWS_KEY, FAKE_GITHUB_TOKEN, FAKE_EMAIL]) assert.ok(!clipboard.includes(raw), 'the clipboard holds a raw value');

    // What the AI tool would receive: paste it into a new editor.
    await runCommand(page, 'Notifications: Hide Notifications');
    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.tab.active', { hasText: /^\s*Untitled-\d+/ }).waitFor();
    await page.keyboard.press('Control+V');
    const pasted = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await pasted.getByText("awsAccessKeyId: '[REDACTED_AWS_ACCESS_KEY_1]',").waitFor();
    await statusItem(page).getByText('Clean').waitFor();
    await demo().shot('05-copied-redacted');
  });
});
