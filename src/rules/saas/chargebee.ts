import type { Rule } from '../../engine/types';
import { assigned, randomPartMixes } from './builders';

/**
 * Chargebee API keys: `live_` or `test_` + about 32 base62 characters. Lob, GoCardless and others use the same
 * prefixes, so the key counts only under a Chargebee name (`CHARGEBEE_API_KEY=`, `chargebeeKey:`).
 */
export const chargebeeRules: readonly Rule[] = [
  {
    id: 'chargebee-api-key',
    title: 'Chargebee API key',
    category: 'secret',
    kind: 'CHARGEBEE_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Reads and changes the Chargebee site’s subscriptions, invoices and customers (names, addresses, payment sources) with the key’s access level.',
    keywords: ['chargebee'],
    pattern: assigned('chargebee[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?(?:key|token|secret)', '(?:live|test)_[A-Za-z0-9]{26,40}'),
    secretGroup: 1,
    minEntropy: 3.8,
    validators: [randomPartMixes(5)],
    helpUrl: 'https://apidocs.chargebee.com/docs/api/auth',
    examples: {
      positive: [
        'CHARGEBEE_API_KEY=live_nGL9ZKsJa0ItMu3tiTBS4ND4GH5Mb5GU',
        'const config = { chargebeeSite: "acme-test", chargebeeApiKey: "test_iHb76Nsx8tXIabOMlu70Tmq92X2SUgX4" };',
      ],
      negative: [
        { text: 'CHARGEBEE_SITE=acme-test', reason: 'the site name, not a key' },
        { text: 'LOB_API_KEY=live_nGL9ZKsJa0ItMu3tiTBS4ND4GH5Mb5GU', reason: 'not under a Chargebee name' },
      ],
    },
  },
];
