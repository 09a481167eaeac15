/**
 * End to end, a log with more findings than VS Code keeps selections (editor.multiCursorLimit, 10,000 by default),
 * as a person sees it: Check Before Sharing -> Show Findings says how many of how many it selected, and a copy of
 * more than 256 KB warns from the findings the scan worker keeps, then shows its progress while Copy Redacted
 * Instead redacts it in the worker. Each step leaves a screenshot in test-results/e2e/ (large-log-*.png).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openFile, openWorkbench, runCommand, statusItem, type Workbench } from './workbench';

/** Lines of the log, each with a public client IP: more findings than the 10,000 selections VS Code keeps. */
const LINES = 12_000;

/** A fake AWS key ID (a rule's own example), on a line of its own every `keyEvery` lines. */
const FAKE_AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';

function accessLog(count = LINES, keyEvery = Infinity): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % keyEvery === keyEvery / 2) lines.push(`2026-11-03T10:15:00Z ERROR upload failed, aws_access_key_id=${FAKE_AWS_KEY}`);
    else lines.push(`${52 + (i % 100)}.${(i * 7) % 250}.${(i * 13) % 250}.${1 + (i % 250)} - - [03/Nov/2026:10:15:00 +0000] "GET /api/v1/items/${i} HTTP/1.1" 200 ${i % 5000} "-" "curl/8.5.0"`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a log with more findings than VS Code keeps selections, in a real VS Code', () => {
  let wb: Workbench | undefined;
  let source: string | undefined;
  const workbench = () => {
    assert.ok(wb, 'the workbench is not open');
    return wb;
  };

  before(async () => {
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-e2e-large-log-'));
    fs.mkdirSync(path.join(source, 'logs'));
    fs.writeFileSync(path.join(source, 'logs', 'access.log'), accessLog());
    // Over 256 KB, six keys in it (a copy warns of secrets by default, aiPrivacyGuard.warnOnCopy): a copy of it is
    // not scanned on the extension host.
    fs.writeFileSync(path.join(source, 'logs', 'copy.log'), accessLog(3_000, 500));
    wb = await openWorkbench({ workspaceSource: source, developmentExtension: true });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });
  after(async () => {
    await wb?.close();
    if (source) fs.rmSync(source, { recursive: true, force: true });
  });

  it('Check Before Sharing -> Show Findings selects the first 10,000 and says how many of how many', async () => {
    const { page } = workbench();
    await openFile(page, 'logs/access.log');
    // The lines on screen are counted first, then the whole log.
    const status = statusItem(page).getByText(/\d\d,?\d\d\d PII/);
    await status.waitFor({ timeout: 120_000 });
    const found = Number((await status.innerText()).replace(/\D/g, ''));
    assert.ok(found > 10_000, `${found} findings`);
    await runCommand(page, 'AI Privacy Guard: Check Before Sharing');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await workbench().shot('large-log-01-check-before-sharing');
    await dialog.getByRole('button', { name: 'Show Findings' }).click();
    await page.locator('.statusbar-item', { hasText: '10000 selections' }).first().waitFor({ timeout: 60_000 });
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    const message = center.getByText(/Selected the first 10,000 of [\d,]+ findings/);
    await message.waitFor({ timeout: 60_000 });
    const text = await message.innerText();
    assert.ok(text.includes(`of ${found.toLocaleString('en')} findings`), `${text} (the status bar counts ${found})`);
    assert.match(text, /VS Code keeps at most 10,000 selections \(setting editor\.multiCursorLimit, up to 100,000\)/);
    await workbench().shot('large-log-02-selected-the-first');
    // Clearing them all closes the notification center too.
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  it('a copy of a whole log of over 256 KB warns of its keys, and Copy Redacted Instead redacts it in the worker with a progress notification', async () => {
    const { page } = workbench();
    await openFile(page, 'logs/copy.log');
    await statusItem(page).getByText(/6 secrets · \d,?\d\d\d PII/).waitFor({ timeout: 120_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    // The warning and the status bar's clipboard state come together, after a short grace period.
    await page.locator('.statusbar-item', { hasText: 'Clipboard: 6 secrets' }).first().waitFor({ timeout: 60_000 });
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    const warning = center.getByText(/You copied 6 secrets \(AWS access key ID AK…4L/);
    await warning.waitFor({ timeout: 60_000 });
    await workbench().shot('large-log-03-copy-warning');
    await center.getByRole('button', { name: 'Copy Redacted Instead' }).first().click();
    // The button closes the notification center. The progress shows while the worker redacts (it may be done
    // before a screenshot can be taken).
    await runCommand(page, 'Notifications: Show Notifications');
    const progress = center.getByText('Redacting the copied text…');
    if (await progress.waitFor({ timeout: 5_000 }).then(() => true, () => false)) await workbench().shot('large-log-04-redacting-progress');
    const done = center.getByText('The clipboard now holds the redacted text (6 values replaced).');
    await done.waitFor({ timeout: 60_000 });
    await workbench().shot('large-log-05-redacted');
    // The progress notification goes once the redaction is done.
    await progress.waitFor({ state: 'hidden', timeout: 10_000 });
    await workbench().shot('large-log-06-progress-gone');
    const clipboard = String(await page.evaluate('navigator.clipboard.readText()'));
    assert.equal(clipboard.match(/\[REDACTED_AWS_ACCESS_KEY_\d+\]/g)?.length, 6);
    assert.ok(!clipboard.includes(FAKE_AWS_KEY), 'the clipboard holds the raw key');
  });
});
