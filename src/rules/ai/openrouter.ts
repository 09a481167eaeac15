import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from '../saas/builders';

export const openrouterRules: readonly Rule[] = [
  {
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    category: 'secret',
    kind: 'OPENROUTER_API_KEY',
    severity: 'high',
    description: 'Grants use of every model routed by OpenRouter, billed to the key owner’s credits.',
    keywords: ['sk-or-v1-'],
    pattern: /(?<![A-Za-z0-9_-])sk-or-v1-[a-f0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://openrouter.ai/docs/api-reference/authentication',
    examples: {
      positive: ['OPENROUTER_API_KEY=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', '"Authorization": "Bearer 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"'],
      negative: [
        { text: 'OPENROUTER_API_KEY=sk-or-v1-...', reason: 'the prefix alone' },
        { text: 'OPENROUTER_API_KEY=sk-or-v1-8e64bd08fbae85caa00b652c07eec2456b11ce5a', reason: 'too short' },
      ],
    },
  },
];
