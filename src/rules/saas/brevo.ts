import type { Rule } from '../../engine/types';

const HELP = 'https://developers.brevo.com/docs/getting-started';

/** Brevo (formerly Sendinblue): API keys "xkeysib-" and SMTP keys "xsmtpsib-", 64 hex and 16 base62. */
export const brevoRules: readonly Rule[] = [
  {
    id: 'brevo-api-key',
    title: 'Brevo (Sendinblue) API or SMTP key',
    category: 'secret',
    kind: 'BREVO_API_KEY',
    severity: 'high',
    description: 'Sends e-mail and SMS from the Brevo account and exports its contact lists.',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?<![A-Za-z0-9_-])x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    helpUrl: HELP,
    examples: {
      positive: ['BREVO_API_KEY=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', 'smtp_password: "xsmtpsib-2fd12059ddd0fe579665ee97945cab9c11cb531ffd4f04761a6b15925726821f-J44Dovf4saUzL60x"'],
      negative: [
        { text: 'BREVO_API_KEY=xkeysib-...', reason: 'the prefix alone' },
        { text: 'BREVO_API_KEY=xkeysib-a825370b34f0abc49d7fc84d48777b447d8c7dfdedd2fed6527d8afd3cc27f18', reason: 'missing the last part' },
      ],
    },
  },
];
