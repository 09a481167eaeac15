import type { Rule } from '../../engine/types';
import { namedValue } from './define';

const HELP = 'https://circleci.com/docs/managing-api-tokens/';

/** CircleCI API tokens: prefixed personal (CCIPAT_) and project (CCIPRJ_) tokens, and legacy 40-hex tokens by name. */
export const circleciRules: readonly Rule[] = [
  {
    id: 'circleci-personal-token',
    title: 'CircleCI personal API token',
    category: 'secret',
    kind: 'CIRCLECI_TOKEN',
    severity: 'high',
    description: "Acts as the CircleCI user: trigger pipelines, read logs and artifacts, and read or change project settings.",
    keywords: ['ccipat_'],
    pattern: /(?<![A-Za-z0-9_])CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])/,
    minEntropy: 4.0,
    helpUrl: HELP,
    examples: {
      positive: [
        'CIRCLECI_TOKEN=CCIPAT_SDVYvHpq7yYicnYZXcwbr6_f2faa2ad1b32d6c61ee0aa30c0f1f8371f1e51d3',
        'curl -H "Circle-Token: CCIPAT_YfJeTLDEDT1ixhh6wnFk8U_824df1608ab37a941151ed4cdefcd9cbeaed6511" https://circleci.com/api/v2/me',
      ],
      negative: [
        { text: 'CIRCLECI_TOKEN=CCIPAT_SDVYvHpq7yYicnYZXcwbr6_f2faa2ad1b32d6c61ee0aa30c0f1f8371f', reason: 'too short' },
        { text: 'CIRCLECI_TOKEN=CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'circleci-project-token',
    title: 'CircleCI project API token',
    category: 'secret',
    kind: 'CIRCLECI_TOKEN',
    severity: 'high',
    description: "Triggers and reads one CircleCI project's pipelines, including their logs and artifacts.",
    keywords: ['cciprj_'],
    pattern: /(?<![A-Za-z0-9_])CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])/,
    minEntropy: 4.0,
    helpUrl: HELP,
    examples: {
      positive: [
        'CIRCLE_PROJECT_TOKEN=CCIPRJ_QtPrxhkS7Hhj1w3jWPwpKQ_a28ca4bf1df312edcdbab6c629c1c4c4fc4412c7',
        '"circle-token": "CCIPRJ_zTez0XiAOwNJlYEVSuQxle_335755490924f10f7c0fd13dd7ba3e9c55dbed80"',
      ],
      negative: [
        { text: 'CIRCLE_PROJECT_TOKEN=CCIPRJ_QtPrxhkS7Hhj1w3jWPwpKQ', reason: 'truncated: no secret part' },
        { text: 'CIRCLE_PROJECT_TOKEN=CCIPRJ_<token>', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'circleci-legacy-token',
    title: 'CircleCI API token (legacy, named variable)',
    category: 'secret',
    kind: 'CIRCLECI_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'An unprefixed 40-hex CircleCI API token assigned to a CircleCI variable: acts as its user or project.',
    keywords: ['circle'],
    pattern: namedValue(String.raw`circle[_.-]?(?:ci[_.-]?)?(?:api[_.-]?)?(?:token|key)`, '[a-f0-9]{40}'),
    secretGroup: 1,
    minEntropy: 3.3,
    helpUrl: HELP,
    examples: {
      positive: [
        'CIRCLECI_API_TOKEN=eadf99a2b96bc6f91a7907d1e43d4ebbe7ce57c8',
        "circle_token: '5b998833d0ac4c9bc41a659503392c2e04aae7a4'",
      ],
      negative: [
        { text: 'CIRCLE_SHA1=eadf99a2b96bc6f91a7907d1e43d4ebbe7ce57c8', reason: 'the commit being built, not a token' },
        { text: 'CIRCLECI_API_TOKEN=${CIRCLECI_API_TOKEN}', reason: 'a reference to an environment variable' },
      ],
    },
  },
];
