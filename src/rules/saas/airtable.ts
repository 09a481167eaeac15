import { AIRTABLE_PAT } from '../../engine/anchors';
import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://airtable.com/developers/web/guides/personal-access-tokens';

export const airtableRules: readonly Rule[] = [
  {
    id: 'airtable-personal-access-token',
    title: 'Airtable personal access token',
    category: 'secret',
    kind: 'AIRTABLE_TOKEN',
    severity: 'high',
    description: 'Reads and writes the records of the Airtable bases the token was granted.',
    // 'pat' starts 'path', 'pattern', 'patch'...: the anchor is 'pat' and the token's next characters.
    keywords: [],
    anchor: AIRTABLE_PAT,
    window: 90,
    pattern: /(?<![A-Za-z0-9_-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    helpUrl: HELP,
    examples: {
      positive: ['AIRTABLE_TOKEN=patlN8l2ANJSG1SX7.0e9f8b4ce82145552692ce68fbb88e58303d39c68d2d0d09de61f7da705dccb1', "new Airtable({ apiKey: 'pathN7tAebrUtjmQu.37c2c212e0a45aa84f4ebd7d24fdf25af293997aae84a1dc70afe8dd791e1265' })"],
      negative: [
        { text: 'AIRTABLE_TOKEN=pat...', reason: 'the prefix alone' },
        { text: 'path.7b2874ff283036bededeb346719f90720f271fdff9e9db06a4d35a62d0946e96', reason: 'not the token shape' },
      ],
    },
  },
  {
    id: 'airtable-legacy-api-key',
    title: 'Airtable API key (legacy)',
    category: 'secret',
    kind: 'AIRTABLE_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy account-wide Airtable key: reads and writes every base of the user.',
    keywords: ['airtable'],
    pattern: /(?<![A-Za-z0-9_-])key[A-Za-z0-9]{14}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['airtable'], window: 200, required: true },
    helpUrl: HELP,
    examples: {
      positive: ['AIRTABLE_API_KEY=keyUhijzKRW4ujFFb', "Airtable.configure({ apiKey: 'keya1Lav8q8fUOh8K' })"],
      negative: [
        { text: 'AIRTABLE_BASE_ID=appsJ9GmAi4KBdZdp', reason: 'a base id, not a key' },
        { text: 'keyboardShortcuts = 1 // airtable', reason: 'an identifier' },
      ],
    },
  },
];
