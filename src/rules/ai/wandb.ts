import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from '../saas/builders';

export const wandbRules: readonly Rule[] = [
  {
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    category: 'secret',
    kind: 'WANDB_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Reads and writes the experiments, artifacts and models of the W&B user and their teams.',
    keywords: ['wandb'],
    pattern: assigned('wandb', '[a-f0-9]{40}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://docs.wandb.ai/guides/track/environment-variables',
    examples: {
      positive: ['WANDB_API_KEY=0cd99f90a9351b5dd082d0652692cfc19c0e08d2', 'os.environ["WANDB_API_KEY"] = "300923175867d854cc068d8d70762e901e4f808f"'],
      negative: [
        { text: 'WANDB_RUN_ID=ax936w3b', reason: 'a run id, not a key' },
        { text: 'WANDB_API_KEY=8a17ff2d0a1277c5b64c97da6d540f15', reason: 'too short' },
      ],
    },
  },
];
