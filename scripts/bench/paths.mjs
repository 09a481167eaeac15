/** Where the benchmark keeps its cache (git-ignored) and finds the project. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchScriptsDir = path.dirname(fileURLToPath(import.meta.url));
export const projectDir = path.resolve(benchScriptsDir, '..', '..');
export const benchDir = path.join(projectDir, '.bench');
