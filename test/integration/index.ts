/**
 * Entry point of the integration suite, loaded by VS Code's extension host (`extensionTestsPath`).
 * The same bundle runs under both launchers: runOffline.mjs (code-server + headless Chromium, used by
 * `npm test` and CI) and runElectron.mjs (@vscode/test-electron, needs the internet).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/**
 * In code-server the extension host's console reaches the browser mixed with the workbench's own
 * log lines; runOffline.mjs prints only the lines carrying this marker (and removes it).
 */
export const CONSOLE_MARKER = '[apg-it] ';

export function run(): Promise<void> {
  // In code-server the extension host's console ends up in the browser's console: format mocha's
  // printf-style arguments here so each line arrives as one readable string.
  const prefix = vscode.env.uiKind === vscode.UIKind.Web ? CONSOLE_MARKER : '';
  const print = (line: string) => console.log(`${prefix}${line}`);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => print(util.format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    // A skipped test is a failure: nothing may silently not run (CI must notice).
    forbidPending: true,
    forbidOnly: true,
    grep: process.env.APG_TEST_GREP || undefined,
  });
  // The bundler emits one file per test module next to this one.
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // A plain closing line that any CI log reader understands.
        print(`integration: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
