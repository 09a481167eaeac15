import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const xaiRules: readonly Rule[] = [
  {
    id: 'xai-api-key',
    title: 'xAI (Grok) API key',
    category: 'secret',
    kind: 'XAI_API_KEY',
    severity: 'high',
    description: 'Grants use of the xAI Grok API billed to the key owner.',
    keywords: ['xai-'],
    pattern: /(?<![A-Za-z0-9_-])xai-[A-Za-z0-9]{80}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.x.ai/docs/overview',
    examples: {
      positive: ['XAI_API_KEY=xai-50a2qoKknJEMfrnkaChhlj1aYUEb7gcVtgdsuvS5ipQo0o20xcO1OhtTjg6H9SX2256Zfj4aWRauVOZ4', 'client = OpenAI(base_url="https://api.x.ai/v1", api_key="xai-ae6HR6S1toEc8OsDQVYZZPYNW9O2va5YgJatDEsw2twlCBIYyf64EmMKYrqLcTpLGTW0Gefo8wJ3spSm")'],
      negative: [
        { text: 'XAI_API_KEY=xai-...', reason: 'the prefix alone' },
        { text: 'model = "xai-grok-beta"', reason: 'a model name' },
      ],
    },
  },
];
