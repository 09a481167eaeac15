import type { Rule } from '../../engine/types';
import { tailEntropy } from './builders';

/** SettleMint access tokens: `sm_pat_` (personal), `sm_aat_` (application), `sm_sat_` (service) and 16 base62 characters. */
export const settlemintRules: readonly Rule[] = [
  {
    id: 'settlemint-access-token',
    title: 'SettleMint access token',
    category: 'secret',
    kind: 'SETTLEMINT_TOKEN',
    severity: 'high',
    description: 'Calls the SettleMint platform as its owner, an application or a service: blockchain nodes, middleware, keys.',
    keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
    pattern: /(?<![A-Za-z0-9_-])sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}(?![A-Za-z0-9_-])/,
    // The random part after the 7-character prefix: 16 random base62 characters score about 3.7 bits each.
    validators: [tailEntropy(7, 3.0), ({ value }) => /[0-9]/.test(value.slice(7)) || /[a-z].*[A-Z]|[A-Z].*[a-z]/.test(value.slice(7))],
    helpUrl: 'https://console.settlemint.com/documentation',
    examples: {
      positive: ['SETTLEMINT_ACCESS_TOKEN=sm_pat_urQwg40LbO7S4cBD', 'token: "sm_aat_QEM5HORMj2zrueXy"', 'export SETTLEMINT_TOKEN=sm_sat_5dvdyla8yNCl1tn0'],
      negative: [
        { text: 'SETTLEMINT_ACCESS_TOKEN=sm_pat_xxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'const sm_pat_matcher = /sm_pat_[A-Za-z0-9]{16}/;', reason: 'a pattern, not a token' },
        { text: 'sm_pat_settingsloader', reason: 'a word, too short' },
      ],
    },
  },
];
