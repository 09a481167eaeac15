import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const replicateRules: readonly Rule[] = [
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    category: 'secret',
    kind: 'REPLICATE_API_TOKEN',
    severity: 'high',
    description: 'Runs models on Replicate billed to the token owner and reads their predictions and private models.',
    keywords: ['r8_'],
    pattern: /(?<![A-Za-z0-9_-])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://replicate.com/docs/reference/http#authentication',
    examples: {
      positive: ['REPLICATE_API_TOKEN=r8_TCAswqVeKJtn1HRkygFRkkhPd5S2Sm6JM67NW', 'replicate.Client(api_token="r8_9Ho69XDd8J9SLjPz2ofV1jhVV0BpuDBF2VFjy")'],
      negative: [
        { text: '{"id": "r8_gt3", "name": "Audi R8 LMS GT3"}', reason: 'a car model id, not a token' },
        { text: 'REPLICATE_API_TOKEN=r8_zMwvong601fmGQ6MH8Flotw7NETK7F', reason: 'too short' },
      ],
    },
  },
];
