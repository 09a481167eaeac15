import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/**
 * Chief Tools (Account Chief) tokens: `ctp_` (personal access token), `cto_` (OAuth access token) or `ctr_`
 * (OAuth refresh token) + 30 to 248 base62 characters, as the provider documents them.
 */
export const chieftoolsRules: readonly Rule[] = [
  {
    id: 'chieftools-token',
    title: 'Chief Tools access or refresh token',
    category: 'secret',
    kind: 'CHIEFTOOLS_TOKEN',
    severity: 'high',
    description: 'Acts as the Chief Tools user in the apps the token was granted (domains, DNS, deployments, certificates).',
    keywords: ['ctp_', 'cto_', 'ctr_'],
    pattern: /(?<![A-Za-z0-9_-])ct[opr]_[A-Za-z0-9]{30,248}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [randomPartMixes(4)],
    helpUrl: 'https://docs.chief.tools/accountchief/tokens',
    examples: {
      positive: [
        'CHIEF_TOOLS_TOKEN=ctp_1RVhPN0LaMaOv3dagN6EiDNvvh4aQ5gioIv9DEwL',
        '{ "access_token": "cto_MfQC5TtfcnqMbXAAO1hcuKO0I6pg0eO1mEClbUDK", "refresh_token": "ctr_qWFdD9RD05SuZRz6Zb28Hzd9AoLjV2mdI57VBz9t" }',
      ],
      negative: [
        { text: 'CHIEF_TOOLS_TOKEN=ctp_...', reason: 'the prefix alone' },
        { text: 'uint32_t ctr_counterValueForBlockCipherMode;', reason: 'an identifier: no digits' },
      ],
    },
  },
];
