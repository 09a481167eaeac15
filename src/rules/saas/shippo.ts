import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

const HELP = 'https://docs.goshippo.com/docs/guides_general/authentication/';

/** Shippo API tokens: `shippo_live_` or `shippo_test_` + 40 hex digits. Test tokens are reported lower, as Stripe's are. */
export const shippoRules: readonly Rule[] = [
  {
    id: 'shippo-live-token',
    title: 'Shippo live API token',
    category: 'secret',
    kind: 'SHIPPO_TOKEN',
    severity: 'high',
    description: 'Buys shipping labels charged to the Shippo account and reads its orders, shipments and customer addresses.',
    keywords: ['shippo_live_'],
    pattern: /(?<![A-Za-z0-9_-])shippo_live_[a-fA-F0-9]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(12)],
    helpUrl: HELP,
    examples: {
      positive: ['SHIPPO_API_TOKEN=shippo_live_841839593e1ea2ad21beae69c37abefb5077d6e4', "curl https://api.goshippo.com/shipments/ -H 'Authorization: ShippoToken shippo_live_88c524c85322cedecd44208bb30b0ee26c61b894'"],
      negative: [
        { text: 'SHIPPO_API_TOKEN=shippo_live_...', reason: 'the prefix alone' },
        { text: 'SHIPPO_API_TOKEN=shippo_live_308390a9c222e344c0ab1bf8', reason: 'too short' },
      ],
    },
  },
  {
    id: 'shippo-test-token',
    title: 'Shippo test API token',
    category: 'secret',
    kind: 'SHIPPO_TOKEN',
    severity: 'medium',
    description: 'A Shippo test token: no real labels or charges, but access to the account’s test shipments and addresses.',
    keywords: ['shippo_test_'],
    pattern: /(?<![A-Za-z0-9_-])shippo_test_[a-fA-F0-9]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(12)],
    helpUrl: HELP,
    examples: {
      positive: ['SHIPPO_API_TOKEN=shippo_test_308390a9c222e344c0ab1bf8bcfe263d1d989e08', 'shippo.config.api_key = "shippo_test_683c815f78f321a684cf5dbed0190f9a8432a6c3"'],
      negative: [
        { text: 'SHIPPO_API_TOKEN=shippo_test_...', reason: 'the prefix alone' },
        { text: 'SHIPPO_API_TOKEN=shippo_test_0000000000000000000000000000000000000000', reason: 'all-zero placeholder' },
      ],
    },
  },
];
