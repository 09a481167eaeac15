import type { Rule } from '../../engine/types';

/**
 * Tencent Cloud API keys: the SecretId is `AKID` and 32 base62 characters; its SecretKey (32 characters) is only
 * recognisable by its name, which the generic assignment rules read.
 */
export const tencentRules: readonly Rule[] = [
  {
    id: 'tencent-cloud-secret-id',
    title: 'Tencent Cloud SecretId',
    category: 'secret',
    kind: 'TENCENT_SECRET_ID',
    severity: 'high',
    description: 'Identifies a Tencent Cloud API key pair; with its SecretKey it acts as the account or sub-user in Tencent Cloud.',
    keywords: ['akid'],
    pattern: /(?<![A-Za-z0-9_-])AKID[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    // Random base62 mixes cases and digits; an upper-case constant (AKIDENTIFIER…) does not.
    validators: [({ value }) => /[0-9]/.test(value.slice(4)) && /[a-z]/.test(value.slice(4)) && /[A-Z]/.test(value.slice(4))],
    helpUrl: 'https://console.tencentcloud.com/cam/capi',
    examples: {
      positive: ['TENCENTCLOUD_SECRET_ID=AKIDC7NRBOwllSoYClqWA0lEf4Pb59bfLv33', 'cred = credential.Credential("AKIDBoOoCp00oJ7wqRSI5mva0adbkp7IbDhX", secret_key)'],
      negative: [
        { text: 'TENCENTCLOUD_SECRET_ID=AKIDXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'a placeholder' },
        { text: 'const AKIDENTIFIERFORTHEACCOUNTSERVICES012 = 1;', reason: 'an upper-case identifier' },
      ],
    },
  },
];
