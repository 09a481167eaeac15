#!/usr/bin/env node
// Standard launcher for machines with the internet and a display: @vscode/test-electron downloads
// desktop VS Code into .vscode-test/ and runs the same integration suite as runOffline.mjs.
// Headless Linux: `xvfb-run -a npm run test:integration:electron`. VSCODE_TEST_VERSION picks a version.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIntegrationTests, ROOT } from './build.mjs';

if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
  console.error('integration: dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}
const testsIndex = await buildIntegrationTests();
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-it-workspace-'));
fs.cpSync(path.join(ROOT, 'test', 'integration', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsIndex,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`integration: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
