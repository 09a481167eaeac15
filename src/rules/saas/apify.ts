import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/** Apify API tokens: `apify_api_` and 36 base62 characters. */
export const apifyRules: readonly Rule[] = [
  {
    id: 'apify-api-token',
    title: 'Apify API token',
    category: 'secret',
    kind: 'APIFY_TOKEN',
    severity: 'high',
    description: 'Runs actors, reads datasets and key-value stores, and spends the platform credits of the account.',
    keywords: ['apify_api_'],
    pattern: /(?<![A-Za-z0-9_-])apify_api_[A-Za-z0-9]{36}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.apify.com/platform/integrations/api#api-token',
    examples: {
      positive: ['APIFY_TOKEN=apify_api_zhPHvHigx7fMUYf5ZoSkW3oHEGyuiaYBSH6B', 'client = ApifyClient("apify_api_AGcGPhJH0Ya5tp0PAXkh1Wil1Xfa7roasNnk")'],
      negative: [
        { text: 'APIFY_TOKEN=apify_api_...', reason: 'the prefix alone' },
        { text: 'APIFY_TOKEN=apify_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'a placeholder' },
      ],
    },
  },
];
