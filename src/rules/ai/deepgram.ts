import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from '../saas/builders';

export const deepgramRules: readonly Rule[] = [
  {
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    category: 'secret',
    kind: 'DEEPGRAM_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Transcribes and synthesises speech billed to the key owner’s Deepgram project.',
    keywords: ['deepgram'],
    pattern: assigned('deepgram', '[a-f0-9]{40}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://developers.deepgram.com/docs/create-additional-api-keys',
    examples: {
      positive: ['DEEPGRAM_API_KEY=e484c1d20f7b1f79ebc0745be9f6041d30b874b4', 'deepgramKey: "711254ff02a68255b78cbfe4685dae1061542a3d"'],
      negative: [
        { text: 'commit = "dc3d6498e2c3dfce331507893d2cb3c1550091ef"', reason: 'a git SHA without Deepgram context' },
        { text: 'DEEPGRAM_PROJECT_ID=26cca74a-c70d-4279-ac7d-d71e4ec7faf3', reason: 'a project id, not a key' },
      ],
    },
  },
];
