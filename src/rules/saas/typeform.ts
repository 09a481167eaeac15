import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/** Typeform personal access tokens: `tfp_` + 59 URL-safe characters (44, `_`, 14 in practice). */
export const typeformRules: readonly Rule[] = [
  {
    id: 'typeform-personal-access-token',
    title: 'Typeform personal access token',
    category: 'secret',
    kind: 'TYPEFORM_TOKEN',
    severity: 'high',
    description: 'Reads and edits the user’s Typeform forms and downloads every response they have collected.',
    keywords: ['tfp_'],
    pattern: /(?<![A-Za-z0-9_-])tfp_[A-Za-z0-9_.=-]{59}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://www.typeform.com/developers/get-started/personal-access-token/',
    examples: {
      positive: ['TYPEFORM_TOKEN=tfp_gjUVNbpitxzt5DQvmGeweEYHjMgXK0EdSGZrwX2dh3sY_0722abMSu63g32', "curl https://api.typeform.com/forms -H 'Authorization: Bearer tfp_SObucz81KZyvE3ydecGp6CYeUN2HCT3ybFQnqpUM6lq4_NqwtyaNgP7Dw8N'"],
      negative: [
        { text: 'TYPEFORM_TOKEN=tfp_...', reason: 'the prefix alone' },
        { text: 'TYPEFORM_TOKEN=tfp_AW8vL7Yn7U4oJWESgQAmbB7NrdnZbtP1p32Na4KPcyYG', reason: 'too short' },
      ],
    },
  },
];
