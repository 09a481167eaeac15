/**
 * The "What AI Providers Keep" data: every fact sourced and dated, ChatGPT first, official pages for
 * every opt-out step, and none of the claims that shared/facts/ai-retention-facts.md marks outdated.
 */
import assert from 'node:assert/strict';
import { FACTS_REVIEWED, LEGAL_HOLD, PROVIDERS, allSourced, allSources, type Sourced } from '../../src/facts/aiRetention';

const everything = PROVIDERS.flatMap((p) => [
  ...p.sections.flatMap((s) => s.facts.map((f) => ({ provider: p.id, text: `${f.headline}. ${f.text} ${f.detail ?? ''}`, sourced: f as Sourced }))),
  ...p.optOut.map((o) => ({ provider: p.id, text: `${o.text} ${o.detail}`, sourced: o as Sourced })),
]);

describe('AI retention facts', () => {
  it('puts ChatGPT first, with what OpenAI keeps and how to opt out', () => {
    assert.equal(PROVIDERS[0].id, 'openai');
    assert.ok(PROVIDERS[0].sections[0].facts.length >= 5);
    const steps = PROVIDERS[0].optOut.map((s) => s.id);
    for (const s of ['improve-model', 'temporary-chat', 'privacy-portal', 'export', 'delete-chats', 'delete-account']) {
      assert.ok(steps.includes(s), `missing opt-out step ${s}`);
    }
  });

  it('covers Copilot, Claude, Gemini and Cursor in the same shape', () => {
    assert.deepEqual(PROVIDERS.map((p) => p.id), ['openai', 'copilot', 'claude', 'gemini', 'cursor']);
    for (const p of PROVIDERS) {
      assert.ok(p.sections.some((s) => s.facts.length > 0), p.id);
      assert.ok(p.optOut.length > 0, p.id);
    }
  });

  it('gives every fact an https source, an ISO date no later than the review, and a confidence', () => {
    for (const { text, sourced } of [...everything, { text: LEGAL_HOLD.text, sourced: LEGAL_HOLD as Sourced }]) {
      assert.match(sourced.source, /^https:\/\/[^\s]+$/, text);
      assert.match(sourced.date, /^\d{4}-\d{2}(-\d{2})?$/, text);
      assert.ok(sourced.date <= FACTS_REVIEWED, `${text}: dated ${sourced.date}, after the review`);
      assert.ok(['high', 'medium', 'low'].includes(sourced.confidence), text);
      // An undated page carries the day it was read, which is the review.
      if (sourced.pageUndated) assert.equal(sourced.date, FACTS_REVIEWED, text);
    }
  });

  it('lists every source once for Open Sources, with each date it is cited under', () => {
    const sources = allSources();
    assert.equal(new Set(sources.map((s) => s.url)).size, sources.length);
    const cited = allSourced();
    for (const s of cited) {
      const entry = sources.find((e) => e.url === s.source);
      assert.ok(entry, `${s.source} is missing from Open Sources`);
      assert.ok(entry.dates.some((d) => d.date === s.date && Boolean(d.pageUndated) === Boolean(s.pageUndated)), `${s.source}: date ${s.date} missing`);
    }
    assert.equal(sources.length, new Set(cited.map((s) => s.source)).size);
  });

  it('gives every fact a short headline of its own for the tree', () => {
    for (const p of PROVIDERS) {
      const heads = p.sections.flatMap((s) => s.facts.map((f) => f.headline));
      for (const h of heads) assert.ok(h.length > 0 && h.length <= 50, `${p.id}: headline "${h}" must be 1-50 characters`);
      assert.equal(new Set(heads).size, heads.length, `${p.id}: headlines repeat`);
    }
  });

  it('opens only official provider pages from opt-out steps', () => {
    const official = /^https:\/\/([a-z0-9-]+\.)*(openai\.com|chatgpt\.com|github\.com|claude\.ai|anthropic\.com|google\.com|cursor\.com)\//;
    for (const p of PROVIDERS) for (const s of p.optOut) assert.match(s.url, official, `${p.id}/${s.id}`);
  });

  it('never repeats what the fact sheet marks outdated or unreliable', () => {
    const outdatedSources = /stavryn|kaino\.io|privacygpt\.lynicis|terms\.law|ubos\.tech|dailyneuraldigest|gnoppix|forum\.cursor\.com|onesentinel|faun\.dev|support\.anthropic\.com\/en\/articles\/7996866/;
    for (const { url } of allSources()) assert.doesNotMatch(url, outdatedSources);
    for (const { provider, text } of everything) {
      // The 2023 toggle's behaviour: training off => chats kept 30 days then deleted. Not true of today's toggle.
      assert.doesNotMatch(text, /(training off|opt(ing)? out|turn(ing)? off)[^.;]*(only|then)[^.;]*30 days/i, text);
      assert.doesNotMatch(text, /(still|remains) in force/i, text);
      if (provider === 'claude') assert.doesNotMatch(text, /90 days|10 years/, text);
      if (provider === 'gemini') assert.doesNotMatch(text, /36 hours/, text);
      if (provider === 'copilot' && /Free|Pro\b/.test(text)) assert.doesNotMatch(text, /\d+ days/, text);
      if (provider === 'cursor') assert.doesNotMatch(text, /keep prompts 30 days/i, text);
    }
  });

  it('says the 2025 preservation order ended, and when', () => {
    const openai = everything.filter((f) => f.provider === 'openai').map((f) => f.text).join(' ');
    assert.match(openai, /13 May 2025/);
    assert.match(openai, /ended on 26 Sep 2025/);
  });
});
