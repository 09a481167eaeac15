import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/** Prefect Cloud API keys (user and service account): `pnu_` + 36 base62 characters. */
export const prefectRules: readonly Rule[] = [
  {
    id: 'prefect-api-key',
    title: 'Prefect Cloud API key',
    category: 'secret',
    kind: 'PREFECT_API_KEY',
    severity: 'high',
    description: 'Acts on Prefect Cloud workspaces as the user or service account: runs and edits flows, deployments and the credentials stored in blocks.',
    keywords: ['pnu_'],
    pattern: /(?<![A-Za-z0-9_-])pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys',
    examples: {
      positive: ['PREFECT_API_KEY=pnu_caOSF5qdcDIyacShja6ftYH9E2yeSwmhH7n0', "prefect cloud login -k 'pnu_w7BovOaZpNPVIad0TDMKjbrMod3TzMtBOWDP'"],
      negative: [
        { text: 'PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', reason: 'a placeholder' },
        { text: 'PREFECT_API_KEY=pnu_...', reason: 'the prefix alone' },
        { text: 'PREFECT_API_KEY=pnu_ZLRC8mTErpTRK2YcUwkbbPRH', reason: 'too short' },
      ],
    },
  },
];
