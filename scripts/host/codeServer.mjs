// Starts code-server (a real VS Code server) on 127.0.0.1 with throwaway state, in its own process
// group, and ends the whole group on stop(). Also installs a .vsix into a given extensions folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE_BIN } from './config.mjs';
import { ensureHost, withoutNpmRunEnv } from './install.mjs';

const HOST = '127.0.0.1';

/** User settings that keep a test workbench quiet and deterministic (no tours, no update checks). */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Fresh HOME, config, user-data and extensions folders, so no run sees another's state. */
export function makeProfile({ settings = {}, extensionsDir } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apg-host-'));
  const profile = {
    root,
    home: path.join(root, 'home'),
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: extensionsDir ?? path.join(root, 'extensions'),
    configFile: path.join(root, 'config.yaml'),
  };
  for (const dir of [profile.home, path.join(profile.userDataDir, 'User'), profile.extensionsDir]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(profile.configFile, 'auth: none\n');
  fs.writeFileSync(
    path.join(profile.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2),
  );
  return profile;
}

function hostEnv(profile) {
  // Neither this process's Node flags (tsx loaders...) nor an enclosing `npm run`'s settings.
  const env = { ...withoutNpmRunEnv(), HOME: profile.home, XDG_CONFIG_HOME: path.join(profile.home, '.config') };
  delete env.VSCODE_IPC_HOOK_CLI;
  // code-server lets $PORT override --bind-addr; the port is chosen here.
  delete env.PORT;
  return env;
}

function commonArgs(profile) {
  return [
    '--config', profile.configFile,
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
  ];
}

/** `code-server --install-extension file.vsix` into the profile's extensions folder. */
export function installExtension(profile, vsixPath) {
  ensureHost();
  const result = spawnSync(
    NODE_BIN,
    [CODE_SERVER_ENTRY, ...commonArgs(profile), '--force', '--install-extension', vsixPath],
    { env: hostEnv(profile), encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`--install-extension failed (${result.status}):\n${output}`);
  return output;
}

/**
 * Starts code-server and resolves once it listens.
 * @param {{ profile?: ReturnType<typeof makeProfile>, port?: number, workspaceTrust?: boolean,
 *           log?: (line: string) => void, extraArgs?: string[] }} options
 */
export async function startCodeServer(options = {}) {
  ensureHost();
  const profile = options.profile ?? makeProfile();
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const args = [
    CODE_SERVER_ENTRY,
    ...commonArgs(profile),
    '--bind-addr', `${HOST}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--disable-proxy',
    // Without this a built workbench ignores the `payload` URL parameter (extension tests never start).
    '--vscode-option', 'enable-smoke-test-driver',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    ...(options.extraArgs ?? []),
  ];
  // detached: the server gets its own process group (it forks extension hosts, file watchers, pty
  // hosts); stop() signals the whole group so nothing outlives the run.
  const child = spawn(NODE_BIN, args, { env: hostEnv(profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log(line);
      if (output.includes('HTTP server listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code ?? signal}):\n${output}`));
    });
  });

  let stopped = false;
  return {
    host: HOST,
    port,
    url: `http://${HOST}:${port}/`,
    profile,
    /** A path on this machine as the workbench names it (remote authority = the server). */
    remoteUri: (absolutePath) => `vscode-remote://${HOST}:${port}${absolutePath}`,
    output: () => output,
    async stop({ keepProfile = false } = {}) {
      if (stopped) return;
      stopped = true;
      killGroup('SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5_000));
      if ((await Promise.race([exited, timeout])) === 'timeout') killGroup('SIGKILL');
      // Forked helpers may linger briefly after the main process; make sure the group is gone.
      killGroup('SIGKILL');
      process.off('exit', onExit);
      if (!keepProfile) fs.rmSync(profile.root, { recursive: true, force: true });
    },
  };
}
