#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing, so that `npm start` and `npm test` work on a fresh
// clone. Node built-ins only: it runs before any package is installed. (`npm test` runs it as pretest.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function ensureNpmPackages() {
  if (fs.existsSync(path.join(ROOT, 'node_modules', '.package-lock.json'))) return;
  console.log('▶ Installing npm packages (npm ci)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed');
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureNpmPackages();
