import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/** Figma personal access tokens: `figd_` + 40 URL-safe base64 characters. */
export const figmaRules: readonly Rule[] = [
  {
    id: 'figma-personal-access-token',
    title: 'Figma personal access token',
    category: 'secret',
    kind: 'FIGMA_TOKEN',
    severity: 'high',
    description: 'Reads the Figma files, comments and projects the user can open, and changes those its scopes allow.',
    keywords: ['figd_'],
    pattern: /(?<![A-Za-z0-9_-])figd_[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://www.figma.com/developers/api#access-tokens',
    examples: {
      positive: ['FIGMA_TOKEN=figd_kYAWUMBvb-9_Bwof8czg2-KXqD2Z8hrW-IJyj5W8', "headers: { 'X-Figma-Token': 'figd_1L-VK7ezbvuNJ9qYm4P_E4jvdBE4rHFbIXAOcGjN' }"],
      negative: [
        { text: 'FIGMA_TOKEN=figd_...', reason: 'the prefix alone' },
        { text: 'FIGMA_TOKEN=figd_nJfJdB1xB7ww2tK7mR-XVOw8B2V', reason: 'too short' },
        { text: '"accessToken": "figd_your_actual_token_here_00000000000000000"', reason: 'a placeholder' },
      ],
    },
  },
];
