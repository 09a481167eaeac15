import type { Rule } from '../../engine/types';

export const asanaRules: readonly Rule[] = [
  {
    id: 'asana-personal-access-token',
    title: 'Asana personal access token',
    category: 'secret',
    kind: 'ASANA_TOKEN',
    severity: 'high',
    description: 'Acts as the Asana user: reads and changes the tasks and projects of their workspaces.',
    keywords: ['asana'],
    pattern: /(?<![A-Za-z0-9_/-])(?:[0-9]\/[0-9]{12,18}(?:\/[0-9]{12,18})?:[a-f0-9]{32}|0\/[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    helpUrl: 'https://developers.asana.com/docs/personal-access-token',
    examples: {
      positive: ['ASANA_TOKEN=2/5464011717079864/8237949864110357:5f22b56a20954a0ff89d3b9de692bc91', 'asana.Client.access_token("1/3367809436739267:0562b507e78e676a260c011c88fc10c6")'],
      negative: [
        { text: 'ASANA_PROJECT_ID=8118020717786275', reason: 'a project id' },
        { text: 'ASANA_TOKEN=0/...', reason: 'the prefix alone' },
      ],
    },
  },
];
