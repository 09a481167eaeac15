/**
 * The packaged extension: `npm run package` builds ai-privacy-guard.vsix (test:e2e runs it first).
 * It must be small and hold only what the extension needs, install into code-server with
 * --install-extension, and activate from there, also in a restricted (untrusted) workspace, where the
 * workspace's custom rules must wait until the workspace is trusted.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// @ts-expect-error: plain ESM helpers shared with the launchers (no type declarations)
import { installExtension, makeProfile } from '../../scripts/host/codeServer.mjs';
import { openFile, openWorkbench, REPO_ROOT, runCommand, statusItem, type Workbench } from './workbench';
import { zipEntries } from './zip';

const VSIX = path.join(REPO_ROOT, 'ai-privacy-guard.vsix');
const MAX_VSIX_BYTES = 1024 * 1024;

describe('the packaged .vsix', () => {
  let extensionsDir: string;
  let wb: Workbench | undefined;

  before(() => {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
    extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-vsix-extensions-'));
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });
  after(async () => {
    await wb?.close();
    fs.rmSync(extensionsDir, { recursive: true, force: true });
  });

  it('is under 1 MB and holds only what the extension needs', () => {
    const size = fs.statSync(VSIX).size;
    assert.ok(size < MAX_VSIX_BYTES, `${size} bytes`);
    const entries = zipEntries(fs.readFileSync(VSIX));
    for (const needed of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/media/icon.png']) {
      assert.ok(entries.includes(needed), `${needed} is missing`);
    }
    const unwanted = entries.filter((e) => /\/(src|test|demo|scripts|node_modules|\.cache)\/|\.map$|\.ts$|\.vsix$/.test(e));
    assert.deepEqual(unwanted, []);
  });

  it('installs into code-server with --install-extension', () => {
    const profile = makeProfile({ extensionsDir });
    try {
      const output: string = installExtension(profile, VSIX);
      assert.match(output, /successfully installed/i);
    } finally {
      fs.rmSync(profile.root, { recursive: true, force: true });
    }
    const installed = fs.readdirSync(extensionsDir);
    assert.ok(installed.some((d) => d.startsWith('ai-privacy-guard.ai-privacy-guard-')), `installed: ${installed.join(', ')}`);
  });

  it('activates in a restricted workspace and ignores its custom rules there', async () => {
    wb = await openWorkbench({
      workspaceSource: path.join(REPO_ROOT, 'test', 'e2e', 'restricted-workspace'),
      extensionsDir,
      workspaceTrust: true,
    });
    const { page } = wb;
    // The browser workbench opens an unknown folder in Restricted Mode without asking.
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
    await openFile(page, 'notes.txt');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const problems = page.locator('.markers-panel');
    await problems.getByText('AWS access key ID (AK…4L)').first().waitFor();
    await statusItem(page).getByText('1 secret').waitFor();
    assert.equal(await problems.getByText('Internal ticket number').count(), 0, 'the workspace custom rule ran untrusted');
    await wb.shot('06-vsix-restricted-mode');
  });

  it('applies the workspace custom rule once the workspace is trusted', async () => {
    assert.ok(wb, 'needs the workbench of the previous test');
    const { page } = wb;
    await runCommand(page, 'Workspaces: Manage Workspace Trust');
    await page.getByRole('button', { name: /^Trust( Folder)?$/ }).first().click();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ state: 'detached' });
    // VS Code 1.139 shows the trust editor as a modal over the workbench: close it before using quick open.
    // It may open a moment after the status bar changes: wait for it a little before deciding.
    const trustEditor = page.getByText('You trust this folder');
    const shown = await trustEditor.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (shown) {
      await page.keyboard.press('Escape');
      if (await trustEditor.isVisible()) await page.locator('.monaco-modal-editor-block .codicon-close').first().click();
      await trustEditor.waitFor({ state: 'hidden' });
    }
    await openFile(page, 'notes.txt');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel').getByText('Internal ticket number').first().waitFor();
    await statusItem(page).getByText('2 secrets').waitFor();
    await wb.shot('07-vsix-trusted');
  });
});
