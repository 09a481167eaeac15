import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from '../saas/builders';

export const perplexityRules: readonly Rule[] = [
  {
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    category: 'secret',
    kind: 'PERPLEXITY_API_KEY',
    severity: 'high',
    description: 'Grants use of the Perplexity API billed to the key owner.',
    keywords: ['pplx-'],
    pattern: /(?<![A-Za-z0-9_-])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://docs.perplexity.ai/guides/getting-started',
    examples: {
      positive: ['PERPLEXITY_API_KEY=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', 'headers = {"Authorization": "Bearer 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"}'],
      negative: [
        { text: 'PERPLEXITY_API_KEY=pplx-...', reason: 'the prefix alone' },
        { text: 'PERPLEXITY_API_KEY=pplx-7JxWRCWBSJuzpJTaGYnxsI0IGSZzA62o', reason: 'too short' },
      ],
    },
  },
];
