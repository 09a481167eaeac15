import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * Adyen API keys (the `X-API-Key` of a web-service user): `AQE` + a base64 run (about 94 characters with its
 * padding), `-`, a 44-character base64 value, `-`, and a short tail of printable punctuation and letters
 * (about 16). The lengths are not documented; the ranges below are loose around the observed ones. The tail
 * is required but not reported: it holds characters such as `<` that read as template markup.
 * Client keys (`test_…`/`live_…`) are public by design and not reported.
 */
export const adyenRules: readonly Rule[] = [
  {
    id: 'adyen-api-key',
    title: 'Adyen API key',
    category: 'secret',
    kind: 'ADYEN_API_KEY',
    severity: 'high',
    description: 'Authenticates as an Adyen web-service user: makes payments, refunds and payouts and reads transaction data for the merchant accounts the user can reach.',
    keywords: ['aqe'],
    pattern: /(?<![A-Za-z0-9+/_-])(AQE[A-Za-z0-9+/]{60,200}={0,2}-[A-Za-z0-9+/]{40,48}={0,2})-(?=[!-~]{6})/,
    secretGroup: 1,
    minEntropy: 4.5,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.adyen.com/development-resources/api-credentials',
    examples: {
      positive: [
        'ADYEN_API_KEY="AQE9lUqZjHb9hnR7SHrI2xE+tMmitN6ECK9WDGtWrRuutyCidLlEBWX0MUoOyIswqQQb/BXfjzcMNk81XBYU39rDfoIpMK==-ZxfSWzFKamHQficYBkj5zVviOmEU2dGDTJsONXHygVv=-Rq7;W2f(kM%9vZ*c"',
        "config.apiKey = 'AQEFjJX6VpBzXjh9BjAJJCLS6u3LJqQz+FtHQm32xJbxgGZ0/W+m9cfZBOqREUqlsZaIZuOvCXNAus+WthYSXyBt+gDz8Q==-za2VfxMvJ6jAHlS1lbGiywarReEHB7ctIX4NqxDuts/=-P3u]H8g,Ne{4sT~w';",
      ],
      negative: [
        { text: 'ADYEN_API_KEY=AQEyhmfxK....LAG84XwzP5pSpVd', reason: 'a shortened key in documentation' },
        { text: 'ADYEN_API_KEY="AQE9lUqZjHb9hnR7SHrI2xE+tMmitN6ECK9WDGtWrRuutyCidLlEBWX0MUoOyIswqQQb/BXfjzcMNk81XBYU39rDfoIpMK=="', reason: 'only the first segment: not a whole key' },
        { text: 'ADYEN_CLIENT_KEY=test_7ZQ4DKA5PVGSJOHZ2BAMH4TOFIMG3N4S', reason: 'a client key, public by design' },
      ],
    },
  },
];
