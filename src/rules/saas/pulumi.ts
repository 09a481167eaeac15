import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/** Pulumi Cloud access tokens (personal, team and organisation): `pul-` + 40 hex digits. */
export const pulumiRules: readonly Rule[] = [
  {
    id: 'pulumi-access-token',
    title: 'Pulumi access token',
    category: 'secret',
    kind: 'PULUMI_TOKEN',
    severity: 'high',
    description: 'Acts on Pulumi Cloud as the user, team or organisation: reads and updates stacks, their state and their secrets.',
    keywords: ['pul-'],
    pattern: /(?<![A-Za-z0-9_-])pul-[a-f0-9]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(4)],
    helpUrl: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
    examples: {
      positive: ['PULUMI_ACCESS_TOKEN=pul-ab49aaa46555cb108dec0fc9fd3afc3a9a5c7214', '      env:\n        PULUMI_ACCESS_TOKEN: "pul-e0a5364da7052539e13695c1c3cdb8ccdb8c9ae6"'],
      negative: [
        { text: 'PULUMI_ACCESS_TOKEN=pul-...', reason: 'the prefix alone' },
        { text: '<img src="./assets/vipul-61816c0d8cec326c975aaeaec35565ba18ceb36d.png">', reason: 'part of a longer word (a hashed file name)' },
        { text: 'PULUMI_ACCESS_TOKEN=pul-61816c0d8cec326c975aaeaec35565ba', reason: 'too short' },
      ],
    },
  },
];
