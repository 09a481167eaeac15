/**
 * The browser bundle (dist/web/extension.js) in a real web worker extension host, as vscode.dev runs it.
 * A copy of the built extension whose manifest has no Node entry ("main") can only run there: VS Code
 * loads it into the workbench's web worker, never into the server's Node host. If its findings show up,
 * the web bundle, the engine inside it and the rule catalogue all work without Node.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openFile, openWorkbench, REPO_ROOT, runCommand, statusItem, type Workbench } from './workbench';

const FAKE_AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';

/** A web-only copy of the built extension: the manifest without "main", and what the web bundle needs. */
function webOnlyExtension(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-web-extension-'));
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  // Without a Node entry or a declared kind, VS Code derives the kind "web": the web worker host runs it.
  delete manifest.main;
  delete manifest.extensionKind;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const part of ['package.nls.json', 'l10n', 'media', path.join('dist', 'web')]) {
    fs.cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
  }
  return dir;
}

describe('the web bundle in a web worker extension host', () => {
  let extension: string;
  let wb: Workbench | undefined;

  before(async () => {
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist', 'web', 'extension.js')), 'dist/web/extension.js is missing: run the build first');
    extension = webOnlyExtension();
    wb = await openWorkbench({ workspaceSource: path.join(REPO_ROOT, 'demo'), developmentExtension: extension });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });
  after(async () => {
    await wb?.close();
    fs.rmSync(extension, { recursive: true, force: true });
  });

  it('reports the demo secrets from the web worker, masked, and counts them in the status bar', async () => {
    const { page } = wb!;
    await openFile(page, 'src/config.ts');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const problems = page.locator('.markers-panel');
    await problems.getByText('AWS access key ID (AK…4L)').first().waitFor();
    assert.ok(!(await problems.innerText()).includes(FAKE_AWS_KEY), 'Problems shows a raw value');
    await statusItem(page).getByText('2 secrets · 1 PII').waitFor();
    await wb!.shot('08-web-worker');
  });

  it('runs in the web worker, not in Node', async () => {
    const { page } = wb!;
    // The activation line in the extension's own output channel names its host: open the Output tab and
    // choose the channel in its drop-down.
    await page.locator('.part.panel .composite-bar .action-label', { hasText: /^Output$/ }).first().click();
    await page.locator('.part.panel select.monaco-select-box').first().selectOption({ label: 'AI Privacy Guard' });
    await page.locator('.part.panel').getByText('web worker extension host').first().waitFor();
    await wb!.shot('09-web-worker-output');
  });

  it('warns on Ctrl+C of a fake secret from the web worker too', async () => {
    const { page } = wb!;
    await openFile(page, 'src/config.ts');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+C');
    await page.locator('.statusbar-item', { hasText: /Clipboard: 1 secret$/ }).first().waitFor();
    await runCommand(page, 'Notifications: Show Notifications');
    const warning = page.locator('.notifications-center .notification-list-item', { hasText: 'You copied a secret' }).first();
    await warning.waitFor();
    assert.ok(!(await warning.innerText()).includes(FAKE_AWS_KEY), 'the warning shows the raw key');
  });
});
