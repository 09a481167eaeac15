/**
 * Keeps src/facts/aiRetention.ts in step with section 11 of the team's fact sheet (the second review,
 * which overrides the sections before it). Each check first asserts that the sheet still says what the
 * check relies on, then that the module says it in the corrected form and none of the wordings the sheet
 * marks wrong. When the sheet changes, the check that no longer matches it fails and names the passage.
 *
 * The sheet is not part of this repository: CI puts a copy of shared/ beside the repository
 * (`../shared/facts/ai-retention-facts.md` from its root). In a linked git worktree the repository's root
 * is the main checkout's, so that one's `../shared` is tried too.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  CLAUDE,
  COPILOT,
  CURSOR,
  FACTS_REVIEWED,
  GEMINI,
  LEGAL_HOLD,
  OPENAI,
  PROVIDERS,
  type ProviderFacts,
  type Sourced,
} from '../../src/facts/aiRetention';

const SHEET = join('shared', 'facts', 'ai-retention-facts.md');
const REPO_ROOT = resolve(__dirname, '..', '..');

function sheetCandidates(): string[] {
  const roots = [REPO_ROOT];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    roots.push(dirname(common));
  } catch {
    // Not a git checkout (an unpacked source archive): only the repository root's neighbour counts.
  }
  return [...new Set(roots.map((r) => resolve(r, '..', SHEET)))];
}

/** Section 11 of the sheet: from its heading to the end of the file. */
function readSection11(): string {
  const candidates = sheetCandidates();
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    assert.fail(`The fact sheet was not found; looked for ${candidates.join(' and ')}. CI must put a copy of shared/ beside the repository.`);
  }
  const text = readFileSync(found, 'utf8');
  const start = text.search(/^## 11\. /m);
  assert.ok(start >= 0, `${found} has no section 11 ("## 11. ...")`);
  return text.slice(start);
}

interface Said {
  readonly provider: string;
  readonly where: 'fact' | 'step';
  readonly text: string;
  readonly sourced: Sourced;
}

const said: Said[] = [
  { provider: 'all', where: 'fact', text: `${LEGAL_HOLD.headline}. ${LEGAL_HOLD.text} ${LEGAL_HOLD.detail ?? ''}`, sourced: LEGAL_HOLD },
  ...PROVIDERS.flatMap((p) => [
    ...p.sections.flatMap((s) => s.facts.map((f): Said => ({ provider: p.id, where: 'fact', text: `${f.headline}. ${f.text} ${f.detail ?? ''}`, sourced: f }))),
    ...p.optOut.map((o): Said => ({ provider: p.id, where: 'step', text: `${o.text}. ${o.detail}`, sourced: o })),
  ]),
];
const of = (p: ProviderFacts) => said.filter((s) => s.provider === p.id);
const textOf = (p: ProviderFacts) => of(p).map((s) => s.text).join('\n');
const allText = said.map((s) => s.text).join('\n');

