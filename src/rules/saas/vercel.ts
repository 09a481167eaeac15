import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

const HELP = 'https://vercel.com/docs/rest-api#creating-an-access-token';

export const vercelRules: readonly Rule[] = [
  {
    id: 'vercel-token',
    title: 'Vercel access token',
    category: 'secret',
    kind: 'VERCEL_TOKEN',
    severity: 'high',
    description: 'Deploys to and reconfigures the Vercel account’s projects, including reading their environment variables.',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(?<![A-Za-z0-9_-])vc[pikar]_[A-Za-z0-9]{50,64}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['VERCEL_TOKEN=vcp_LdtxPtG51LpJjn5203GnSA1nb4lsJaWhW9ddxdYUScqteRGUBDXlC624', 'vercel --prod --token vcp_xJZ1el8Uy434TKM4m4S1g4E9OCpbTzrTMhXBaVtrGGF4otGuMm6Q1F9D'],
      negative: [
        { text: 'VERCEL_TOKEN=vcp_...', reason: 'the prefix alone' },
        { text: 'VERCEL_TOKEN=vcp_your_vercel_api_token', reason: 'a placeholder' },
      ],
    },
  },
  {
    id: 'vercel-legacy-token',
    title: 'Vercel access token (legacy)',
    category: 'secret',
    kind: 'VERCEL_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'An unprefixed Vercel token: deploys to the account’s projects and reads their environment variables.',
    keywords: ['vercel'],
    pattern: assigned('vercel[A-Za-z0-9_.-]{0,12}token', '[A-Za-z0-9]{24}'),
    secretGroup: 1,
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['VERCEL_TOKEN=Jw3o3N9FHXQ2RUHXOtSqaILL', 'vercelToken: "wA7ZTRDNFCvroV16I1352yaj"'],
      negative: [
        { text: 'VERCEL_ORG_ID=team_5OW8zsPzZGtZ7PKwE67aSzL7', reason: 'a team id, not a token' },
        { text: 'VERCEL_TOKEN=Neld5mzUzjW4WYXa', reason: 'too short' },
      ],
    },
  },
];
