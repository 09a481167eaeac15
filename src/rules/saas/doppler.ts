import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/** Doppler tokens: "dp." + a kind (pt personal, st service, sa service account, ct CLI, scim, audit) + 40-44 base62. */
export const dopplerRules: readonly Rule[] = [
  {
    id: 'doppler-token',
    title: 'Doppler token',
    category: 'secret',
    kind: 'DOPPLER_TOKEN',
    severity: 'high',
    description: 'Reads the secrets Doppler stores for the projects and configs the token can reach.',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: /(?<![A-Za-z0-9_.-])dp\.(?:pt|sa|ct|scim|audit|st(?:\.[a-z0-9_-]{2,35})?)\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.doppler.com/reference/api#authentication',
    examples: {
      positive: ['DOPPLER_TOKEN=dp.st.prd.YQB5bp95C6y2ki6ukRDQnjXOFhqlMPh5ISQp8o0NqSd', 'doppler configure set token dp.pt.xbN6aCaHcUSzM75j2UzvzKC6Hw4TIlevaGZaY3O9PpY', 'DOPPLER_TOKEN="dp.sa.9nN79zD6yEhfBTPbDd4mTlaw41vYG2s2wxmyPTRXiMb"'],
      negative: [
        { text: 'DOPPLER_TOKEN=dp.st.xxxx', reason: 'a placeholder' },
        { text: 'DOPPLER_TOKEN=dp.pt.BHbPO44gvmvSDFWJ48Q2', reason: 'too short' },
      ],
    },
  },
];
