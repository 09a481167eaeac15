import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from './builders';

/** Only admin and write keys: Algolia search-only keys are meant to ship in front-end code. */
export const algoliaRules: readonly Rule[] = [
  {
    id: 'algolia-admin-key',
    title: 'Algolia admin or write API key',
    category: 'secret',
    kind: 'ALGOLIA_ADMIN_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Reads, overwrites and deletes every index of the Algolia application and manages its API keys.',
    keywords: ['algolia'],
    pattern: assigned('algolia[A-Za-z0-9_.-]{0,12}(?:admin|write)[A-Za-z0-9_.-]{0,8}key', '[a-f0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://www.algolia.com/doc/guides/security/api-keys/',
    examples: {
      positive: ['ALGOLIA_ADMIN_KEY=a8abecbd745eb03cd97195043a08060b', 'algoliaAdminApiKey: "bb8d1d8c1f42afb68af6e37ee47bc81c"'],
      negative: [
        { text: 'ALGOLIA_SEARCH_KEY=bc3a722f48f5509ca532a6bcd6c4987a', reason: 'a search-only key, public by design' },
        { text: 'ALGOLIA_APP_ID=TMX54Y4XQP', reason: 'the application id' },
      ],
    },
  },
];
