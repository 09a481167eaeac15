import type { Rule } from '../../engine/types';

/**
 * SonarQube Server tokens (9.5+): `sq` + a type letter + `_` + 40 lower-case hex digits (20 random bytes):
 * `squ_` user, `sqa_` global analysis, `sqp_` project analysis. `sqb_` project badge tokens only read a
 * badge and are published in README files by design, so they are not reported. SonarQube Cloud tokens are
 * 40 hex digits without a prefix: the generic assignment rules judge those.
 */
export const sonarqubeRules: readonly Rule[] = [
  {
    id: 'sonarqube-token',
    title: 'SonarQube user or analysis token',
    category: 'secret',
    kind: 'SONARQUBE_TOKEN',
    severity: 'high',
    description: 'A user token acts as its user in the web API (an administrator’s administers the instance); analysis tokens upload analyses and read the code and issues of their projects.',
    keywords: ['squ_', 'sqa_', 'sqp_'],
    pattern: /(?<![A-Za-z0-9_-])sq[uap]_[a-f0-9]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    helpUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
    examples: {
      positive: [
        'SONAR_TOKEN=squ_b9a3523608628c4a5b60fb182aabcff24736c167',
        'mvn sonar:sonar -Dsonar.host.url=https://sonar.internal -Dsonar.token=sqp_a5fd52292510b7bd300936123147fb9677d7c71b',
        'sonar.login: "sqa_5fef6a22906a223626aa4d3d5ee76ec30f9318ba"',
      ],
      negative: [
        { text: '![Quality Gate](https://sonar.internal/api/project_badges/measure?project=web&metric=alert_status&token=sqb_4e8c89aff0fbf3dedab0a3c7befcfc411248c742)', reason: 'a project badge token: read-only and public by design' },
        { text: 'SONAR_TOKEN=squ_0000000000000000000000000000000000000000', reason: 'all-zero placeholder' },
        { text: 'SONAR_TOKEN=squ_b9a3523608628c4a5b60fb182aabcff2', reason: 'too short' },
      ],
    },
  },
];
