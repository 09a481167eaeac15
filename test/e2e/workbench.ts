/**
 * Drives a real VS Code workbench (code-server on 127.0.0.1) in headless Chromium for the
 * end-to-end tests. Screenshots go to test-results/e2e/ (git-ignored).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
// @ts-expect-error: plain ESM helpers shared with the launchers (no type declarations)
import { launchChromium, workbenchUrl } from '../../scripts/host/browser.mjs';
// @ts-expect-error: see above
import { makeProfile, startCodeServer } from '../../scripts/host/codeServer.mjs';
// @ts-expect-error: see above
import { ROOT } from '../../scripts/host/config.mjs';

export const REPO_ROOT: string = ROOT;
export const SHOTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

export interface WorkbenchOptions {
  /** Folder copied to a throwaway workspace that the workbench opens. */
  readonly workspaceSource: string;
  /**
   * Load the built extension in development mode: `true` from the repository, a path from that folder;
   * otherwise only installed extensions run.
   */
  readonly developmentExtension?: boolean | string;
  /** Folder of installed extensions (e.g. after --install-extension). */
  readonly extensionsDir?: string;
  /** Keep workspace trust on, so the workbench asks whether to trust the folder. */
  readonly workspaceTrust?: boolean;
  /** Extra user settings. */
  readonly settings?: Record<string, unknown>;
}

export interface Workbench {
  readonly page: Page;
  readonly workspace: string;
  /** Saves test-results/e2e/<name>.png and returns its path. */
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

interface Server {
  url: string;
  stop(): Promise<void>;
  remoteUri(p: string): string;
}

export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-e2e-workspace-'));
  fs.cpSync(options.workspaceSource, workspace, { recursive: true });
  const profile = makeProfile({
    extensionsDir: options.extensionsDir,
    settings: {
      'editor.minimap.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true } : {}),
      ...options.settings,
    },
  });
  const server: Server = await startCodeServer({ profile, workspaceTrust: options.workspaceTrust });
  let browser: Browser | undefined;
  try {
    browser = (await launchChromium()) as Browser;
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const dev = options.developmentExtension;
    const url = workbenchUrl(server, workspace, dev ? { extensionDevelopmentPath: typeof dev === 'string' ? dev : REPO_ROOT } : {});
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    const opened = browser;
    return {
      page,
      workspace,
      async shot(name) {
        const file = path.join(SHOTS_DIR, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async close() {
        await opened.close().catch(() => {});
        await server.stop();
        fs.rmSync(workspace, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await server.stop();
    throw error;
  }
}

/** Runs a command from the command palette by its full title ("AI Privacy Guard: Check Before Sharing"). */
/**
 * For a suite on the demo workspace with this repository's extension: opens it before the suite, keeps a
 * screenshot of each failed test, closes it after. Returns the workbench (call it inside a test).
 */
export function useDemoWorkbench(): () => Workbench {
  let wb: Workbench | undefined;
  before(async () => {
    wb = await openWorkbench({ workspaceSource: path.join(REPO_ROOT, 'demo'), developmentExtension: true });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });
  after(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('the demo workbench is not open');
    return wb;
  };
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await pick(page, `>${title}`, title);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Types into the open quick input and clicks the row whose label is exactly `label` (the palette also
 * lists longer titles that contain it, such as "File: Compare New Untitled Text Files").
 */
async function pick(page: Page, query: string, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(query);
  const labels = page.locator('.quick-input-list .monaco-list-row .label-name');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const texts = (await labels.allInnerTexts()).map((t) => t.trim());
    if (texts.includes(label)) {
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await labels.filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).first().click();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no "${label}" in the quick input; it lists: ${texts.join(' | ')}`);
    await page.waitForTimeout(100);
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = path.basename(relativePath);
  await page.keyboard.press('Control+P');
  // A modal (a trust editor, a notification) can swallow the first key press: close it and press again.
  const input = page.locator('.quick-input-widget input');
  if (!(await input.waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
  }
  await pick(page, relativePath, name);
  await page.locator(`.tab[data-resource-name="${name}"]`).waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** The status bar entry of the extension. */
export function statusItem(page: Page): Locator {
  return page.locator('.statusbar-item', { hasText: /secret|PII|Clean|Not scanned/ }).first();
}
