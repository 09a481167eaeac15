import type { Rule } from '../../engine/types';

/** RubyGems.org API keys: `rubygems_` + 48 hex digits. */
export const rubygemsRules: readonly Rule[] = [
  {
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    category: 'secret',
    kind: 'RUBYGEMS_TOKEN',
    severity: 'high',
    description: 'Pushes (or yanks) gem versions as its owner on RubyGems.org: a supply-chain risk.',
    keywords: ['rubygems_'],
    pattern: /(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])/,
    minEntropy: 3.3,
    helpUrl: 'https://guides.rubygems.org/api-key-scopes/',
    examples: {
      positive: [
        '---\n:rubygems_api_key: rubygems_5cfd15ac1245050c4e06b489bef7ab40c656975aa5c9fdf2',
        'GEM_HOST_API_KEY=rubygems_4069cf7e6333fea78cc323bd9c41f6daeb23d17aa381f023',
      ],
      negative: [
        { text: 'GEM_HOST_API_KEY=rubygems_4069cf7e6333fea78cc323bd9c41f6daeb23d17a', reason: 'too short' },
        { text: 'GEM_HOST_API_KEY=rubygems_000000000000000000000000000000000000000000000000', reason: 'all-zero placeholder' },
        { text: ':rubygems_api_key: <%= ENV["GEM_HOST_API_KEY"] %>', reason: 'a template reference' },
      ],
    },
  },
];
