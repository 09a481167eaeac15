/**
 * Demote, don't drop: the tolerant companion of every prefixed provider rule.
 *
 * A provider rule's pattern describes the documented shape of its tokens (length, alphabet, separators,
 * checksum) and reports a match at high confidence. A value that carries the provider's prefix but misses
 * that shape (a prefix variant, a legacy short form, a length outside the documented range, a missing
 * inner separator, a failed checksum, a webhook path written as one random segment) is still most likely
 * a credential of that provider: its companion rule reports it, at low confidence. Low confidence is
 * hidden inline by default (`minConfidence: medium`) and redacted at the moment of sharing.
 *
 * The companions are generated from the catalogue, not written by hand: a rule is prefixed when its
 * pattern begins (after look-behinds) with a literal that one of its keywords starts or is started by. The
 * keyword, which the prefilter already finds, is the companion's prefix. Rules that share a prefix share
 * one companion, and each of them overrides it: where the strict rule reports, it is the better answer.
 */
import type { Rule, RuleExamples, Validator } from '../engine/types';
import { isPlaceholder, shannonEntropy } from '../engine/validators';

/** Shortest random part after the prefix: shorter runs are identifiers and words, not keys. */
const MIN_BODY = 16;
/** Longest body: the longest documented tokens (macaroons, stateless installation tokens) stay below it. */
const MAX_BODY = 2048;
/** Bits per character of the body: random tokens of 16+ characters score well above it, words below. */
const MIN_BODY_ENTROPY = 3.3;
/**
 * The same for hexadecimal bodies (16 symbols: 16 random hex digits score about 3.3 on average, and one in a few
 * hundred below 2.8): a run of hex digits after a provider's prefix is random unless it repeats (isPlaceholder).
 */
const MIN_HEX_ENTROPY = 2.5;

/**
 * Keywords that are a prefix of a provider's value but too common to stand for that provider alone
 * (English words, generic words of code, URL schemes): their rules keep only their strict pattern.
 */
const TOO_COMMON = new Set([
  'https', 'https://', '://', 'http', 'access-', 'access_token', 'api-', 'sdk-', 'live_', 'test_', 'sandbox_', 'secret_',
  'key', 'key-', 'pat', 'pat-', 'at', 'a3-', 'pa-', 're_', 'accountkey=', 'ir@', '_gitlab_session=', 'eyjrijoi',
  'cmvmdgtuojaxoj', 'atctt3xffgn0', 'dg9ro', 'jdbc:', 'curl', 'private-lines:', 'eaa', 'eaaa', 'oy2',
]);

/**
 * Prefixes the leading literal of a pattern does not show: an alternation of prefixes, and providers whose
 * value is a URL path (its secret part may be one random segment instead of several).
 */
const EXTRA_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  'aws-access-key-id': ['akia', 'asia', 'abia', 'acca'],
  'slack-webhook-url': ['hooks.slack.com/services/'],
  'slack-workflow-webhook-url': ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  'discord-webhook-url': ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
  'microsoft-teams-webhook-url': ['webhook.office.com/webhookb2/'],
};

/**
 * The characters of a fallback's body: those the token families use (base62, `_`, `-`, `.`, `~`, base64's
 * `+/`, which also stands for URL paths); base64's `=` only as trailing padding. Case never matters.
 */
const BODY = String.raw`[A-Za-z0-9_.~+/-]`;

/**
 * The body of a URL companion: one random segment, or up to four, without dots. Its length is the validator's
 * (MIN_BODY over all segments): a path of short ids with a long last segment (`T…/B…/<32 characters>`) counts.
 */
const URL_BODY = String.raw`[A-Za-z0-9_~+-]{1,${MAX_BODY}}(?:/[A-Za-z0-9_~+-]{1,${MAX_BODY}}){0,3}/?`;

/** The leading literal of a pattern source, after look-behinds and word boundaries. */
const LEADING_LITERAL = /^(?:\(\?<[!=](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\[])*\)|\\b)*((?:[A-Za-z0-9_:/.~@=$-]|\\[-./:~@=$])+)/;

/** The prefixes of a strict rule's values (lower case), or none when the rule is not prefixed. */
export function prefixesOf(rule: Rule): string[] {
  const extra = EXTRA_PREFIXES[rule.id];
  if (extra) return [...extra];
  const m = LEADING_LITERAL.exec(rule.pattern.source);
  if (!m) return [];
  const literal = m[1].replace(/\\(.)/g, '$1').toLowerCase();
  if (literal.length < 2) return [];
  return rule.keywords.filter((k) => (literal.startsWith(k) || k.startsWith(literal)) && k.length >= 3 && !TOO_COMMON.has(k));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A segment of an identifier: a word (lower case, Capitalised or camelCase) or a short number such as `v2`. */
const WORDISH = /^(?:[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,3}|[a-z]{1,3}|v?[0-9]{1,3})$/;

/**
 * Rejects what only looks like a token: a body too short, an identifier made of words (`re_compile_v2`,
 * `ModelConfigLoader`), a body without digits that is not mixed case the way random letters are, little
 * entropy, or a placeholder. Hexadecimal bodies have fewer symbols, hence less entropy per character.
 */
function randomBody(prefixes: readonly string[]): Validator {
  return ({ value }) => {
    const lower = value.toLowerCase();
    const prefix = prefixes.find((p) => lower.startsWith(p)) ?? '';
    const body = value.slice(prefix.length).replace(/[/=.]+$/, '');
    if (body.length < MIN_BODY || !/[A-Za-z]/.test(body)) return false;
    if (body.split(/[-_.~+/]+/).every((segment) => WORDISH.test(segment))) return false;
    if (!/[0-9]/.test(body)) {
      const upper = body.replace(/[^A-Z]/g, '').length;
      const lowerCount = body.replace(/[^a-z]/g, '').length;
      if (Math.min(upper, lowerCount) < body.length / 5) return false;
    }
    const minEntropy = /^[0-9a-f]+$/i.test(body) ? MIN_HEX_ENTROPY : MIN_BODY_ENTROPY;
    return shannonEntropy(body) >= minEntropy && !isPlaceholder(body);
  };
}

/** A deterministic pseudo-random body of `n` base62 characters (example data, generated, never a real token). */
function fakeBody(seed: string, n: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    h = (h + 0x9e3779b9) >>> 0;
    out += alphabet[h % 62];
  }
  return out.replace(/^(.{3})./, '$17'); // a digit early on: a body of letters only would be rejected
}

