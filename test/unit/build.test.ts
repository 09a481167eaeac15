/** The production build leaves rule examples (fake but well-formed secrets) out of the bundles. */
import assert from 'node:assert/strict';
import ts from 'typescript';
// @ts-expect-error: a plain .mjs build script without type declarations
import { stripExamples } from '../../scripts/build.mjs';

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
});
