import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://developer.hashicorp.com/vault/docs/concepts/tokens';

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
];
