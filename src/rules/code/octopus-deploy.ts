import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from '../saas/builders';

/**
 * Octopus Deploy API keys: `API-` + upper-case letters and digits. Keys seen in the wild carry 26
 * characters after the prefix, but Octopus does not document the format, so 25 to 32 are accepted; `API-`
 * alone is too common a prefix, so a key only counts near an Octopus name (`X-Octopus-ApiKey`,
 * `OCTOPUS_API_KEY`, `octo ... --apiKey`).
 */
export const octopusDeployRules: readonly Rule[] = [
  {
    id: 'octopus-deploy-api-key',
    title: 'Octopus Deploy API key',
    category: 'secret',
    kind: 'OCTOPUS_DEPLOY_API_KEY',
    severity: 'high',
    description: 'Calls the Octopus Deploy REST API as its user or service account: creates releases and deploys them to the environments it may reach.',
    keywords: ['octopus', 'octo '],
    pattern: /(?<![A-Za-z0-9_-])API-[A-Z0-9]{25,32}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [mixesLettersAndDigits],
    window: 160,
    helpUrl: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
    examples: {
      positive: [
        'OCTOPUS_API_KEY=API-Y4HVSYUCIV3TRRJJK7MR3ZGHMZ',
        'curl -H "X-Octopus-ApiKey: API-6M93WTU1JLVGHDEN7H2KAR6U71" https://deploy.internal/api/projects',
        'octo create-release --project web --server https://deploy.internal --apiKey API-MD310MAAV5QH395S0FWJP9OB2E',
      ],
      negative: [
        { text: 'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'a placeholder' },
        { text: 'ticket: API-Y4HVSYUCIV3TRRJJK7MR3ZGHMZ', reason: 'no Octopus name nearby' },
        { text: 'OCTOPUS_API_KEY=API-GUEST', reason: 'the built-in guest key, too short' },
      ],
    },
  },
];
