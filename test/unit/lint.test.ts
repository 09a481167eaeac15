/**
 * The layers are enforced by ESLint (eslint.config.mjs, `npm run lint` in `npm test`). These cases keep the
 * import rules from silently ceasing to apply: each bad import must be reported, each good one must not.
 */
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

/** [file, import specifier, refused?] */
const CASES: readonly (readonly [string, string, boolean])[] = [
  ['src/engine/example.ts', '../rules', true],
  ['src/engine/example.ts', '../rules/pii/phone', true],
  ['src/engine/example.ts', '../catalogue', true],
  ['src/engine/example.ts', 'vscode', true],
  ['src/engine/example.ts', 'node:crypto', true],
  ['src/engine/example.ts', 'fs', true],
  ['src/engine/example.ts', '../extension/config', true],
  ['src/engine/example.ts', '../cli/report', true],
  ['src/engine/example.ts', './validators', false],
  ['src/engine/example.ts', 're2js', false],
  ['src/rules/pii/example.ts', '../../extension/config', true],
  ['src/rules/pii/example.ts', '../../cli/main', true],
  ['src/rules/pii/example.ts', 'path', true],
  ['src/rules/pii/example.ts', '../../engine/types', false],
  ['src/rules/pii/example.ts', './util', false],
  ['src/extension/example.ts', '../cli/report', true],
  ['src/extension/example.ts', '../shared/binary', false],
  ['src/extension/example.ts', 'vscode', false],
  ['src/extension/pure/example.ts', 'vscode', true],
  ['src/cli/example.ts', '../extension/api', true],
  ['src/cli/example.ts', 'vscode', true],
  ['src/cli/example.ts', '../shared/binary', false],
  ['src/cli/example.ts', 'node:fs', false],
  ['src/shared/example.ts', '../cli/files', true],
  ['src/shared/example.ts', '../extension/api', true],
  ['src/shared/example.ts', 'node:fs', true],
  ['src/shared/example.ts', 'vscode', true],
  ['src/shared/example.ts', 'minimatch', false],
  ['src/extension/pure/ignoreFile.ts', '../../cli/files', true],
];

describe('lint: the layers', () => {
  it('refuses each import that crosses a layer, and only those', async function () {
    this.timeout(60_000);
    const eslint = new ESLint();
    const wrong: string[] = [];
    for (const [file, specifier, refused] of CASES) {
      const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath: file });
      const reported = result.messages.some((m) => m.ruleId === 'no-restricted-imports');
      if (reported !== refused) wrong.push(`${file} importing ${specifier}: ${reported ? 'refused' : 'allowed'}`);
    }
    assert.deepEqual(wrong, []);
  });
});
