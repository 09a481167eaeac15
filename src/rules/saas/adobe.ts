import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/**
 * Adobe Developer Console OAuth client secrets (server-to-server and web apps): `p8e-` + 32 base62 characters.
 * The length is the one seen in issued secrets, not a documented one: 30 to 36 are accepted.
 * Client ids (bare 32-character hex) have no shape of their own and are left to the generic rules.
 */
export const adobeRules: readonly Rule[] = [
  {
    id: 'adobe-client-secret',
    title: 'Adobe OAuth client secret',
    category: 'secret',
    kind: 'ADOBE_CLIENT_SECRET',
    severity: 'high',
    description: 'With the client id, obtains access tokens for the Adobe APIs (Photoshop, PDF Services, Analytics, Experience Platform...) the integration was granted.',
    keywords: ['p8e-'],
    pattern: /(?<![A-Za-z0-9_-])p8e-[A-Za-z0-9]{30,36}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [randomPartMixes(4)],
    helpUrl: 'https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/',
    examples: {
      positive: [
        'ADOBE_CLIENT_SECRET=p8e-75yVuIxiwnNrm7rfpLm4JXY7rshGcHyM',
        'curl -X POST https://ims-na1.adobelogin.com/ims/token/v3 -d "grant_type=client_credentials&client_id=d2e0c9b1f7a64c3e8b5a1f2d3c4e5f60&client_secret=p8e-gWRvhq4NhG4sUZv02SIJftRGuMSwfWxk"',
      ],
      negative: [
        { text: 'ADOBE_CLIENT_SECRET=p8e-...', reason: 'the prefix alone' },
        { text: 'ADOBE_CLIENT_SECRET=p8e-JldFi3cX9VWE3NIe', reason: 'too short' },
      ],
    },
  },
];
