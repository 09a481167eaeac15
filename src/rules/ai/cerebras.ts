import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from '../saas/builders';

export const cerebrasRules: readonly Rule[] = [
  {
    id: 'cerebras-api-key',
    title: 'Cerebras API key',
    category: 'secret',
    kind: 'CEREBRAS_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of the Cerebras inference API billed to the key owner.',
    keywords: ['csk-'],
    pattern: /(?<![A-Za-z0-9_-])csk-[a-z0-9]{48}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixesLettersAndDigits],
    nearbyText: { words: ['cerebras'], window: 200, required: true },
    helpUrl: 'https://inference-docs.cerebras.ai/quickstart',
    examples: {
      positive: ['CEREBRAS_API_KEY=csk-0scl1s3uez4s8cl9g2nn0h0jexgttn0cvaonn3epslaonftx', 'client = Cerebras(api_key="csk-bffr89tvaz5yfcnpvaldxg8kfx79ywur47d36n2p4flq2h8m")'],
      negative: [
        { text: 'key = "csk-d7yvo3wnrfd45ja5zeo1ubskt5ax1gp733qttb18x89vlkgf"', reason: 'no Cerebras context' },
        { text: 'CEREBRAS_API_KEY=csk-g4ty3m5wpgzu9hyxj5hb', reason: 'too short' },
      ],
    },
  },
];
