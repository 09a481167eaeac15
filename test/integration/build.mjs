// Bundles the integration suite into dist/test/integration/: index.js (with mocha inside, so the
// extension host needs nothing from node_modules) and one file per *.test.ts. 'vscode' stays external.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const OUT_DIR = path.join(ROOT, 'dist', 'test', 'integration');
export const TESTS_INDEX = path.join(OUT_DIR, 'index.js');

export async function buildIntegrationTests() {
  const tests = fs.readdirSync(here).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(here, f));
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(here, 'index.ts'), ...tests],
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return TESTS_INDEX;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildIntegrationTests();
}
