import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from './builders';

export const mailersendRules: readonly Rule[] = [
  {
    id: 'mailersend-api-token',
    title: 'MailerSend API token',
    category: 'secret',
    kind: 'MAILERSEND_API_TOKEN',
    severity: 'high',
    description: 'Sends e-mail and SMS from the MailerSend account’s domains and reads its activity.',
    keywords: ['mlsn.'],
    pattern: /(?<![A-Za-z0-9_-])mlsn\.[a-f0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://developers.mailersend.com/general.html#authentication',
    examples: {
      positive: ['MAILERSEND_API_KEY=mlsn.88098d4354ef719aa973ad63615a54402356bd7d0cd534afb3e49b9f9ce5ab3b', "new MailerSend({ apiKey: 'mlsn.1a15a322f1a4001c62ce6627d07258b9d57a4861fde20916dbc2abe65f1538fc' })"],
      negative: [
        { text: 'MAILERSEND_API_KEY=mlsn.xxxx', reason: 'a placeholder' },
        { text: 'MAILERSEND_API_KEY=mlsn.0acbf9c202c3d88f3127fee01d1096b7', reason: 'too short' },
      ],
    },
  },
];
