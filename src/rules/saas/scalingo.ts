import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/** Scalingo API tokens: `tk-us-` + 48 URL-safe characters. */
export const scalingoRules: readonly Rule[] = [
  {
    id: 'scalingo-api-token',
    title: 'Scalingo API token',
    category: 'secret',
    kind: 'SCALINGO_TOKEN',
    severity: 'high',
    description: 'Acts as the Scalingo user: deploys and deletes apps, reads their environment variables and runs one-off containers.',
    keywords: ['tk-us-'],
    pattern: /(?<![A-Za-z0-9_-])tk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [randomPartMixes(6)],
    helpUrl: 'https://developers.scalingo.com/',
    examples: {
      positive: ['SCALINGO_API_TOKEN=tk-us-f_nfst-mj184_kgok6r6fq9cpjucz4szlm23c78pit5brshn', 'scalingo_api_token = "tk-us-whxq8zy_fi369dpxgvybk8mn_f9513ohyl7y0xm1pv4dvzg-"'],
      negative: [
        { text: 'export SCALINGO_TOKEN="tk-us-...."', reason: 'the prefix alone' },
        { text: 'SCALINGO_API_TOKEN=tk-us-wr8u771ymw2pj5b03eb1l2w78uapel3v', reason: 'too short' },
      ],
    },
  },
];
