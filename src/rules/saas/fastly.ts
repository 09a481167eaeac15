import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

export const fastlyRules: readonly Rule[] = [
  {
    id: 'fastly-api-token',
    title: 'Fastly API token',
    category: 'secret',
    kind: 'FASTLY_API_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'Changes and purges the Fastly services it can reach: CDN configuration, VCL and logging endpoints.',
    keywords: ['fastly'],
    pattern: assigned('fastly[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?(?:token|key)', '[A-Za-z0-9_-]{32}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.fastly.com/en/guides/using-api-tokens',
    examples: {
      positive: ['FASTLY_API_TOKEN=4-AKjrt-wLBoeZnSR7eL4I31Pyq1JZvh', 'curl -H "Fastly-Key: dv6MorXhmdrA3ZwU4XJ3LD1aTMktWSSU" https://api.fastly.com/service'],
      negative: [
        { text: 'FASTLY_SERVICE_ID=eeyb47PR66xKlW5NeDQGYP', reason: 'a service id, not a token' },
        { text: 'FASTLY_API_TOKEN=${{ secrets.FASTLY_API_TOKEN }}', reason: 'a CI secret reference' },
      ],
    },
  },
];
