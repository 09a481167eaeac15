import type { Rule } from '../../engine/types';
import { bech32Valid } from './builders';

export const ageRules: readonly Rule[] = [
  {
    id: 'age-secret-key',
    title: 'age encryption secret key',
    category: 'secret',
    kind: 'AGE_SECRET_KEY',
    severity: 'high',
    description: 'Decrypts every file and secret (SOPS, chezmoi, ...) encrypted to its public key.',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Za-z0-9_-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9_-])/,
    validators: [({ value }) => bech32Valid(value)],
    helpUrl: 'https://github.com/FiloSottile/age#readme',
    examples: {
      positive: [
        '# created: 2024-05-01T10:00:00Z\n# public key: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\nAGE-SECRET-KEY-1KJ7N495ZXZ5PCX59SHEM89UWA5TAS9EGZVP4QPFHR5W2J9JFH3MNMSESX0',
        'SOPS_AGE_KEY=AGE-SECRET-KEY-1M5W73C0SZFJVTFTKGNNHYF75TDAVZ0W8XUSFL56K6XJSRT84ZDJ8HFRQJX',
      ],
      negative: [
        { text: 'SOPS_AGE_KEY=AGE-SECRET-KEY-1M5W73C0SZFJVTFTKGNNHYF75TDAVZ0W8XUSFL56K6XJSRT84ZDJ8HFRQJQ', reason: 'bad bech32 checksum' },
        { text: 'SOPS_AGE_KEY=AGE-SECRET-KEY-1...', reason: 'the prefix alone' },
      ],
    },
  },
];
