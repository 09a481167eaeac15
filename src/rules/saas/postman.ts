import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from './builders';

/** Postman API keys: `PMAK-`, 24 hex digits (the key id), `-`, 34 hex digits. */
export const postmanRules: readonly Rule[] = [
  {
    id: 'postman-api-key',
    title: 'Postman API key',
    category: 'secret',
    kind: 'POSTMAN_API_KEY',
    severity: 'high',
    description: 'Reads and edits the user’s Postman workspaces, collections and environments, which often hold other API keys.',
    keywords: ['pmak-'],
    pattern: /(?<![A-Za-z0-9_-])PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
    examples: {
      positive: ['POSTMAN_API_KEY=PMAK-0a43c0ce299e5e0ad01c7b28-8b5500356cfe6f3a80ab9fdafd1623c37f', 'newman run "https://api.getpostman.com/collections/123?apikey=PMAK-9107fed5f3023aca2c5b3b7c-6bb979038a3da40a01683ae194bade0130"'],
      negative: [
        { text: 'POSTMAN_API_KEY=PMAK-...', reason: 'the prefix alone' },
        { text: 'POSTMAN_API_KEY=PMAK-115152b4b1505b67ade85d74', reason: 'the key id without its secret part' },
        { text: 'POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
      ],
    },
  },
];
