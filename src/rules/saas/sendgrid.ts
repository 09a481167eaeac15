import type { Rule } from '../../engine/types';

export const sendgridRules: readonly Rule[] = [
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    category: 'secret',
    kind: 'SENDGRID_API_KEY',
    severity: 'high',
    description: 'Sends e-mail as the account’s verified senders (phishing from a trusted domain) and reads contacts.',
    keywords: ['sg.'],
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    examples: {
      positive: ['SENDGRID_API_KEY=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', "sg = SendGridAPIClient('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')"],
      negative: [
        { text: 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'SENDGRID_API_KEY=SG.VwOJ9rBiXiRkuLY9ZBLYg8.NQkqaSREbK6E7kacXexP', reason: 'second part too short' },
      ],
    },
  },
];
