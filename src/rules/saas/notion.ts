import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://developers.notion.com/docs/authorization';

export const notionRules: readonly Rule[] = [
  {
    id: 'notion-integration-token',
    title: 'Notion integration token',
    category: 'secret',
    kind: 'NOTION_TOKEN',
    severity: 'high',
    description: 'Reads and edits every Notion page and database shared with the integration.',
    keywords: ['ntn_'],
    pattern: /(?<![A-Za-z0-9_-])ntn_[0-9]{11}[A-Za-z0-9]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['NOTION_TOKEN=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', 'notion = Client(auth="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")'],
      negative: [
        { text: 'NOTION_TOKEN=ntn_...', reason: 'the prefix alone' },
        { text: 'NOTION_TOKEN=ntn_8IdqqprCMySguOaJQGVbPH57LVIXdV', reason: 'wrong shape' },
      ],
    },
  },
  {
    id: 'notion-legacy-integration-token',
    title: 'Notion integration token (legacy)',
    category: 'secret',
    kind: 'NOTION_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy "secret_" Notion token: reads and edits the pages and databases shared with the integration.',
    keywords: ['secret_'],
    pattern: /(?<![A-Za-z0-9_-])secret_[A-Za-z0-9]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['notion'], window: 200, required: true },
    helpUrl: HELP,
    examples: {
      positive: ['NOTION_API_KEY=secret_K3uJQnIQ5jlRaovn2E2EiWV5OFT7DIl0GRYcIB9Umdo', 'const notion = new Client({ auth: "secret_tQmQPzyU9aiw2cgPO3s1fYhOFGpHWMCEHJY1f0qxB3C" })'],
      negative: [
        { text: 'token = "secret_eOgLD0HSWhczlZBrfwQxPBLHesVKP2ZKCQmyfPwfWVc"', reason: 'no Notion context' },
        { text: 'NOTION_API_KEY=secret_yByAQQpKbpd9farm97ox', reason: 'too short' },
      ],
    },
  },
];
