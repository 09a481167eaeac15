import type { Rule } from '../../engine/types';

/**
 * Plaid access tokens: `access-` + environment + `-` + a UUID (Plaid glossary: tokens are
 * `[type]-[environment]-[uuid]`). Only access tokens are secrets that last: public and link tokens expire
 * within hours. Sandbox tokens reach only Plaid's test data, so they are reported at low severity.
 */
export const plaidRules: readonly Rule[] = [
  {
    id: 'plaid-access-token',
    title: 'Plaid access token',
    category: 'secret',
    kind: 'PLAID_ACCESS_TOKEN',
    severity: 'high',
    description: 'Reads a user’s linked bank accounts through Plaid (balances, transactions, account and routing numbers) for as long as the Item lives.',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: /(?<![A-Za-z0-9_-])access-(?:production|development|sandbox)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    validators: [({ value }) => (value.startsWith('access-sandbox-') ? { severity: 'low', note: 'a Sandbox token: test data only' } : true)],
    helpUrl: 'https://plaid.com/docs/quickstart/glossary/',
    examples: {
      positive: [
        'PLAID_ACCESS_TOKEN=access-production-ae731fa1-be00-408e-9710-f1d8a2e3804a',
        'client.transactions_sync({"access_token": "access-development-052be677-f144-470d-8260-95b14775c293"})',
      ],
      negative: [
        { text: 'PLAID_ACCESS_TOKEN=access-production-00000000-0000-0000-0000-000000000000', reason: 'all-zero placeholder' },
        { text: 'public_token = "public-production-6245d249-30d7-4d85-8e53-5820b2ec5841"', reason: 'a public token: single use, expires in 30 minutes' },
        { text: 'PLAID_ACCESS_TOKEN=access-production-ae731fa1be00408e9710', reason: 'not a UUID' },
      ],
      lowSeverity: ['access_token: access-sandbox-cc79d5d2-d1cd-4b9e-a257-9c5330be3e57'],
    },
  },
];
