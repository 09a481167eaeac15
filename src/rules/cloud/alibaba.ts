import type { Rule } from '../../engine/types';
import { namedValue } from '../code/define';

const HELP = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';

/**
 * Alibaba Cloud AccessKey pairs: the id starts with LTAI; the 30-character secret is only recognisable
 * by its name or by sitting right after its id.
 */
export const alibabaRules: readonly Rule[] = [
  {
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    category: 'secret',
    kind: 'ALIBABA_ACCESS_KEY',
    severity: 'high',
    description: 'Identifies an Alibaba Cloud AccessKey pair; with its secret it acts as the RAM user or account.',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    // At least two character classes: rules out upper-case identifiers such as LTAICONFIGURATION.
    validators: [({ value }) => [/\d/, /[a-z]/, /[A-Z]/].filter((re) => re.test(value.slice(4))).length >= 2],
    helpUrl: HELP,
    examples: {
      positive: [
        'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5t1ZykHPS6MKCDdzYb50',
        'accessKeyId: "LTAI5ta0rQQCpwPSmWbOa3vV"',
      ],
      negative: [
        { text: 'ALTAIR_HOME=/opt/altair', reason: 'a word containing LTAI' },
        { text: 'accessKeyId: "LTAIXXXXXXXXXXXXXXXX"', reason: 'placeholder' },
        { text: 'LTAICONFIGURATIONFILE', reason: 'an upper-case identifier, not a key id' },
      ],
    },
  },
  {
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    category: 'secret',
    kind: 'ALIBABA_SECRET_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'The secret half of an Alibaba Cloud AccessKey pair: acts as the RAM user or account in Alibaba Cloud.',
    keywords: ['aliyun', 'alibaba', 'alicloud', 'accesskeysecret', 'access_key_secret', 'access-key-secret'],
    pattern: namedValue(String.raw`(?:aliyun|alibaba|alicloud)[A-Za-z0-9_.-]{0,30}?(?:secret|access[_.-]?key)|access[_.-]?key[_.-]?secret`, '[A-Za-z0-9]{30}'),
    secretGroup: 1,
    minEntropy: 4.0,
    nearbyText: { words: ['ltai', 'aliyun', 'alibaba', 'alicloud'], window: 300, required: true },
    helpUrl: HELP,
    examples: {
      positive: [
        'ALIBABA_CLOUD_ACCESS_KEY_SECRET=6X46GFmA4NN73TZNqXR968rTraZwbe',
        "accessKeyId: 'LTAI5tynLQxOKLi4QkcJ6E20',\naccessKeySecret: '2kKLyxAbNgfkmeQiKZ2d3UxQhSLeAE',",
      ],
      negative: [
        { text: 'access_key_secret = 6X46GFmA4NN73TZNqXR968rTraZwbe', reason: 'no Alibaba Cloud context: another provider' },
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_SECRET}', reason: 'a reference to a variable' },
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=5gT9tSB1PPHUfC4Idd9NOcqRvC61HMx', reason: '31 characters: not a secret' },
      ],
    },
  },
];
