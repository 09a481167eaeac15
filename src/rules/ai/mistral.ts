import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from '../saas/builders';

export const mistralRules: readonly Rule[] = [
  {
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    category: 'secret',
    kind: 'MISTRAL_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of the Mistral AI API billed to the key owner’s workspace.',
    keywords: ['mistral'],
    pattern: assigned('mistral', '[A-Za-z0-9]{32}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.mistral.ai/getting-started/quickstart/',
    examples: {
      positive: ['MISTRAL_API_KEY=ihNB6XNDWKX7rdViG8mFZiNiypl7CIuc', 'mistral_key: "F5KxjXt0BbRjaK5Q9Sn3uQqmpXcozeYq"'],
      negative: [
        { text: 'MISTRAL_MODEL=mistral-large-latest', reason: 'a model name, not a key' },
        { text: 'MISTRAL_API_KEY=22f1f0911c37629936cc959cd6dc218d', reason: 'lower-case hex: a hash, not a Mistral key' },
      ],
    },
  },
];
