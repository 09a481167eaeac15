import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/** Infracost API keys: `ico-` + 32 base62 characters (the observed length: 30 to 36 are accepted). */
export const infracostRules: readonly Rule[] = [
  {
    id: 'infracost-api-key',
    title: 'Infracost API key',
    category: 'secret',
    kind: 'INFRACOST_API_KEY',
    severity: 'medium',
    description: 'Uses the organisation’s Infracost Cloud pricing API and uploads cost estimates (with resource names of the infrastructure) to its dashboard.',
    keywords: ['ico-'],
    pattern: /(?<![A-Za-z0-9_-])ico-[A-Za-z0-9]{30,36}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [randomPartMixes(4)],
    helpUrl: 'https://www.infracost.io/docs/#2-get-api-key',
    examples: {
      positive: [
        'INFRACOST_API_KEY=ico-0gsPMQ1E42g1TZ6N8AelWeOFaoKlbuul',
        '      - uses: infracost/actions/setup@v3\n        with:\n          api-key: ico-KK5Xj81GU2UgeLgGZUA1SUVd8W9lFcoj',
      ],
      negative: [
        { text: 'INFRACOST_API_KEY=ico-...', reason: 'the prefix alone' },
        { text: '<link rel="icon" href="/favico-0gsPMQ1E42g1TZ6N8AelWeOFaoKlbuul.png">', reason: '`ico-` inside a longer name' },
      ],
    },
  },
];
