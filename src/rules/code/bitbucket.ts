import type { Rule } from '../../engine/types';
import { atlassianCrc32 } from './checksums';

/** Bitbucket Cloud credentials: app passwords (ATBB...) and repository/project/workspace access tokens (ATCTT...). */
export const bitbucketRules: readonly Rule[] = [
  {
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password',
    category: 'secret',
    kind: 'BITBUCKET_TOKEN',
    severity: 'high',
    description: "With the username it gives API and Git access to the user's Bitbucket repositories within its scopes.",
    keywords: ['atbb'],
    pattern: /(?<![A-Za-z0-9_-])ATBB[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
    examples: {
      positive: [
        'git clone https://octo:ATBBsBpMid6gx8dQqsTIBjsyJemI7961FC07@bitbucket.org/acme/app.git',
        'BITBUCKET_APP_PASSWORD=ATBBhqVOyxIRNrHvFlGhNDcyszyGB28165AE',
      ],
      negative: [
        { text: 'BITBUCKET_APP_PASSWORD=ATBBhqVOyxIRNrHvFlGhNDcyszyGB2816', reason: 'too short' },
        { text: 'BITBUCKET_APP_PASSWORD=ATBBXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'placeholder' },
        { text: 'const ATBBREVIATIONS_TABLE_FOR_LOOKUP_IN_MAP = 1', reason: 'an identifier that happens to start with ATBB' },
      ],
    },
  },
  {
    id: 'bitbucket-access-token',
    title: 'Bitbucket repository/project/workspace access token',
    category: 'secret',
    kind: 'BITBUCKET_TOKEN',
    severity: 'high',
    description: 'Acts on a Bitbucket repository, project or workspace with the scopes of the token (clone, push, pipelines, admin).',
    keywords: ['atctt3xffgn0'],
    pattern: /(?<![A-Za-z0-9_-])ATCTT3xFfGN0[A-Za-z0-9_-]{100,300}=[A-F0-9]{8}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    window: 400,
    // The last 8 characters are crc32 of everything before them (checked on tokens seen in the wild).
    validators: [atlassianCrc32],
    helpUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
    examples: {
      positive: [
        'BITBUCKET_TOKEN=ATCTT3xFfGN0Z2MvI_RdBGP8fByiLtqZ45Xd6OnSRIEq5KzbI2tco5kBNPSZueImSqfyFYhW_a3ONvJanrRmzkuL148e0TXRfxXGFoQsciQ9sqhgJd7Ddb54-VQcy0rTXFYrWyOyzNmpc4Ekt-Sb5XWFa6o4IaxWG93TthyCfx8jnAnavOgRRnF=29F2319E',
        'Authorization: Bearer ATCTT3xFfGN0iN3iiiLphtX2IjB4tK5m5w5KPdwA0sBwdtRGkrU10yWs3nKIn2Qzv2pP4tyjk3TUODIE58p3txMFPfNRx49dkVgWhcr3qWgvmJZn1TxTbMNij8kSxK8eoY-8-4M7SFduf0G6y9nsNEGAjkbgv6qK1P6SzrgdU-uuIqz1IsBDM4_=5F2760F7',
      ],
      negative: [
        { text: 'BITBUCKET_TOKEN=ATCTT3xFfGN0Z2MvI_RdBGP8fByiLtqZ45Xd6OnSRIEq5KzbI2tco5kBNPSZueImSqfyFYhW_a3ONvJanrRmzkuL148e0TXRfxXGFoQsciQ9sqhgJd7Ddb54-VQcy0rTXFYrWyOyzNmpc4Ekt-Sb5XWFa6o4IaxWG93TthyCfx8jnAnavOgRRnF=29F2319F', reason: 'well-formed but the CRC32 checksum does not match' },
        { text: 'BITBUCKET_TOKEN=ATCTT3xFfGN0...', reason: 'truncated in documentation' },
      ],
    },
  },
];
