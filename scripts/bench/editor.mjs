/**
 * `npm run bench:editor`: how long the extension host stalls while AI Privacy Guard scans a 20 MB log that is
 * being edited, in the real host (code-server, the offline VS Code of the integration tests). A benchmark, not a
 * test: it prints figures and PASS/FAIL lines (targets: no stall over 50 ms caused by scanning; findings updated
 * within 20 ms of scanning time after a one-character edit in a 5 MB log), exits 0.
 * The part inside the host is editorHost.ts. Needs `npm run build` first (the npm script runs it).
 */
import esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, runExtensionTests, workbenchUrl } from '../host/browser.mjs';
import { startCodeServer } from '../host/codeServer.mjs';
import { ensureHost } from '../host/install.mjs';
import { editorLog } from './dataFiles.mjs';
import { benchDir, benchScriptsDir, projectDir } from './paths.mjs';

/** APG_BENCH_MB=2 for a quick look. */
const LOG_BYTES = Number(process.env.APG_BENCH_MB ?? 20) * (1 << 20);
const MARKER = '[apg-bench] ';
const TIMEOUT_MS = 30 * 60_000;

if (!fs.existsSync(path.join(projectDir, 'dist', 'extension.js'))) {
  console.error('bench:editor: dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}
ensureHost();
const outDir = path.join(benchDir, 'editor');
fs.rmSync(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [path.join(benchScriptsDir, 'editorHost.ts')],
  outfile: path.join(outDir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-bench-editor-'));
fs.writeFileSync(path.join(workspace, 'editor-bench.log'), editorLog(LOG_BYTES));
fs.writeFileSync(path.join(workspace, 'editor-bench-5MB.log'), editorLog(5 * (1 << 20)));
console.log(`bench:editor: a ${(LOG_BYTES / (1 << 20)).toFixed(0)} MB log (an access log with a public IP on each line, a leak every 5,000 lines); load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);

const server = await startCodeServer({
  log: process.env.APG_VERBOSE === '1' ? (line) => console.error(`[code-server] ${line}`) : undefined,
});
let browser;
try {
  browser = await launchChromium();
  const url = workbenchUrl(server, workspace, { extensionDevelopmentPath: projectDir, extensionTestsPath: path.join(outDir, 'index.js') });
  await runExtensionTests(browser, url, { marker: MARKER, verbose: process.env.APG_VERBOSE === '1', timeoutMs: TIMEOUT_MS });
} catch (error) {
  console.error(`bench:editor: ${error instanceof Error ? error.stack : error}`);
} finally {
  await browser?.close().catch(() => {});
  await server.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
