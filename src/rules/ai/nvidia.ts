import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

export const nvidiaRules: readonly Rule[] = [
  {
    id: 'nvidia-api-key',
    title: 'NVIDIA API key (build.nvidia.com / NIM)',
    category: 'secret',
    kind: 'NVIDIA_API_KEY',
    severity: 'high',
    description: 'Grants use of NVIDIA-hosted models (NIM, NGC) under the key owner’s account.',
    keywords: ['nvapi-'],
    pattern: /(?<![A-Za-z0-9_-])nvapi-[A-Za-z0-9_-]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.api.nvidia.com/nim/docs/api-quickstart',
    examples: {
      positive: ['NVIDIA_API_KEY=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', 'api_key="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"'],
      negative: [
        { text: 'NVIDIA_API_KEY=nvapi-...', reason: 'the prefix alone' },
        { text: 'NVIDIA_API_KEY=nvapi-tc3wHcje0JelyavQwyOrz5kEtDJGw96xbNxRTQYi', reason: 'too short' },
      ],
    },
  },
];
