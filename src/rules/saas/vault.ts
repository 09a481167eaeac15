import type { MatchContext, Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://developer.hashicorp.com/vault/docs/concepts/tokens';

/**
 * The token is the whole value: closed by the quote that opened it, or, unquoted after '=' or ':', followed
 * only by the end of the line, a comma, a semicolon or a closing bracket ('x = s.Abc…' in code is a member).
 */
function wholeValue(ctx: MatchContext): boolean {
  const before = ctx.text[ctx.start - 1];
  const after = ctx.text[ctx.start + ctx.value.length] ?? '';
  if (before === '"' || before === "'" || before === '`') return after === before;
  // Unquoted: the rest of the line holds nothing after it but a terminator.
  const rest = ctx.text.slice(ctx.start + ctx.value.length, ctx.start + ctx.value.length + 3);
  return /^[ \t]*(?:[,;}\])]|\r?\n|$)/.test(rest);
}

/** HashiCorp Vault tokens: "hvs." service, "hvb." batch, "hvr." recovery (Vault 1.10+); "s." / "b." before. */
export const vaultRules: readonly Rule[] = [
  {
    id: 'vault-service-token',
    title: 'HashiCorp Vault service token',
    category: 'secret',
    kind: 'VAULT_TOKEN',
    severity: 'high',
    description: 'Reads the secrets its Vault policies allow, often database credentials and cloud keys.',
    keywords: ['hvs.'],
    window: 320,
    pattern: /(?<![A-Za-z0-9_.-])hvs\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['VAULT_TOKEN=hvs.8QbHL3RyMWdhEIHWogsBQJlz', 'vault_token = "hvs.CAESIHElAvoo-53t20i6kyQtXcl4TYEm0qJx3LuXKhv1kB60swI3a4a5RrlXahbHqXYYX1DiWFrObNs1zmN3AFMFeCDrunB"'],
      negative: [
        { text: 'VAULT_TOKEN=hvs.xxxxxxxx', reason: 'a placeholder' },
        { text: 'VAULT_TOKEN=hvs.qKqoX69kzR1z', reason: 'too short' },
      ],
    },
  },
  {
    id: 'vault-batch-token',
    title: 'HashiCorp Vault batch token',
    category: 'secret',
    kind: 'VAULT_TOKEN',
    severity: 'high',
    description: 'A short-lived Vault token: reads the secrets its policies allow until it expires.',
    keywords: ['hvb.'],
    window: 420,
    pattern: /(?<![A-Za-z0-9_.-])hvb\.[A-Za-z0-9_-]{100,400}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['VAULT_TOKEN=hvb.AAAAAQm81pCZ9FKIM0JIw3ITEZ_e7HSH_dL4ty9Ft7hMDqFn2pTf_ESHkK8Rrx4gkNPT0H9eLFzrHRGNGpcdjsu2GSQr1CE754WACkZUvPlI6kpRtEKkuEW9NjV5S7ANCM59ZMDFd7mdfwfjBN', 'token: hvb.AAAAAQpgyCGGAWA0jJXkACHZuQNY4gSObaOjCOTgP4yWOIdy7TGCvmZDxHPSGLfIQznU6wD92xcoPfbbZDZeyf3bEfFa4clvXtDuGvbAlOJKZXrcrCaVgzvufKf61mX6eZyWWNPskHrWjg38a5BBNsTNR5lzwYXM0Uf6OG3GGJWCRsQVcDP37uwJLb'],
      negative: [
        { text: 'VAULT_TOKEN=hvb.Cm3ekfHpjnKMOQ17bMbjGDt0euGJ3Q', reason: 'too short for a batch token' },
        { text: 'VAULT_TOKEN=hvb....', reason: 'a placeholder' },
      ],
    },
  },
  {
    id: 'vault-recovery-token',
    title: 'HashiCorp Vault recovery token',
    category: 'secret',
    kind: 'VAULT_TOKEN',
    severity: 'high',
    description: 'A token for Vault’s recovery mode, which operates on raw storage with root-like power.',
    keywords: ['hvr.'],
    window: 320,
    pattern: /(?<![A-Za-z0-9_.-])hvr\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['VAULT_RECOVERY_TOKEN=hvr.j6wZJB1M39nrIckYX775FPN5', 'recovery_token: "hvr.2RlRNAS778JX5eFexSAFNjA2XtYAMfM3FU07QG4k"'],
      negative: [
        { text: 'VAULT_RECOVERY_TOKEN=hvr.', reason: 'the prefix alone' },
        { text: 'VAULT_RECOVERY_TOKEN=hvr.ES8mcOra1h', reason: 'too short' },
      ],
    },
  },
  {
    id: 'vault-legacy-token',
    title: 'HashiCorp Vault token (legacy)',
    category: 'secret',
    kind: 'VAULT_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A pre-1.10 Vault service or batch token: reads the secrets its policies allow.',
    keywords: ['vault'],
    pattern: /(?<![A-Za-z0-9_.-])[sb]\.[A-Za-z0-9]{24}(?![A-Za-z0-9_.-])/,
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['vault'], window: 120, required: true },
    helpUrl: HELP,
    examples: {
      positive: ['VAULT_TOKEN=s.Lla9DP9Mgx5ACaAO4vuUI0Xr', 'vault login s.iQ9QVvuxOu7PidjK74kgkyBJ'],
      negative: [
        { text: 'VAULT_ADDR=https://vault.acme.internal:8200', reason: 'the server address' },
        { text: 'tokens = parse(s.EmeWtcipyWgftWQGqveTCuiJ)', reason: 'no Vault context; a member access' },
      ],
    },
  },
  {
    id: 'vault-legacy-token-unlabelled',
    title: 'HashiCorp Vault token (legacy, without the word Vault)',
    category: 'secret',
    kind: 'VAULT_TOKEN',
    severity: 'high',
    // Medium under a token's name ('client_token: s.…'); low where nothing names it (the nearby check lowers it).
    confidence: 'medium',
    nearbyText: { words: ['token'], window: 40, required: false },
    description: 'A pre-1.10 Vault service token, written where nothing says Vault: it reads the secrets its policies allow.',
    // "s." alone stands in every member access of minified code. The token counts only as a whole value: a
    // quoted string or what follows '=' or ':' ("s. in 100 MB of npm code: 36 after a single quote, none after a
    // double one, about 3,400 after '=' or ':'); never in the middle of an expression.
    keywords: ['"s.', "'s.", '`s.', '=s.', '= s.', ':s.', ': s.'],
    window: 40,
    pattern: /(?<=(?:["'\x60]|(?<![=!<>])[=:][ \t]?))s\.[A-Za-z0-9]{24}(?![A-Za-z0-9_.(-])/,
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits, wholeValue],
    helpUrl: HELP,
    examples: {
      positive: ['token = "s.Lla9DP9Mgx5ACaAO4vuUI0Xr"', 'export TOKEN=s.iQ9QVvuxOu7PidjK74kgkyBJ', 'root_token: s.Zq81cXh0RmW4pLuT2eNvB7dK'],
      negative: [
        { text: 'var t=s.isStorageBufferAttribute;', reason: 'a member access in code: letters only' },
        { text: 'x = s.Lla9DP9Mgx5ACaAO4vuUI0Xr(arg)', reason: 'a call, not a value' },
        { text: 'if (a == s.Lla9DP9Mgx5ACaAO4vuUI0Xr) return', reason: 'a member compared in code, not a literal' },
        { text: 'token = "s.aaaaaaaaaaaaaaaaaaaaaaaa"', reason: 'a placeholder' },
        { text: 'msg = "s.Lla9DP9Mgx5ACaAO4vuUI0Xr is the id"', reason: 'not the whole quoted value' },
      ],
      lowConfidence: ['"s.Lla9DP9Mgx5ACaAO4vuUI0Xr"', "login(client, 's.p2WcN7xGkq0Ld5RvTe9YmBa3')", 'CREDS=s.Zq81cXh0RmW4pLuT2eNvB7dK'],
    },
  },
];