/** The strict rule's keywords that every prefix contains (so that the prefilter wakes the companion), else the prefixes. */
function keywordsOf(rule: Rule, prefixes: readonly string[]): string[] {
  const inside = rule.keywords.filter((k) => prefixes.every((p) => p.includes(k)));
  return inside.length > 0 ? inside : [...prefixes];
}

/**
 * Generated examples of a companion: a value the strict rules do not accept (a short form, a long one, one
 * without separators), a placeholder, a short value and an identifier made of words.
 */
function companionExamples(owners: readonly Rule[], prefixes: readonly string[]): RuleExamples {
  const strict = owners.map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, '')));
  const shapes = [20, 90, 33].map((n) => `${prefixes[0]}${fakeBody(owners[0].id + n, n)}`);
  return {
    positive: [shapes.find((s) => !strict.some((re) => re.test(s))) ?? shapes[0]],
    negative: [
      { text: `${prefixes[0]}xxxxxxxxxxxxxxxxxxxxxxxx`, reason: 'the prefix followed by a placeholder' },
      { text: `${prefixes[0]}a1b2c3`, reason: 'too short to be a key' },
      { text: `see ${prefixes[0]}config_value_name_2`, reason: 'an identifier made of words, not a random body' },
    ],
  };
}

/** The companion rule of the strict rules `owners` sharing `prefixes`. */
function companion(owners: readonly Rule[], prefixes: readonly string[]): Rule {
  const first = owners[0];
  const isUrl = prefixes.some((p) => p.includes('/'));
  const names = [...new Set(owners.map((r) => r.title))];
  const keywords = keywordsOf(first, prefixes);
  // A keyword its strict rule wakes on only where a word starts does the same here: the body's look-behind
  // refuses a letter before the prefix too.
  const wordStart = first.wordStartKeywords?.filter((k) => keywords.includes(k.toLowerCase()));
  return {
    id: `${first.id}-tolerant`,
    title: `${names.join(' / ')} (unusual shape)`,
    category: 'secret',
    kind: first.kind,
    severity: first.severity,
    confidence: 'low',
    companionOf: owners.map((r) => r.id),
    description: `${first.description} This value carries the provider's prefix but not its documented shape (length, separators or checksum), so it may be a legacy, truncated or mistyped credential.`,
    keywords,
    ...(wordStart && wordStart.length > 0 ? { wordStartKeywords: wordStart } : {}),
    window: Math.max(first.window ?? 256, 256),
    // The match starts at the prefix, which holds the keyword.
    windowBefore: 0,
    // The body runs to its end, and a template that continues it (`dt0c01.ABC.<secret>`) is half a value.
    // A prefix inside a body never starts a match (`ghp_….ghp_…`), and a URL's body holds no `.`, so no
    // second URL: each character is read a bounded number of times.
    pattern: new RegExp(
      String.raw`(?<!${isUrl ? '[A-Za-z0-9_-]' : BODY})(?:${prefixes.map(escape).join('|')})${isUrl ? URL_BODY : `${BODY}{${MIN_BODY},${MAX_BODY}}`}={0,3}(?!${BODY}|[=<{$*\[%])`,
      'i',
    ),
    validators: [randomBody(prefixes)],
    helpUrl: first.helpUrl,
    examples: companionExamples(owners, prefixes),
  };
}

/**
 * The catalogue with a tolerant companion for each prefix of its `providers`, which then override their
 * companions (appended after `others`, so that they lose every tie).
 */
export function withTolerantCompanions(providers: readonly Rule[], others: readonly Rule[]): Rule[] {
  const byPrefixes = new Map<string, Rule[]>();
  for (const r of providers) {
    if (r.category !== 'secret') continue;
    const prefixes = prefixesOf(r);
    if (prefixes.length === 0) continue;
    const key = [...prefixes].sort().join('\u0000');
    const list = byPrefixes.get(key);
    if (list) list.push(r);
    else byPrefixes.set(key, [r]);
  }
  const companions: Rule[] = [];
  const overridesOf = new Map<string, string[]>();
  for (const [key, owners] of byPrefixes) {
    const c = companion(owners, key.split('\u0000'));
    companions.push(c);
    for (const o of owners) overridesOf.set(o.id, [...(overridesOf.get(o.id) ?? []), c.id]);
  }
  const strict = providers.map((r) => {
    const extra = overridesOf.get(r.id);
    return extra ? { ...r, overrides: [...(r.overrides ?? []), ...extra] } : r;
  });
  return [...strict, ...others, ...companions];
}
