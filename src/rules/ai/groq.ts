import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const groqRules: readonly Rule[] = [
  {
    id: 'groq-api-key',
    title: 'Groq API key',
    category: 'secret',
    kind: 'GROQ_API_KEY',
    severity: 'high',
    description: 'Grants use of the Groq inference API billed to the key owner.',
    keywords: ['gsk_'],
    pattern: /(?<![A-Za-z0-9_-])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://console.groq.com/docs/quickstart',
    examples: {
      positive: ['GROQ_API_KEY=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', 'client = Groq(api_key="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")'],
      negative: [
        { text: 'GROQ_API_KEY=gsk_...', reason: 'the prefix alone' },
        { text: 'GROQ_API_KEY=gsk_GEiK1hmsWmXFCaiMbo8HOfVHamlXzRx3UFxARhbE', reason: 'too short' },
      ],
    },
  },
];
