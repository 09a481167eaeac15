import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from '../saas/builders';

export const assemblyaiRules: readonly Rule[] = [
  {
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    category: 'secret',
    kind: 'ASSEMBLYAI_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Transcribes audio billed to the key owner and reads their past transcripts.',
    keywords: ['assemblyai', 'assembly_ai'],
    pattern: assigned('assembly_?ai', '[a-f0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://www.assemblyai.com/docs/api-reference/overview',
    examples: {
      positive: ['ASSEMBLYAI_API_KEY=d65e6620e3c7b395edcae5603b7b50b2', '  assemblyai_key: "cc496ff03f33b858087421b140eeb7c3"'],
      negative: [
        { text: 'md5 = "f7916d66b63879e07f3756c5d22c1a80"', reason: 'a hash without AssemblyAI context' },
        { text: 'ASSEMBLYAI_API_KEY=c449776919f25f8a4624f4d3', reason: 'too short' },
      ],
    },
  },
];
