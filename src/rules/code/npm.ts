import type { Rule } from '../../engine/types';
import { base62Crc32 } from './checksums';

const HELP = 'https://docs.npmjs.com/about-access-tokens';

/** npm registry tokens: `npm_` + 30 random base62 characters + a 6-character CRC32 checksum (as GitHub's). */
export const npmRules: readonly Rule[] = [
  {
    id: 'npm-access-token',
    title: 'npm access token',
    category: 'secret',
    kind: 'NPM_TOKEN',
    severity: 'high',
    description: 'Publishes (or reads private) npm packages as its owner: a leaked publish token is a supply-chain attack.',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/,
    validators: [base62Crc32],
    helpUrl: HELP,
    examples: {
      positive: [
        '//registry.npmjs.org/:_authToken=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',
        'NPM_TOKEN=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',
      ],
      negative: [
        { text: 'NPM_TOKEN=npm_IjiqJfmCdkBXXaO4ol91RJMpHeoI9I4Jkmiz', reason: 'well-formed but the CRC32 checksum does not match' },
        { text: 'const npm_config_registry_url_for_private_scope = 1', reason: 'an identifier starting with npm_' },
        { text: 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'npm-legacy-auth-token',
    title: 'npm legacy auth token (.npmrc)',
    category: 'secret',
    kind: 'NPM_TOKEN',
    severity: 'high',
    description: 'An old-format (UUID) npm token in .npmrc: installs private packages or publishes as its owner if still valid.',
    keywords: ['_authtoken='],
    pattern: /\/\/registry\.npmjs\.org\/:_authToken=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/,
    secretGroup: 1,
    helpUrl: HELP,
    examples: {
      positive: [
        '//registry.npmjs.org/:_authToken=e8c9b3e5-40bc-4555-8557-96ab9e4f7015',
        'echo "//registry.npmjs.org/:_authToken=96c6b0b1-fec9-4372-bdcd-0c2ddcb4955d" > ~/.npmrc',
      ],
      negative: [
        { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', reason: 'a reference to an environment variable' },
        { text: '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000', reason: 'all-zero placeholder' },
        { text: 'request_id=e8c9b3e5-40bc-4555-8557-96ab9e4f7015', reason: 'a UUID that is not in an .npmrc auth line' },
      ],
    },
  },
];
