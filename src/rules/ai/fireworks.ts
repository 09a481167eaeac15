import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const fireworksRules: readonly Rule[] = [
  {
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    category: 'secret',
    kind: 'FIREWORKS_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of Fireworks AI inference and fine-tuning billed to the key owner.',
    keywords: ['fw_'],
    pattern: /(?<![A-Za-z0-9_-])fw_[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['fireworks'], window: 200, required: true },
    helpUrl: 'https://docs.fireworks.ai/api-reference/introduction',
    examples: {
      positive: ['FIREWORKS_API_KEY=fw_gyTZ0E41Faprr6TYd2EyLJqC', 'client = Fireworks(api_key="fw_6XBy3qPTYOZpDFDSzCE3Vq2T")'],
      negative: [
        { text: 'fw_P0KgeSnZkPY0mZejFOvxbVhP = load_firmware()', reason: 'no Fireworks context: firmware code uses the fw_ prefix' },
        { text: 'FIREWORKS_API_KEY=fw_vX9LlsqY8Zx4', reason: 'too short' },
      ],
    },
  },
];