describe('AI retention facts follow section 11 of the fact sheet', () => {
  let sheet = '';
  before(() => {
    sheet = readSection11();
  });
  const sheetSays = (pattern: RegExp) => assert.match(sheet, pattern, `section 11 of the sheet no longer says ${pattern}: review this check`);

  it('was reviewed on the date of section 11', () => {
    sheetSays(new RegExp(`^## 11\\. Second review, ${FACTS_REVIEWED}`, 'm'));
  });

  it('dates undated pages by the day they were read, never "as of"', () => {
    sheetSays(/never "as of 2026-12-04"/);
    for (const s of said) if (s.sourced.pageUndated) assert.equal(s.sourced.date, FACTS_REVIEWED, s.text);
    const view = readFileSync(join(REPO_ROOT, 'src', 'extension', 'providersView.ts'), 'utf8');
    assert.match(view, /'read \{0\}, page undated'/);
    assert.doesNotMatch(view, /as of \{0\} \(page undated\)/);
  });

  it('says the 20 million logs were ordered to be produced, not handed over, citing OpenAI', () => {
    sheetSays(/"20 million old chats handed over" is overstated/);
    sheetSays(/Say "ordered to produce"/);
    assert.doesNotMatch(allText, /handed over|hand over|turn(ed)? over/i);
    const logs = of(OPENAI).find((s) => /20 million/.test(s.text) && /openai\.com/.test(s.sourced.source));
    assert.ok(logs, "no 20-million fact cites OpenAI's own post");
    assert.match(logs.text, /ordered OpenAI to produce/);
  });

  it("cites OpenAI's own update for the end of the order, and court reporting for the flagged accounts", () => {
    sheetSays(/cite OpenAI's own update of 2025-10-22/);
    sheetSays(/comes from court reporting .* not from OpenAI: keep the attribution/);
    const ended = of(OPENAI).find((s) => /ended on 26 Sep 2025/.test(s.text));
    assert.ok(ended);
    assert.match(ended.sourced.source, /^https:\/\/openai\.com\//);
    assert.equal(ended.sourced.date, '2025-10-22');
    for (const s of of(OPENAI)) if (/flagged/.test(s.text)) assert.doesNotMatch(s.sourced.source, /openai\.com/, s.text);
  });

  it('keeps what the law "requires or permits" when an OpenAI account is deleted', () => {
    sheetSays(/requires \*\*or permits\*\*/);
    assert.match(OPENAI.optOut.find((o) => o.id === 'delete-account')!.detail, /requires or permits/);
    assert.doesNotMatch(allText, /the law requires(?! or permits)/);
  });

  it('never recommends Temporary Chat for secrets, and says how long it is kept', () => {
    sheetSays(/must not recommend them "for anything sensitive"/);
    assert.doesNotMatch(allText, /for anything sensitive|safe for secrets/i);
    const temporary = of(OPENAI).filter((s) => /Temporary Chat/.test(s.text) && s.where === 'step');
    assert.ok(temporary.length > 0);
    for (const s of temporary) assert.match(s.text, /30 days[^.]*court order|no place for secrets/, s.text);
  });

  it('does not say that asking ChatGPT to forget does nothing', () => {
    sheetSays(/do not imply that asking to forget does nothing/);
    assert.doesNotMatch(textOf(OPENAI), /forget[^.]*does not delete/i);
    assert.doesNotMatch(textOf(OPENAI), /log of deleted memories/i);
  });

  it('keeps Claude chats until you delete them, and feedback 5 years whatever the setting', () => {
    sheetSays(/Never word it as "Claude deletes chats after 30 days"/);
    sheetSays(/kept \*\*up to 5 years\*\*, whatever the training setting/);
    const claude = textOf(CLAUDE);
    assert.match(claude, /stays until you delete it/);
    assert.doesNotMatch(claude, /deletes? (your )?chats (after|within) 30 days|with it off, up to 30 days|30 days with it off/i);
    assert.doesNotMatch(CLAUDE.summary, /30 days/);
    assert.match(claude, /Feedback[^.]*up to 5 years, whatever your training setting/);
  });

  it("cites Anthropic's commercial retention article for Team, Enterprise and the API", () => {
    sheetSays(/cite Anthropic's commercial retention article in its privacy center, not the Claude Code docs/);
    const commercial = CLAUDE.sections.find((s) => s.id === 'commercial');
    assert.ok(commercial);
    for (const f of commercial.facts) assert.match(f.source, /^https:\/\/privacy\.(anthropic|claude)\.com\//, f.id);
    const text = commercial.facts.map((f) => f.text).join(' ');
    assert.match(text, /API inputs and outputs are deleted[^.]*within 30 days/);
    assert.match(text, /Team and Enterprise chats stay[^.]*until/);
  });

  it('lists Copilot Max, cites Terms section J, and says the opt-out counts from its date', () => {
    sheetSays(/individual plans are Free, Pro, Pro\+ and Max/);
    sheetSays(/section J of GitHub's Terms for Additional Products and Features \(effective 2026-04-24/);
    sheetSays(/\*\*from the opt-out date forward\*\*/);
    assert.match(COPILOT.plans, /Max/);
    const training = COPILOT.sections[0].facts.find((f) => f.id === 'training-2026')!;
    assert.match(training.text, /Free, Pro, Pro\+ and Max/);
    assert.match(training.source, /github-terms-for-additional-products-and-features/);
    assert.equal(training.date, '2026-04-24');
    assert.match(textOf(COPILOT), /from the day you opt out/);
    assert.match(textOf(COPILOT), /hidden on accounts that hold a Business or Enterprise seat/);
  });

  it("cites Google's own pages for Gemini, with the 72 hours and reviewed feedback", () => {
    sheetSays(/\*\*Gemini\*\*: cite Google's own pages, not news sites/);
    sheetSays(/\*\*feedback you submit can still be reviewed by people\*\*/);
    for (const s of of(GEMINI)) assert.match(s.sourced.source, /^https:\/\/(support|myactivity)\.google\.com\//, s.text);
    const gemini = textOf(GEMINI);
    assert.match(gemini, /72 hours/);
    assert.match(gemini, /[Ff]eedback you submit can still be reviewed by people/);
    assert.match(gemini, /under 18/);
    assert.doesNotMatch(gemini, /Stops human review/i);
  });

  it('says Cursor may still store code in Privacy Mode, and that own-key requests pass through it', () => {
    sheetSays(/Do not write "nothing is kept"/);
    sheetSays(/Requests with your own API key still pass through Cursor's servers/);
    const cursor = `${textOf(CURSOR)}\n${CURSOR.summary}`;
    assert.doesNotMatch(cursor, /nothing is kept|keeps? nothing/i);
    assert.match(cursor, /Cursor itself may store code[^.]*cloud\) agents and memories/);
    assert.match(cursor, /own API key still pass through Cursor's servers/);
  });

  it('says once, for all providers, that a legal hold can override "deleted within 30 days"', () => {
    sheetSays(/Show this once, for all providers/);
    assert.match(LEGAL_HOLD.text, /court's legal hold/);
    assert.match(LEGAL_HOLD.text, /within 30 days/);
    const mentions = said.filter((s) => /legal hold/i.test(s.text));
    assert.deepEqual(mentions.map((s) => s.provider), ['all'], 'the legal hold is said more than once');
  });

  it('claims nothing section 11 lists as not verified', () => {
    sheetSays(/ChatGPT Go, and ads chosen from Free and Go chats/);
    sheetSays(/ChatGPT agent\/Operator/);
    sheetSays(/Claude incognito chats .* do not state a number/);
    assert.doesNotMatch(allText, /ChatGPT Go\b|\bads\b|Operator|incognito/i);
  });
});
