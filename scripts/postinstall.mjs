// After `npm install` in a checkout of this repository, build dist/ so that the package's bin
// (dist/cli.js, the `ai-privacy-guard` command) works. This is how the pre-commit framework installs a
// `language: node` hook: `npm install` in a clone, then `npm pack`, then `npm install -g` of the tarball.
// Why not a `prepare` script: npm also runs `prepare` during `npm pack` and prints its banner and output on
// standard output, which pre-commit reads as the tarball's file name, so the hook's installation fails.
// In an installed package (no src/ folder: the tarball holds only dist/cli.js) there is nothing to build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(path.join(root, 'src', 'cli', 'main.ts'))) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  process.exitCode = build.status ?? 1;
}
