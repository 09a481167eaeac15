import type { Rule } from '../../engine/types';

/** Buildkite user API access tokens: `bkua_` + 40 hex digits. */
export const buildkiteRules: readonly Rule[] = [
  {
    id: 'buildkite-api-token',
    title: 'Buildkite API access token',
    category: 'secret',
    kind: 'BUILDKITE_TOKEN',
    severity: 'high',
    description: "Acts as the Buildkite user through the REST/GraphQL APIs: pipelines, builds, logs and agents, within its scopes.",
    keywords: ['bkua_'],
    pattern: /(?<![A-Za-z0-9_])bkua_[a-f0-9]{40}(?![A-Za-z0-9_])/,
    minEntropy: 3.3,
    helpUrl: 'https://buildkite.com/docs/apis/managing-api-tokens',
    examples: {
      positive: [
        'BUILDKITE_API_TOKEN=bkua_b9317ecb9becb8af5ea15a941757bbf7af8c3afe',
        'curl -H "Authorization: Bearer bkua_c338b36d79b9ab3dd17ebee1c55bfcceb5151546" https://api.buildkite.com/v2/user',
      ],
      negative: [
        { text: 'BUILDKITE_API_TOKEN=bkua_b9317ecb9becb8af5ea15a941757bbf7af8c', reason: 'too short' },
        { text: 'BUILDKITE_API_TOKEN=bkua_0000000000000000000000000000000000000000', reason: 'all-zero placeholder' },
      ],
    },
  },
];
