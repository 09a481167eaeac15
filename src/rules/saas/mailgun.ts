import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits, randomPartMixes } from './builders';

const HELP = 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication';
const MAILGUN_CONTEXT = { words: ['mailgun', 'mg_', 'mg.'], window: 200, required: true } as const;

export const mailgunRules: readonly Rule[] = [
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    category: 'secret',
    kind: 'MAILGUN_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Sends e-mail from the account’s domains and reads its logs, which hold recipients’ addresses.',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9_-])key-[a-f0-9]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(4)],
    nearbyText: MAILGUN_CONTEXT,
    helpUrl: HELP,
    examples: {
      positive: ['MAILGUN_API_KEY=key-5b2390d3d3b7fead8e0d6c090ef699e5', "mailgun = Mailgun(api_key='key-ba7cedddec52cbbbc20df346cdcbb5ed', domain='mg.example.org')"],
      negative: [
        { text: 'cache_key = "key-b2b5abf48e6fdda96b62e31662a6a52c"', reason: 'no Mailgun context: a cache key' },
        { text: 'MAILGUN_PUBLIC_KEY=pubkey-9116a1a2f2be69357fc35afe3bfa5a12', reason: 'the public validation key' },
      ],
    },
  },
  {
    id: 'mailgun-private-key',
    title: 'Mailgun private API key or webhook signing key',
    category: 'secret',
    kind: 'MAILGUN_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Sends e-mail from the account’s domains, or forges webhooks the application trusts.',
    keywords: ['mailgun', 'mg_'],
    pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    nearbyText: MAILGUN_CONTEXT,
    helpUrl: HELP,
    examples: {
      positive: ['MAILGUN_API_KEY=49068eb49ac5098c658a41a04a67abb2-3d203521-a5c2d55d', 'MAILGUN_WEBHOOK_SIGNING_KEY: "82b855dfabac0e1244e58b6ad0203d7c-cf3aa1ab-ff6af6f1"'],
      negative: [
        { text: 'id = "4f0496df340e2db4fe395092a222e189-1042837f-b7be85ce"', reason: 'no Mailgun context' },
        { text: 'MAILGUN_API_KEY=f83bf2442469559b06a7b24d2211a1b7-2abeff29', reason: 'missing the last part' },
      ],
    },
  },
];
