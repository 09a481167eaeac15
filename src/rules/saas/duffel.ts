import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

const HELP = 'https://duffel.com/docs/api/overview/making-requests/authentication';

/** Duffel access tokens: `duffel_live_` or `duffel_test_` + 43 URL-safe characters. Test tokens are reported lower, as Stripe's are. */
export const duffelRules: readonly Rule[] = [
  {
    id: 'duffel-live-token',
    title: 'Duffel live access token',
    category: 'secret',
    kind: 'DUFFEL_TOKEN',
    severity: 'high',
    description: 'Books real flights and stays charged to the Duffel account and reads its orders and passengers’ personal data.',
    keywords: ['duffel_live_'],
    pattern: /(?<![A-Za-z0-9_-])duffel_live_[A-Za-z0-9_=-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [randomPartMixes(12)],
    helpUrl: HELP,
    examples: {
      positive: ['DUFFEL_ACCESS_TOKEN=duffel_live_pTqtVTyym4MD5biTnQV2K-oHoUsMoKzJ_WkwzkcXy2K', "const duffel = new Duffel({ token: 'duffel_live_v20kuU8CG2tWhC6KlpNDBQ4wjKoIafH8k1kKiZMHE8M' })"],
      negative: [
        { text: 'DUFFEL_ACCESS_TOKEN=duffel_live_...', reason: 'the prefix alone' },
        { text: 'DUFFEL_ACCESS_TOKEN=duffel_live_ocgSO6MlJjF8qcqz7SxEflqs', reason: 'too short' },
      ],
    },
  },
  {
    id: 'duffel-test-token',
    title: 'Duffel test access token',
    category: 'secret',
    kind: 'DUFFEL_TOKEN',
    severity: 'medium',
    description: 'A Duffel test-mode token: no real bookings, but access to the account’s test orders and settings.',
    keywords: ['duffel_test_'],
    pattern: /(?<![A-Za-z0-9_-])duffel_test_[A-Za-z0-9_=-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [randomPartMixes(12)],
    helpUrl: HELP,
    examples: {
      positive: ['DUFFEL_ACCESS_TOKEN=duffel_test_ocgSO6MlJjF8qcqz7SxEflqsDE328cYyI0qSQ8pfXPW', 'Authorization: Bearer duffel_test_MKuk_EdLH9IX-v46de9w5lqGRM94Mx2oGNyBQXpyfCt'],
      negative: [
        { text: 'DUFFEL_ACCESS_TOKEN=duffel_test_...', reason: 'the prefix alone' },
        { text: 'DUFFEL_ACCESS_TOKEN=duffel_test_<your-access-token-from-the-dashboard>', reason: 'a placeholder' },
      ],
    },
  },
];
