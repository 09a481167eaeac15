import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits, mixesLettersAndDigits } from '../saas/builders';

const HELP = 'https://docs.together.ai/reference/authentication-1';

export const togetherRules: readonly Rule[] = [
  {
    id: 'together-api-key',
    title: 'Together AI API key',
    category: 'secret',
    kind: 'TOGETHER_API_KEY',
    severity: 'high',
    description: 'Grants use of Together AI inference and fine-tuning billed to the key owner.',
    keywords: ['tgp_v1_'],
    pattern: /(?<![A-Za-z0-9_-])tgp_v1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['TOGETHER_API_KEY=tgp_v1_hv6xfHnG8uY9iPhX5NI4c5EhSKLqimZCSLAJ7xO3LIb', 'together_client = Together(api_key="tgp_v1_1KNrzr7qvLEJQ7kGj1NQkLHAqXFlLpECy2byScoh2Ln")'],
      negative: [
        { text: 'TOGETHER_API_KEY=tgp_v1_...', reason: 'the prefix alone' },
        { text: 'TOGETHER_API_KEY=tgp_v1_TcRf8jugjRk5bcN7v6sz', reason: 'too short' },
      ],
    },
  },
  {
    id: 'together-legacy-api-key',
    title: 'Together AI API key (legacy hex)',
    category: 'secret',
    kind: 'TOGETHER_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy Together AI key: inference and fine-tuning billed to the key owner.',
    keywords: ['together'],
    pattern: assigned('together', '[a-f0-9]{64}'),
    secretGroup: 1,
    minEntropy: 3.5,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['TOGETHER_API_KEY=4f2391527bfbd1022574f6941af9fb122378006fa19e469e8bb59abf1b482cfc', 'together.api_key = "5f0c8f910798900f92494b3ef6ed567fd5c88579b0be67796568f18d0c1d41f0"'],
      negative: [
        { text: 'sha256 = "b5f53b78cb8a24933cfb02ee40e1b61a24065806a7e560c69ed3e8c98f9e25fc"', reason: 'a hash without Together context' },
        { text: 'TOGETHER_API_KEY=1a70a5fb38a3e7773fab7bb4455eb2e8e190c607', reason: 'too short' },
      ],
    },
  },
];
