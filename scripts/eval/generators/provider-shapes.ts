/**
 * Provider tokens in their documented formats, and in the shapes people actually paste: the same token
 * with its prefix in another case, a length outside the documented range, its inner separators lost, a
 * broken checksum, a legacy short form, a webhook path written as one random segment. The documented
 * shape must be found at high confidence; every variant must still be found (at lower confidence): a
 * plausible secret is demoted, never dropped.
 *
 * Formats are written from each provider's documentation (prefix, alphabet, length, separators); values are
 * drawn from the seeded generator. Add a provider with an entry of DOCUMENTED.
 */
import { base62, crc32 } from '../../../src/engine/validators';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../rng';
import type { Generator, Sample } from '../types';

const URLSAFE = ALNUM + '_-';
const BECH32_UPPER = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

interface Documented {
  /** Provider and token type, e.g. 'github-pat'. */
  readonly name: string;
  /** The prefix every token of the family starts with. */
  readonly prefix: string;
  /** The variable people keep it in. */
  readonly variable: string;
  /** One token in the documented shape. */
  readonly make: (rng: Rng) => string;
  /** The characters of the random part (for the variants). */
  readonly alphabet: string;
}

/** GitHub/npm 2021 formats: 30 base62 characters and base62(CRC32 of them) in 6. */
const crcToken = (prefix: string) => (rng: Rng) => {
  const body = rng.chars(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
};

const simple = (name: string, prefix: string, variable: string, alphabet: string, length: number): Documented => ({
  name,
  prefix,
  variable,
  alphabet,
  make: (rng) => prefix + rng.chars(alphabet, length),
});

export const DOCUMENTED: readonly Documented[] = [
  { name: 'github-pat', prefix: 'ghp_', variable: 'GITHUB_TOKEN', alphabet: ALNUM, make: crcToken('ghp_') },
  { name: 'github-oauth', prefix: 'gho_', variable: 'GH_OAUTH_TOKEN', alphabet: ALNUM, make: crcToken('gho_') },
  { name: 'github-app-installation', prefix: 'ghs_', variable: 'GH_TOKEN', alphabet: ALNUM, make: crcToken('ghs_') },
  {
    name: 'github-fine-grained-pat',
    prefix: 'github_pat_',
    variable: 'GITHUB_PAT',
    alphabet: ALNUM,
    make: (rng) => `github_pat_11${rng.chars(UPPER + DIGITS, 20)}_${rng.chars(ALNUM, 59)}`,
  },
  { name: 'npm-token', prefix: 'npm_', variable: 'NPM_TOKEN', alphabet: ALNUM, make: crcToken('npm_') },
  simple('gitlab-pat', 'glpat-', 'GITLAB_TOKEN', URLSAFE, 20),
  simple('gitlab-deploy-token', 'gldt-', 'CI_DEPLOY_PASSWORD', URLSAFE, 20),
  { name: 'slack-bot', prefix: 'xoxb-', variable: 'SLACK_BOT_TOKEN', alphabet: ALNUM, make: (rng) => `xoxb-${rng.chars(DIGITS, 11)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}` },
  { name: 'slack-user', prefix: 'xoxp-', variable: 'SLACK_USER_TOKEN', alphabet: HEX, make: (rng) => `xoxp-${rng.chars(DIGITS, 11)}-${rng.chars(DIGITS, 11)}-${rng.chars(DIGITS, 13)}-${rng.chars(HEX, 32)}` },
  { name: 'slack-app', prefix: 'xapp-', variable: 'SLACK_APP_TOKEN', alphabet: ALNUM, make: (rng) => `xapp-1-A${rng.chars(UPPER + DIGITS, 10)}-${rng.chars(DIGITS, 13)}-${rng.chars(HEX, 64)}` },
  simple('stripe-secret', 'sk_live_', 'STRIPE_SECRET_KEY', ALNUM, 99),
  simple('stripe-restricted', 'rk_live_', 'STRIPE_RESTRICTED_KEY', ALNUM, 99),
  simple('stripe-webhook-secret', 'whsec_', 'STRIPE_WEBHOOK_SECRET', ALNUM, 32),
  {
    name: 'openai-project',
    prefix: 'sk-proj-',
    variable: 'OPENAI_API_KEY',
    alphabet: URLSAFE,
    make: (rng) => `sk-proj-${rng.chars(URLSAFE, 74)}T3BlbkFJ${rng.chars(URLSAFE, 74)}`,
  },
  { name: 'anthropic', prefix: 'sk-ant-api03-', variable: 'ANTHROPIC_API_KEY', alphabet: URLSAFE, make: (rng) => `sk-ant-api03-${rng.chars(URLSAFE, 93)}AA` },
  simple('huggingface', 'hf_', 'HF_TOKEN', UPPER + LOWER, 34),
  simple('groq', 'gsk_', 'GROQ_API_KEY', ALNUM, 52),
  simple('replicate', 'r8_', 'REPLICATE_API_TOKEN', ALNUM, 37),
  simple('perplexity', 'pplx-', 'PERPLEXITY_API_KEY', ALNUM, 48),
  simple('xai', 'xai-', 'XAI_API_KEY', ALNUM, 80),
  simple('openrouter', 'sk-or-v1-', 'OPENROUTER_API_KEY', HEX, 64),
  simple('nvidia', 'nvapi-', 'NVIDIA_API_KEY', URLSAFE, 64),
  simple('google-api-key', 'AIza', 'GOOGLE_API_KEY', URLSAFE, 35),
  simple('google-oauth-secret', 'GOCSPX-', 'GOOGLE_CLIENT_SECRET', URLSAFE, 28),
  simple('digitalocean', 'dop_v1_', 'DIGITALOCEAN_TOKEN', HEX, 64),
  simple('shopify-access', 'shpat_', 'SHOPIFY_ACCESS_TOKEN', HEX, 32),
  { name: 'sendgrid', prefix: 'SG.', variable: 'SENDGRID_API_KEY', alphabet: URLSAFE, make: (rng) => `SG.${rng.chars(URLSAFE, 22)}.${rng.chars(URLSAFE, 43)}` },
  simple('vault-service', 'hvs.', 'VAULT_TOKEN', URLSAFE, 91),
  simple('doppler', 'dp.st.', 'DOPPLER_TOKEN', ALNUM, 43),
  { name: 'postman', prefix: 'PMAK-', variable: 'POSTMAN_API_KEY', alphabet: HEX, make: (rng) => `PMAK-${rng.chars(HEX, 24)}-${rng.chars(HEX, 34)}` },
  simple('linear', 'lin_api_', 'LINEAR_API_KEY', ALNUM, 40),
  simple('notion', 'ntn_', 'NOTION_TOKEN', ALNUM, 46),
  simple('sentry-user', 'sntryu_', 'SENTRY_AUTH_TOKEN', HEX, 64),
  { name: 'grafana-service-account', prefix: 'glsa_', variable: 'GRAFANA_TOKEN', alphabet: ALNUM, make: (rng) => `glsa_${rng.chars(ALNUM, 32)}_${rng.chars(HEX, 8)}` },
  simple('new-relic-user', 'NRAK-', 'NEW_RELIC_API_KEY', UPPER + DIGITS, 27),
  { name: 'dynatrace', prefix: 'dt0c01.', variable: 'DT_API_TOKEN', alphabet: UPPER + DIGITS, make: (rng) => `dt0c01.${rng.chars(UPPER + DIGITS, 24)}.${rng.chars(UPPER + DIGITS, 64)}` },
  simple('posthog-personal', 'phx_', 'POSTHOG_PERSONAL_API_KEY', ALNUM, 43),
  simple('supabase-access', 'sbp_', 'SUPABASE_ACCESS_TOKEN', HEX, 40),
  simple('planetscale', 'pscale_tkn_', 'PLANETSCALE_TOKEN', URLSAFE, 43),
  simple('pulumi', 'pul-', 'PULUMI_ACCESS_TOKEN', HEX, 40),
  simple('figma', 'figd_', 'FIGMA_TOKEN', URLSAFE, 40),
  simple('databricks', 'dapi', 'DATABRICKS_TOKEN', HEX, 32),
  simple('docker-hub', 'dckr_pat_', 'DOCKERHUB_TOKEN', URLSAFE, 27),
  simple('rubygems', 'rubygems_', 'GEM_HOST_API_KEY', HEX, 48),
  simple('buildkite', 'bkua_', 'BUILDKITE_API_TOKEN', HEX, 40),
  simple('sonarqube', 'squ_', 'SONAR_TOKEN', HEX, 40),
  simple('age', 'AGE-SECRET-KEY-1', 'AGE_KEY', BECH32_UPPER, 58),
  { name: 'cloudflare-user-token', prefix: 'cfut_', variable: 'CLOUDFLARE_API_TOKEN', alphabet: ALNUM, make: (rng) => `cfut_${rng.chars(ALNUM, 40)}${rng.chars(HEX, 8)}` },
  simple('settlemint-pat', 'sm_pat_', 'SETTLEMINT_ACCESS_TOKEN', ALNUM, 16),
  simple('tavily', 'tvly-', 'TAVILY_API_KEY', ALNUM, 32),
  simple('apify', 'apify_api_', 'APIFY_TOKEN', ALNUM, 36),
  simple('tencent-secret-id', 'AKID', 'TENCENTCLOUD_SECRET_ID', ALNUM, 32),
  {
    name: 'bedrock-long-term',
    prefix: 'ABSK',
    variable: 'AWS_BEARER_TOKEN_BEDROCK',
    alphabet: ALNUM,
    // ABSK and the base64 of `BedrockAPIKey-<id>-at-<account>:<secret>` (96 bytes: no padding).
    make: (rng) => `ABSK${Buffer.from(`BedrockAPIKey-${rng.chars(LOWER + DIGITS, 4)}-at-${rng.chars(DIGITS, 12)}:${rng.chars(ALNUM + '+/', 61)}`).toString('base64')}`,
  },
  {
    name: 'slack-webhook',
    prefix: 'https://hooks.slack.com/services/',
    variable: 'SLACK_WEBHOOK_URL',
    alphabet: ALNUM,
    make: (rng) => `https://hooks.slack.com/services/T${rng.chars(UPPER + DIGITS, 10)}/B${rng.chars(UPPER + DIGITS, 10)}/${rng.chars(ALNUM, 24)}`,
  },
  {
    name: 'discord-webhook',
    prefix: 'https://discord.com/api/webhooks/',
    variable: 'DISCORD_WEBHOOK_URL',
    alphabet: URLSAFE,
    make: (rng) => `https://discord.com/api/webhooks/${rng.chars(DIGITS, 19)}/${rng.chars(URLSAFE, 68)}`,
  },
];

/** A random part that looks random: letters and digits both present (drawn again otherwise). */
function randomPart(rng: Rng, alphabet: string, length: number): string {
  for (;;) {
    const s = rng.chars(alphabet, length);
    if (/[0-9]/.test(s) === /[0-9]/.test(alphabet) && /[A-Za-z]/.test(s)) return s;
  }
}

/** How a pasted token departs from its documented shape. Each returns the variant of `token`. */
const VARIANTS: Readonly<Record<string, (d: Documented, token: string, rng: Rng) => string>> = {
  // The prefix in the other case (AIZA..., Ghp_..., SK-PROJ-...).
  'prefix-case': (d, t) => {
    const p = d.prefix.toUpperCase() === d.prefix ? d.prefix.toLowerCase() : d.prefix.toUpperCase();
    return p + t.slice(d.prefix.length);
  },
  // Shorter than documented: a legacy short form or a truncated copy.
  'short-form': (d, _t, rng) => d.prefix + randomPart(rng, d.alphabet.includes('0') ? d.alphabet : d.alphabet + DIGITS, rng.int(18, 24)),
  // Longer than documented.
  'too-long': (d, t, rng) => t + randomPart(rng, ALNUM, rng.int(8, 20)),
  // Inner separators lost (a copy through a tool that strips them).
  'no-separators': (d, t) => d.prefix + t.slice(d.prefix.length).replace(/[-_./]/g, ''),
  // The last character changed: a checksum or a copy that is off by one.
  'last-char-off': (_d, t) => t.slice(0, -1) + (t.endsWith('7') ? '3' : '7'),
};

const PLACES: Readonly<Record<string, (variable: string, token: string) => string>> = {
  env: (n, t) => `${n}=${t}\n`,
  yaml: (n, t) => `secrets:\n  ${n.toLowerCase()}: "${t}"\n`,
  shell: (n, t) => `export ${n}='${t}'\n`,
  prose: (_n, t) => `It still fails with ${t} as the key, any idea?\n`,
  bare: (_n, t) => `${t}\n`,
};

export const providerShapes: Generator = {
  name: 'provider-shapes',
  generate(rng) {
    const samples: Sample[] = [];
    for (const d of DOCUMENTED) {
      for (const [syntax, place] of Object.entries(PLACES)) {
        const token = d.make(rng);
        samples.push({ generator: 'provider-shapes', syntax, text: place(d.variable, token), expected: [{ category: 'secret', kind: 'provider-documented', value: token }] });
      }
      for (const [variant, change] of Object.entries(VARIANTS)) {
        const token = change(d, d.make(rng), rng);
        const [syntax, place] = rng.pick(Object.entries(PLACES));
        samples.push({ generator: 'provider-shapes', syntax, text: place(d.variable, token), expected: [{ category: 'secret', kind: `provider-${variant}`, value: token }] });
      }
    }
    return samples;
  },
};
