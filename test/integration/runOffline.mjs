#!/usr/bin/env node
// Offline launcher (the one `npm test` and CI use): runs the integration suite inside a real VS Code
// server (code-server 4.139 = VS Code 1.139) driven by headless Chromium. No download at test time;
// the host is installed into .cache/host on first use (scripts/host/install.mjs).
// APG_VERBOSE=1 shows code-server's and the workbench's logs; APG_TEST_GREP=WORD runs a subset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, runExtensionTests, workbenchUrl } from '../../scripts/host/browser.mjs';
import { startCodeServer } from '../../scripts/host/codeServer.mjs';
import { ensureHost } from '../../scripts/host/install.mjs';
import { buildIntegrationTests, ROOT } from './build.mjs';

const SUITE_TIMEOUT_MS = 10 * 60_000;
/** Must equal CONSOLE_MARKER in index.ts. */
const MARKER = '[apg-it] ';
const verbose = process.env.APG_VERBOSE === '1';

const extensionMain = path.join(ROOT, 'dist', 'extension.js');
if (!fs.existsSync(extensionMain)) {
  console.error(`integration: ${path.relative(ROOT, extensionMain)} is missing: run \`npm run build\` first`);
  process.exit(1);
}

ensureHost();
const testsIndex = await buildIntegrationTests();

// A throwaway copy of the fixture workspace: the tests write files and settings into it.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-it-workspace-'));
fs.cpSync(path.join(ROOT, 'test', 'integration', 'workspace'), workspace, { recursive: true });

const server = await startCodeServer({ log: verbose ? (line) => console.error(`[code-server] ${line}`) : undefined });
let browser;
let exitCode;
try {
  browser = await launchChromium();
  const url = workbenchUrl(server, workspace, { extensionDevelopmentPath: ROOT, extensionTestsPath: testsIndex });
  exitCode = await runExtensionTests(browser, url, { marker: MARKER, verbose, timeoutMs: SUITE_TIMEOUT_MS });
} catch (error) {
  console.error(`integration: ${error instanceof Error ? error.stack : error}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await server.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
if (exitCode !== 0) console.error(`integration: failed (exit code ${exitCode})`);
process.exit(exitCode);
