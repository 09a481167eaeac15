import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://developer.squareup.com/docs/build-basics/access-tokens';

export const squareRules: readonly Rule[] = [
  {
    id: 'square-access-token',
    title: 'Square access token',
    category: 'secret',
    kind: 'SQUARE_ACCESS_TOKEN',
    severity: 'high',
    description: 'Takes payments, issues refunds and reads customers and orders of the Square seller account.',
    keywords: ['eaaa'],
    wordStartKeywords: ['eaaa'],
    pattern: /(?<![A-Za-z0-9_-])EAAA[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['SQUARE_ACCESS_TOKEN=EAAAesicKuDKX4cWe9A1AOJt85I93cRu3owlDZBK-cJJ-iSqTGJR-63TmjPl2sMP', 'client = Client(access_token="EAAAJhVnMen98qDMQNCtMRHoZ94oo5nEXpFqvrCYjHV023JxSfFlwww0KaqvCh9q", environment="production")'],
      negative: [
        { text: 'SQUARE_ACCESS_TOKEN=EAAAkh9I5jCwxQFbm6M6eJlrJFfYTyrIzQcZ5OUBk5B456taLUVP1KqJSUHkkDDv0EyQsFJsWzwwqnvosKlPX0w6zuUj5BQrhuDCwzks', reason: 'too long: a Facebook access token shape, not Square' },
        { text: 'SQUARE_ACCESS_TOKEN=EAAA...', reason: 'the prefix alone' },
      ],
    },
  },
  {
    id: 'square-oauth-token',
    title: 'Square OAuth access token (legacy)',
    category: 'secret',
    kind: 'SQUARE_ACCESS_TOKEN',
    severity: 'high',
    description: 'A legacy Square access token: takes payments and reads the seller’s data.',
    keywords: ['sq0atp-'],
    pattern: /(?<![A-Za-z0-9_-])sq0atp-[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    helpUrl: HELP,
    examples: {
      positive: ['SQUARE_TOKEN=sq0atp-47e2z8-D6LC_8LFcYKSjom', '"accessToken": "sq0atp-vz1MHbBIqFVlvTb1meFAtx"'],
      negative: [
        { text: 'SQUARE_TOKEN=sq0atp-...', reason: 'the prefix alone' },
        { text: 'SQUARE_TOKEN=sq0atp-ZbxYAlenVE4X', reason: 'too short' },
      ],
    },
  },
  {
    id: 'square-oauth-secret',
    title: 'Square application secret',
    category: 'secret',
    kind: 'SQUARE_APPLICATION_SECRET',
    severity: 'high',
    description: 'The OAuth client secret of a Square application: obtains and refreshes sellers’ tokens.',
    keywords: ['sq0csp-'],
    pattern: /(?<![A-Za-z0-9_-])sq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: HELP,
    examples: {
      positive: ['SQUARE_APP_SECRET=sq0csp-XDEedr_sbLWlf_ElM4rnup9dNBaqnQw-QMX8qh57T8M', "client_secret: 'sq0csp-WNsPGWj1RoW6HX7mu0apHUBspESfX54m3yrK2lp48od'"],
      negative: [
        { text: 'SQUARE_APP_ID=sq0idp-SpWq5ETgjZwwxr3ZXihr8N', reason: 'the application id, public' },
        { text: 'SQUARE_APP_SECRET=sq0csp-PB8ouXbQXSC1pxsC79Pv', reason: 'too short' },
      ],
    },
  },
];
