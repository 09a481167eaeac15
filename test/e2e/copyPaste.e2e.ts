/**
 * The copy-and-paste story end to end, with the real keyboard: Ctrl+C on a fake secret warns, Copy
 * Redacted Instead puts placeholders on the clipboard, a clean copy does not warn, and pasting an AI's
 * answer offers "Paste with Original Values" in the paste widget. Screenshots in test-results/e2e/
 * (screenshot-copy-warning.jpg and screenshot-paste-with-original-values.jpg go to media/ for the README).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openFile, runCommand, SHOTS_DIR, statusItem, useDemoWorkbench } from './workbench';

const FAKE_AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';
const FAKE_GITHUB_TOKEN = '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';

/** Selects `count` whole lines from 1-based line `first` of the active editor, with the keyboard. */
async function selectLines(page: Page, first: number, count: number): Promise<void> {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < first; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+ArrowDown');
}

/** The README's pictures: the part of the window that tells the story, as a small JPEG (the .vsix carries them). */
async function readmeShot(page: Page, name: string, clip: { x: number; y: number; width: number; height: number }): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `screenshot-${name}.jpg`), type: 'jpeg', quality: 80, clip });
}

const clipboardText = async (page: Page) => String(await page.evaluate('navigator.clipboard.readText()'));

describe('copy and paste in a real VS Code (demo workspace)', () => {
  const demo = useDemoWorkbench();

  it('warns on Ctrl+C of a fake secret, masked, and Copy Redacted Instead copies placeholders', async () => {
    const { page } = demo();
    await openFile(page, 'src/config.ts');
    // The extension starts after the workbench (onStartupFinished): copy once it has scanned the file.
    await statusItem(page).getByText('2 secrets · 1 PII').waitFor();
    await selectLines(page, 4, 2);
    await page.keyboard.press('Control+C');
    // The warning and the status bar's clipboard state come together, after a short grace period.
    await page.locator('.statusbar-item', { hasText: 'Clipboard: 2 secrets' }).first().waitFor();
    // Headless, the workbench files notifications in the notification center without a toast.
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    const warning = center.locator('.notification-list-item', { hasText: 'You copied 2 secrets' }).first();
    await warning.waitFor({ timeout: 20_000 });
    const text = await warning.innerText();
    assert.match(text, /AWS access key ID AK…4L/);
    for (const raw of [FAKE_AWS_KEY, FAKE_GITHUB_TOKEN]) assert.ok(!text.includes(raw), 'the warning shows a raw value');
    assert.ok((await clipboardText(page)).includes(FAKE_AWS_KEY), 'the copy itself went through');
    await readmeShot(page, 'copy-warning', { x: 350, y: 40, width: 1050, height: 820 });

    await warning.getByRole('button', { name: 'Copy Redacted Instead' }).click();
    // The button closes the notification center; the clipboard tells what happened.
    let redacted = await clipboardText(page);
    for (let tries = 0; !redacted.includes('[REDACTED_') && tries < 100; tries++) {
      await page.waitForTimeout(100);
      redacted = await clipboardText(page);
    }
    assert.match(redacted, /awsAccessKeyId: '\[REDACTED_AWS_ACCESS_KEY_1\]'/);
    for (const raw of [FAKE_AWS_KEY, FAKE_GITHUB_TOKEN]) assert.ok(!redacted.includes(raw), 'the clipboard holds a raw value');
    // Copy Redacted clears the status bar's clipboard warning.
    await page.locator('.statusbar-item', { hasText: 'Clipboard: 2 secrets' }).first().waitFor({ state: 'detached' });
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  it('does not warn on Ctrl+C of clean text', async () => {
    const { page } = demo();
    await openFile(page, 'src/config.ts');
    await selectLines(page, 10, 3);
    await page.keyboard.press('Control+C');
    await page.waitForTimeout(2_000);
    await runCommand(page, 'Notifications: Show Notifications');
    assert.equal(await page.locator('.notifications-center .notification-list-item', { hasText: 'You copied' }).count(), 0);
    await runCommand(page, 'Notifications: Hide Notifications');
  });

  it('does not warn when a copy is pasted back into its own document', async () => {
    const { page } = demo();
    await openFile(page, 'src/config.ts');
    await selectLines(page, 5, 1);
    await page.keyboard.press('Control+C');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+V');
    await page.waitForTimeout(2_000);
    await runCommand(page, 'Notifications: Show Notifications');
    assert.equal(await page.locator('.notifications-center .notification-list-item', { hasText: 'You copied' }).count(), 0);
    await runCommand(page, 'Notifications: Hide Notifications');
    await page.keyboard.press('Control+Z');
  });

  it('shows the review date of the provider facts and the legal hold above the providers', async () => {
    const { page } = demo();
    await runCommand(page, 'AI Privacy Guard: Show What AI Providers Keep');
    const view = page.locator('.pane', { hasText: 'What AI Providers Keep' }).first();
    await view.getByText(/Facts reviewed .*2026/).first().waitFor();
    await view.getByText('A court can suspend "deleted within 30 days"').first().waitFor();
    await view.getByText('read Dec 4, 2026, page undated', { exact: false }).first().waitFor();
  });

  it("offers Paste with Original Values for an AI's answer; choosing it writes the originals", async () => {
    const { page } = demo();
    const answer = "Rotate '[REDACTED_AWS_ACCESS_KEY_1]' today; [REDACTED_STRIPE_KEY_9] is not ours.";
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(answer)})`);
    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.tab.active', { hasText: /^\s*Untitled-\d+/ }).waitFor();
    await page.keyboard.press('Control+V');
    const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await lines.getByText("Rotate '[REDACTED_AWS_ACCESS_KEY_1]'", { exact: false }).waitFor();
    // The plain paste went in first; the paste widget offers the alternatives (Ctrl+. opens them).
    await page.keyboard.press('Control+.');
    const option = page.locator('.monaco-list-row, .action-item', { hasText: 'Paste with Original Values (1 restored)' }).first();
    await option.waitFor();
    await readmeShot(page, 'paste-with-original-values', { x: 350, y: 40, width: 1050, height: 260 });
    await option.click();
    await lines.getByText(`Rotate '${FAKE_AWS_KEY}'`, { exact: false }).waitFor();
    const pasted = (await lines.innerText()).replace(/\u00a0/g, ' ');
    assert.match(pasted, /\[REDACTED_STRIPE_KEY_9\] is not ours/);
  });
});
