#!/usr/bin/env node
// `npm start`: installs what is missing, builds, and opens the extension on a copy of demo/.
// - With desktop VS Code (`code` on PATH): a new window in extension development mode.
// - Otherwise: the offline VS Code host (code-server) on 127.0.0.1; open the printed URL in a browser.
// Options: --host (use code-server even when `code` exists), --check (start, answer one request, exit:
// used by the tests). Environment: PORT (default 8080, or a free port when it is taken).
// Only Node built-ins are imported up front: this script may run before `npm ci`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmPackages } from './host/npmPackages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_COPY = path.join(ROOT, '.cache', 'demo-workspace');
const args = new Set(process.argv.slice(2));
const check = args.has('--check');

function step(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: \`${command} ${commandArgs.join(' ')}\` failed`);
    process.exit(1);
  }
}

function hasDesktopCode() {
  if (args.has('--host') || check) return false;
  const probe = spawnSync('code', ['--version'], { stdio: 'ignore' });
  return probe.status === 0;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

ensureNpmPackages();
step('Building the extension (npm run build)');
run('npm', ['run', 'build', '--silent']);

// A fresh copy, so that trying the quick fixes never changes the demo/ folder in git.
fs.rmSync(DEMO_COPY, { recursive: true, force: true });
fs.cpSync(path.join(ROOT, 'demo'), DEMO_COPY, { recursive: true });

if (hasDesktopCode()) {
  step('Opening desktop VS Code with the extension and the demo workspace');
  run('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, DEMO_COPY]);
  console.log('\nA VS Code window titled "[Extension Development Host]" opened on the demo workspace.');
  process.exit(0);
}

step('Starting the offline VS Code host (installed into .cache/host on first use)');
const { startCodeServer } = await import('./host/codeServer.mjs');
const { workbenchUrl } = await import('./host/urls.mjs');
const wanted = Number(process.env.PORT ?? 8080);
const port = wanted > 0 && (await portIsFree(wanted)) ? wanted : undefined;
const server = await startCodeServer({ port });
const url = workbenchUrl(server, DEMO_COPY, { extensionDevelopmentPath: ROOT });

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (check) {
  let status;
  try {
    status = await new Promise((resolve, reject) => {
      http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    console.log(`start: ${url} answered ${status}`);
  } catch (error) {
    console.error(`start: ${url} did not answer: ${error instanceof Error ? error.message : error}`);
  } finally {
    await server.stop();
  }
  process.exit(status === 200 ? 0 : 1);
}

console.log('\nAI Privacy Guard is running in VS Code (code-server) on 127.0.0.1 only.');
console.log(`Open this URL in a browser on this machine:\n\n  ${url}\n`);
console.log('From another machine, forward the port first: ssh -L ' + `${server.port}:127.0.0.1:${server.port} <this host>`);
console.log('Press Ctrl+C to stop.');
