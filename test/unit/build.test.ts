/** The production build leaves rule examples (fake but well-formed secrets) out of the bundles. */
import assert from 'node:assert/strict';
import esbuild from 'esbuild';
import ts from 'typescript';
// @ts-expect-error: a plain .mjs build script without type declarations
import { stripExamples, stripRuleExamples } from '../../scripts/build.mjs';
import { scan } from '../../src/catalogue';

describe('production build', () => {
  it('empties every `examples` property of a rule file and keeps the rest', () => {
    const source = [
      "export const rules = [{",
      "  id: 'x', keywords: ['tok_'], pattern: /tok_[a-z]{8}/,",
      "  examples: { positive: ['tok_abcdefgh'], negative: [{ text: 'tok_', reason: 'too short' }] },",
      "}, { id: 'y', examples: shared }];",
    ].join('\n');
    const out = stripExamples(ts, source);
    assert.doesNotMatch(out, /tok_abcdefgh|too short|shared/);
    assert.equal(out.match(/examples: \{ positive: \[\], negative: \[\] \}/g)?.length, 2);
    assert.match(out, /id: 'x', keywords: \['tok_'\], pattern: \/tok_\[a-z\]\{8\}\//);
  });

  it('empties example lists handed to rule builders: positive/negative/lowSeverity properties and example() calls', () => {
    const source = [
      "const a = build({ id: 'a', positive: ['tok_abcdefgh'], negative: [{ text: 'tok_', reason: 'short' }], lowSeverity: ['tok_docsdocs'] });",
      "const b = builder('b', example(['tok_qwertyui']), example({ text: 'tok_zz', reason: 'r' }), true);",
    ].join('\n');
    const out = stripExamples(ts, source);
    assert.doesNotMatch(out, /tok_abcdefgh|tok_docsdocs|tok_qwertyui|tok_zz|reason/);
    assert.match(out, /build\(\{ id: 'a', positive: \[\], negative: \[\], lowSeverity: \[\] \}\)/);
    assert.match(out, /builder\('b', \[\], \[\], true\)/);
  });

  it('ships no example secret: the production bundle gives no finding above low severity', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      entryPoints: ['src/extension/extension.ts'],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      external: ['vscode'],
      minify: true,
      write: false,
      logLevel: 'silent',
      plugins: [stripRuleExamples],
    });
    const bundle = result.outputFiles[0].text;
    const found = scan(bundle, { minSeverity: 'medium' });
    assert.deepEqual(found.map((f) => `${f.ruleId} ${f.masked}`), []);
    // Without the plugin the same bundle does carry them: the check above can fail.
    const plain = await esbuild.build({ entryPoints: ['src/rules/index.ts'], bundle: true, write: false, logLevel: 'silent' });
    assert.ok(scan(plain.outputFiles[0].text, { minSeverity: 'medium' }).length > 50);
  });
});
