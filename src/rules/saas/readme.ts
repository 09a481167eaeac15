import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/** ReadMe (readme.com) API keys: `rdme_` + 70 lower-case letters and digits. */
export const readmeRules: readonly Rule[] = [
  {
    id: 'readme-api-key',
    title: 'ReadMe API key',
    category: 'secret',
    kind: 'README_API_KEY',
    severity: 'high',
    description: 'Reads, rewrites and deletes the documentation pages and API definitions of the ReadMe project.',
    keywords: ['rdme_'],
    pattern: /(?<![A-Za-z0-9_-])rdme_[a-z0-9]{70}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [randomPartMixes(5)],
    helpUrl: 'https://docs.readme.com/main/reference/intro-to-the-readme-api',
    examples: {
      positive: ['README_API_KEY=rdme_4mm3u5f5z1v5jp6p7cdlz1mgg6k2q1uw0idm29tnfbdf7f2wtiwoabysvmzri26j2zmzzv', 'rdme openapi upload openapi.json --key=rdme_cdeo1vy10rany66ue1nq2fpy8fa5q86tpn7n02of7xp06a1d3o5ft97jtd66qxbfd4dfko'],
      negative: [
        { text: "const API_KEY = 'rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';", reason: 'a placeholder' },
        { text: 'README_API_KEY=rdme_...', reason: 'the prefix alone' },
        { text: 'README_API_KEY=rdme_4s3o19metqy1h8qmnv023xducmzd5fgzz4oce5kg', reason: 'too short' },
      ],
    },
  },
];
