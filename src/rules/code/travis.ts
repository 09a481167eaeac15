import type { Rule } from '../../engine/types';
import { namedValue } from './define';

/** Travis CI API tokens: 22 characters, recognisable only by their name. */
export const travisRules: readonly Rule[] = [
  {
    id: 'travis-ci-api-token',
    title: 'Travis CI API token',
    category: 'secret',
    kind: 'TRAVIS_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: "Acts as the Travis CI user: trigger builds, read logs and change repository settings and environment variables.",
    keywords: ['travis'],
    pattern: namedValue(String.raw`travis[_.-]?(?:ci[_.-]?)?(?:api[_.-]?|access[_.-]?)?token`, '[A-Za-z0-9_-]{22}', 'A-Za-z0-9_-'),
    secretGroup: 1,
    minEntropy: 3.8,
    validators: [({ value }) => /\d/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value)],
    helpUrl: 'https://docs.travis-ci.com/user/triggering-builds/',
    examples: {
      positive: [
        'TRAVIS_API_TOKEN=960t3-tL05aj6GbodBxBTY',
        'travis_token: "z6B2HXSBGlt5hjNmJ22fL5"',
      ],
      negative: [
        { text: 'TRAVIS_TOKEN=${TRAVIS_TOKEN}', reason: 'a reference to an environment variable' },
        { text: 'travis_token_name: deploy_production_key', reason: 'a name, not a token' },
        { text: 'TRAVIS_API_TOKEN=960t3-tL05aj6GbodBxBTY7Q', reason: 'longer than a Travis token' },
      ],
    },
  },
];
