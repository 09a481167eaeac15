import type { Rule } from '../../engine/types';

export const langsmithRules: readonly Rule[] = [
  {
    id: 'langsmith-api-key',
    title: 'LangSmith API key',
    category: 'secret',
    kind: 'LANGSMITH_API_KEY',
    severity: 'high',
    description: 'Reads and writes LangSmith traces, which hold the prompts and outputs of an LLM application.',
    keywords: ['lsv2_pt_', 'lsv2_sk_'],
    pattern: /(?<![A-Za-z0-9_-])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    helpUrl: 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key',
    examples: {
      positive: ['LANGCHAIN_API_KEY=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', 'LANGSMITH_API_KEY="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"'],
      negative: [
        { text: 'LANGCHAIN_API_KEY=lsv2_pt_...', reason: 'the prefix alone' },
        { text: 'LANGCHAIN_API_KEY=lsv2_pt_57890be4615f1ead90edda387b2a82be', reason: 'missing the checksum part' },
      ],
    },
  },
];
