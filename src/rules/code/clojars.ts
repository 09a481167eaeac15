import type { Rule } from '../../engine/types';

/** Clojars deploy tokens: `CLOJARS_` + 60 lower-case alphanumerics. */
export const clojarsRules: readonly Rule[] = [
  {
    id: 'clojars-deploy-token',
    title: 'Clojars deploy token',
    category: 'secret',
    kind: 'CLOJARS_TOKEN',
    severity: 'high',
    description: 'Deploys artifacts to Clojars as its owner (or to the groups it is scoped to): a supply-chain risk.',
    keywords: ['clojars_'],
    pattern: /(?<![A-Za-z0-9_])CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9_])/,
    minEntropy: 4.0,
    helpUrl: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
    examples: {
      positive: [
        'CLOJARS_PASSWORD=CLOJARS_psz1cd9h2m5047un3w4suecbchmqh3uhkq0aepn9xsgkz2u52xne39t79nde',
        ':repositories [["clojars" {:username "acme" :password "CLOJARS_014ad11eyeuiz9k36pjj6jeqecif9qulnn4mefmlj6sf9qwnzx6w8mvdfz7d"}]]',
      ],
      negative: [
        { text: 'CLOJARS_USERNAME=acme', reason: 'a variable name, not a token' },
        { text: 'CLOJARS_PASSWORD=CLOJARS_aq864ivvf1sn9mpbbu6lmgkt5k2xgqw61gxhuu0cubc4fe', reason: 'too short' },
      ],
    },
  },
];
