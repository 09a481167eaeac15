import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

export const mailchimpRules: readonly Rule[] = [
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    category: 'secret',
    kind: 'MAILCHIMP_API_KEY',
    severity: 'high',
    description: 'Reads and exports the account’s audiences (subscribers’ e-mail addresses) and sends campaigns.',
    keywords: ['-us'],
    // The keyword ends the key: 32 hex digits before it.
    windowBefore: 33,
    pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{32}-us[0-9]{1,2}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(0, 32)],
    helpUrl: 'https://mailchimp.com/developer/marketing/guides/quick-start/',
    examples: {
      positive: ['MAILCHIMP_API_KEY=0d896f8054debd70a7f6a669841112ee-us12', "mailchimp.setConfig({ apiKey: '1ba47a9ac6d5bc4131e8cb0726ce2d3f-us6', server: 'us6' })"],
      negative: [
        { text: 'MAILCHIMP_API_KEY=c83a19a09a3f3f4e05bcb79e73ad4a8e-usXX', reason: 'a placeholder data centre' },
        { text: 'MAILCHIMP_API_KEY=7a1b59f1948902b5ab708826-us12', reason: 'too short' },
      ],
    },
  },
];
