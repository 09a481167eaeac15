#!/usr/bin/env node
// Installs the offline VS Code host once: Debian packages (when missing), Node 24 from the npm
// registry, and code-server built under that Node. Later runs find the marker and return at once.
// Usage: node scripts/host/install.mjs   (or import { ensureHost } from it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APT_PACKAGES, CODE_SERVER_ENTRY, CODE_SERVER_PREFIX, CODE_SERVER_VERSION, DONE_MARKER, HOST_DIR,
  NODE_BIN, NODE_HOME, NODE_PACKAGE, NODE_PREFIX,
} from './config.mjs';

function log(message) {
  process.stderr.write(`[host] ${message}\n`);
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

function missingAptPackages() {
  return APT_PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return status.status !== 0 || !status.stdout.includes('install ok installed');
  });
}

export function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/**
 * The environment without what an enclosing `npm run` exported (npm_config_*, npm_*, NODE): those
 * would override the inner npm's own settings, e.g. npm_config_user_agent still names Node 20 and
 * code-server's postinstall then refuses to build.
 */
export function withoutNpmRunEnv(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (!/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD' && key !== 'NODE_OPTIONS') clean[key] = value;
  }
  return clean;
}

/** npm install into a private prefix, never touching the project's package.json or lockfile. */
function npmInstallInto(prefix, specs, env) {
  fs.mkdirSync(prefix, { recursive: true });
  const manifest = path.join(prefix, 'package.json');
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...specs], {
    cwd: prefix,
    env,
  });
}

export function ensureNode24() {
  if (fs.existsSync(NODE_BIN)) return;
  npmInstallInto(NODE_PREFIX, [NODE_PACKAGE], withoutNpmRunEnv());
  if (!fs.existsSync(NODE_BIN)) throw new Error(`${NODE_PACKAGE} installed but ${NODE_BIN} is missing`);
}

export function ensureCodeServer() {
  if (fs.existsSync(DONE_MARKER) && fs.existsSync(CODE_SERVER_ENTRY)) return;
  // npm itself and every install script must run under Node 24 (code-server declares it), and node-gyp
  // must take headers from the Node 24 package: otherwise it downloads them (impossible offline) or
  // uses the machine's Node 20 headers (nodedir in ~/.npmrc) and the native modules fail to load.
  const env = {
    ...withoutNpmRunEnv(),
    PATH: `${path.dirname(NODE_BIN)}:${process.env.PATH}`,
    npm_config_nodedir: NODE_HOME,
  };
  npmInstallInto(CODE_SERVER_PREFIX, [`code-server@${CODE_SERVER_VERSION}`], env);
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server installed but ${CODE_SERVER_ENTRY} is missing`);
}

/** Installs whatever is missing; returns quickly when everything is cached. */
export function ensureHost() {
  if (fs.existsSync(DONE_MARKER) && fs.existsSync(CODE_SERVER_ENTRY) && fs.existsSync(NODE_BIN)
    && missingAptPackages().length === 0) {
    return;
  }
  const started = Date.now();
  log(`installing the offline VS Code host into ${path.relative(process.cwd(), HOST_DIR) || HOST_DIR} (first run only, ~2-3 minutes)`);
  ensureAptPackages();
  ensureNode24();
  ensureCodeServer();
  fs.writeFileSync(DONE_MARKER, `${new Date().toISOString()}\n`);
  log(`host ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureHost();
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
