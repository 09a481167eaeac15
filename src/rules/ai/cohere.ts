import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from '../saas/builders';

export const cohereRules: readonly Rule[] = [
  {
    id: 'cohere-api-key',
    title: 'Cohere API key',
    category: 'secret',
    kind: 'COHERE_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of the Cohere API (generation, embeddings, rerank) billed to the key owner.',
    keywords: ['cohere', 'co_api_key'],
    pattern: assigned('cohere|co_api_key', '[A-Za-z0-9]{40}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.cohere.com/reference/about',
    examples: {
      positive: ['COHERE_API_KEY=9RiuFYqJZjNTA7Xs2XOI5efqhx3PAuKE8O769afR', 'CO_API_KEY: "JvUBbqxLnptUcMJGWfeGm5koY2t0DR5XkrvMM02V"'],
      negative: [
        { text: 'COHERE_API_KEY=TQerDkKYBbRGQidt8JL74W6UdBODruKd', reason: 'too short for a Cohere key' },
        { text: 'random_hash = "NYm0uFZVcnQSpPpcBheFbbXXynzkX7KGyqntWNJb"', reason: 'no Cohere name' },
      ],
    },
  },
];
