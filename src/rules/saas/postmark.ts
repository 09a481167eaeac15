import type { Rule } from '../../engine/types';
import { assigned } from './builders';

export const postmarkRules: readonly Rule[] = [
  {
    id: 'postmark-server-token',
    title: 'Postmark server or account token',
    category: 'secret',
    kind: 'POSTMARK_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'Sends e-mail from the Postmark server’s verified senders and reads its message history.',
    keywords: ['postmark'],
    pattern: assigned('postmark', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    secretGroup: 1,
    minEntropy: 3.0,
    helpUrl: 'https://postmarkapp.com/developer/api/overview#authentication',
    examples: {
      positive: ['POSTMARK_SERVER_TOKEN=bdf75f4d-6331-4e4f-ab15-5c5b37e2bc90', 'curl -H "X-Postmark-Server-Token: 0ca083a7-0958-4a96-a24e-8362f0044838" https://api.postmarkapp.com/email'],
      negative: [
        { text: 'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', reason: 'Postmark’s documented test token' },
        { text: 'POSTMARK_MESSAGE_STREAM=outbound', reason: 'a setting, not a token' },
      ],
    },
  },
];
