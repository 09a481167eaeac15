import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/** 42 school intranet (api.intra.42.fr) application secrets: `s-s4t2ud-` or `s-s4t2af-` + 64 lower-case hex digits. */
export const intra42Rules: readonly Rule[] = [
  {
    id: 'intra42-client-secret',
    title: '42 intranet (Intra) application secret',
    category: 'secret',
    kind: 'INTRA42_CLIENT_SECRET',
    severity: 'medium',
    description: 'With the application uid, obtains tokens for the 42 intranet API and reads the students’ profiles, projects and evaluations the application can see.',
    keywords: ['s-s4t2'],
    pattern: /(?<![A-Za-z0-9_-])s-s4t2(?:ud|af)-[0-9a-f]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    validators: [randomPartMixes(9)],
    helpUrl: 'https://api.intra.42.fr/apidoc/guides/getting_started',
    examples: {
      positive: [
        'FT_CLIENT_SECRET=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',
        '{ "client_secret": "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" }',
      ],
      negative: [
        { text: 'FT_CLIENT_SECRET=s-s4t2ud-...', reason: 'the prefix alone' },
        { text: 'FT_CLIENT_SECRET=s-s4t2ud-c1a858cc4d2968a5812d4f1b16087095', reason: 'too short' },
      ],
    },
  },
];
