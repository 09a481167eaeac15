import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const voyageRules: readonly Rule[] = [
  {
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    category: 'secret',
    kind: 'VOYAGE_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of Voyage AI embedding and rerank models billed to the key owner.',
    keywords: ['pa-'],
    pattern: /(?<![A-Za-z0-9_-])pa-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['voyage'], window: 200, required: true },
    helpUrl: 'https://docs.voyageai.com/docs/api-key-and-installation',
    examples: {
      positive: ['VOYAGE_API_KEY=pa-Z2dx2FW2M3ThzCXMefrg9WSOM41ZwEHy8JO8lweXsE9', 'vo = voyageai.Client(api_key="pa-ssITmtI8ALrxURmokNDjVGagJjuwkQiB0opJ62Uqzn8")'],
      negative: [
        { text: 'token = "pa-GXhNdovqThUqatX3W3kgKtKNJKRNwh8P0n58YvZa9H7"', reason: 'no Voyage context' },
        { text: 'VOYAGE_API_KEY=pa-pZSx4401RM6FZVpcVYyY', reason: 'too short' },
      ],
    },
  },
];
