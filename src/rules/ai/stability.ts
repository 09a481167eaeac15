import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const stabilityRules: readonly Rule[] = [
  {
    id: 'stability-api-key',
    title: 'Stability AI API key',
    category: 'secret',
    kind: 'STABILITY_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Generates images billed to the key owner’s Stability AI credits.',
    keywords: ['stability'],
    pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['stability', 'dreamstudio'], window: 200, required: true },
    helpUrl: 'https://platform.stability.ai/docs/getting-started/authentication',
    examples: {
      positive: ['STABILITY_API_KEY=sk-kFOmELrwAWSUm7pswcZfBruXOXSzHDZb1zkvVRxjFLOpyFVm', 'stability_client = client.StabilityInference(key="sk-ri8qGYzPM3jOuwKw3pXMXXHc14Smqe67JZmQop9saKpLUTz8")'],
      negative: [
        { text: 'STABILITY_API_KEY=sk-Ubiv7e9J06YZhe2mfC8AZZyPzkGbkz', reason: 'too short' },
        { text: 'STABILITY_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
      ],
    },
  },
];
