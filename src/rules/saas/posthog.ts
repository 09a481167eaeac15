import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * PostHog personal API keys: `phx_` + a random number written in base 62 without padding. The oldest keys
 * carry 43 digits or fewer (32 random bytes), later ones 47 (35 bytes), the newest 48 or 49 in base 57
 * (posthog/models/utils.py). Project API keys (`phc_`) are public by design: they ship in every page that
 * loads the PostHog snippet.
 */
export const posthogRules: readonly Rule[] = [
  {
    id: 'posthog-personal-api-key',
    title: 'PostHog personal API key',
    category: 'secret',
    kind: 'POSTHOG_API_KEY',
    severity: 'high',
    description: 'Calls PostHog’s private API as the user: queries events and persons and edits feature flags, within the key’s scopes.',
    keywords: ['phx_'],
    pattern: /(?<![A-Za-z0-9_-])phx_[A-Za-z0-9]{42,49}(?![A-Za-z0-9_-])/,
    minEntropy: 4.2,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://posthog.com/docs/api/personal-api-keys',
    examples: {
      positive: [
        'POSTHOG_PERSONAL_API_KEY=phx_i4FaRzmfom0sbD1yjhfmoA8kMpB2sShQC6bEvpqr45P7IQm',
        "curl https://us.posthog.com/api/projects/ -H 'Authorization: Bearer phx_BvmAOE3poE7dIfcit6WjPLJKg0mTRvkadTvRDj5xLUv'",
        'personal_api_key: "phx_qmh7ps3Qu76oMGv8Mya8g7ZACq8M4bkxDVLrR9sTdTtAzUPU"',
      ],
      negative: [
        { text: "posthog.init('phc_JrmrNg94a66woezweLiCsSz8S63oGD2ovrrTjX7Pv7J2', { api_host: 'https://us.i.posthog.com' })", reason: 'a project API key (phc_): public by design, like a publishable key' },
        { text: 'POSTHOG_PERSONAL_API_KEY=phx_...', reason: 'the prefix alone' },
        { text: 'POSTHOG_PERSONAL_API_KEY=phx_tYiIQVvVUm1BLrwTw6wCN1KX', reason: 'too short' },
      ],
    },
  },
];
