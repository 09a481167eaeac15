import type { Rule } from '../../engine/types';

/** Sourcegraph access tokens: `sgp_` + (instance id or `local`) + `_` + 40 hex, or the older `sgp_` + 40 hex. */
export const sourcegraphRules: readonly Rule[] = [
  {
    id: 'sourcegraph-access-token',
    title: 'Sourcegraph access token',
    category: 'secret',
    kind: 'SOURCEGRAPH_TOKEN',
    severity: 'high',
    description: 'Searches and reads all code the Sourcegraph user can see, and calls the API (and Cody) as that user.',
    keywords: ['sgp_'],
    pattern: /(?<![A-Za-z0-9_])sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}(?![A-Za-z0-9_])/,
    minEntropy: 3.3,
    helpUrl: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
    examples: {
      positive: [
        'SRC_ACCESS_TOKEN=sgp_fa72540e2baf289c_f7674d4c4a21ba27c482fa9eabcde2809f55957d',
        '"cody.accessToken": "sgp_042255e2a48042b6afb129c16dd1e1b5ad6286d9"',
      ],
      negative: [
        { text: 'SRC_ACCESS_TOKEN=sgp_fa72540e2baf289c_f7674d4c4a21ba27c482fa9e', reason: 'too short' },
        { text: 'SRC_ACCESS_TOKEN=sgp_local_0000000000000000000000000000000000000000', reason: 'all-zero placeholder' },
      ],
    },
  },
];
