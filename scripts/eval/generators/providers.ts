/**
 * Provider tokens made from each provider's documented format (prefix, alphabet, length, checksum), placed
 * where people paste them: a .env line, YAML, JSON, code, a chat message, a log line. Add a provider by
 * adding an entry to PROVIDERS: its `make` draws one fresh token.
 */
import { base62, crc32 } from '../../../src/engine/validators';
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../rng';
import type { Generator, Sample } from '../types';

/** base64url without padding (Node's own encoding), as Discord writes the user id at the start of a bot token. */
const base64url = (text: string) => Buffer.from(text, 'latin1').toString('base64url');

export interface ProviderFormat {
  /** The eval's kind name, e.g. 'github-pat'. */
  readonly kind: string;
  /** A name for the variable that holds it (`GITHUB_TOKEN`): most users name it after the provider. */
  readonly variable: string;
  readonly make: (rng: Rng) => string;
}

/** GitHub's 2021 formats: prefix, 30 base62 characters, then base62(CRC32 of them) in 6 characters. */
const githubToken = (prefix: string) => (rng: Rng) => {
  const body = rng.chars(ALNUM, 30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
};

export const PROVIDERS: ProviderFormat[] = [
  { kind: 'aws-access-key-id', variable: 'AWS_ACCESS_KEY_ID', make: (rng) => `AKIA${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` },
  { kind: 'github-token', variable: 'GITHUB_TOKEN', make: (rng) => githubToken(rng.pick(['ghp', 'gho', 'ghs', 'ghu']))(rng) },
  { kind: 'stripe-secret-key', variable: 'STRIPE_SECRET_KEY', make: (rng) => `sk_live_${rng.chars(UPPER, 2)}${rng.chars(DIGITS, 2)}${rng.chars(ALNUM, rng.int(20, 95))}` },
  { kind: 'slack-bot-token', variable: 'SLACK_BOT_TOKEN', make: (rng) => `xoxb-${rng.chars(DIGITS, 12)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}` },
  {
    kind: 'openai-api-key',
    variable: 'OPENAI_API_KEY',
    make: (rng) => `sk-proj-${rng.chars(ALNUM + '_-', 58)}T3BlbkFJ${rng.chars(ALNUM + '_-', 58)}`,
  },
  { kind: 'slack-webhook', variable: 'SLACK_WEBHOOK_URL', make: (rng) => `https://hooks.slack.com/services/T${rng.chars(UPPER + DIGITS, 10)}/B${rng.chars(UPPER + DIGITS, 10)}/${rng.chars(ALNUM, 24)}` },
  { kind: 'sendgrid-api-key', variable: 'SENDGRID_API_KEY', make: (rng) => `SG.${rng.chars(ALNUM + '_-', 22)}.${rng.chars(ALNUM + '_-', 43)}` },
  {
    // The bot's user id (a snowflake) in base64, a timestamp part, an HMAC part: found even in a sentence
    // with no keyword beside it (the prose place).
    kind: 'discord-bot-token',
    variable: 'DISCORD_BOT_TOKEN',
    make: (rng) => `${base64url(`${rng.int(1, 9)}${rng.chars(DIGITS, rng.int(16, 18))}`)}.${rng.chars(ALNUM + '_-', 6)}.${rng.chars(ALNUM + '_-', rng.int(27, 38))}`,
  },
  { kind: 'vault-service-token', variable: 'VAULT_TOKEN', make: (rng) => `hvs.${rng.chars(ALNUM, 24)}` },
  { kind: 'mailchimp-api-key', variable: 'MAILCHIMP_API_KEY', make: (rng) => `${rng.chars(HEX, 32)}-us${rng.int(1, 21)}` },
];

/** Where a token is pasted: `place(variable, token)` returns the text. */
const PLACES: Readonly<Record<string, (variable: string, token: string) => string>> = {
  env: (n, t) => `${n}=${t}\n`,
  yaml: (n, t) => `env:\n  ${n}: ${t}\n`,
  json: (n, t) => `{ "${n.toLowerCase()}": "${t}" }\n`,
  python: (n, t) => `client = Client(api_key="${t}")  # ${n}\n`,
  prose: (_n, t) => `hey, can you check why this fails? I'm using ${t} and it returns 401\n`,
  log: (_n, t) => `2024-11-02T10:14:07Z DEBUG request headers={"Authorization": "token ${t}"} status=401\n`,
};

export const providers: Generator = {
  name: 'providers',
  generate(rng) {
    const samples: Sample[] = [];
    for (const p of PROVIDERS) {
      for (const [syntax, place] of Object.entries(PLACES)) {
        const t = p.make(rng);
        samples.push({ generator: 'providers', syntax, text: place(p.variable, t), expected: [{ category: 'secret', kind: p.kind, value: t }] });
      }
    }
    return samples;
  },
};
