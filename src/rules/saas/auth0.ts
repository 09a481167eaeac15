import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

export const auth0Rules: readonly Rule[] = [
  {
    id: 'auth0-client-secret',
    title: 'Auth0 client secret',
    category: 'secret',
    kind: 'AUTH0_CLIENT_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'Authenticates as the Auth0 application; for machine-to-machine apps, calls the Management API on the tenant.',
    keywords: ['auth0'],
    pattern: assigned('auth0[A-Za-z0-9_.-]{0,12}client[_.-]?secret', '[A-Za-z0-9_-]{64}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://auth0.com/docs/get-started/applications/application-settings',
    examples: {
      positive: ['AUTH0_CLIENT_SECRET=6Ud2OXRnJneosMDo9e0fDhLlMkTx-hRFsy14Nr-SbJB3qYs3YAtgpsz3oCyH1odN', 'auth0ClientSecret: "TfIajjX5NBlvQv0bbjfpONMWx4N6e52gcZUyBB0V0OLUS5N7sH4hnyHjRwwe5a44"'],
      negative: [
        { text: 'AUTH0_CLIENT_ID=hCNary1PJjrr3RdjHA95UDZg9cM6c7Vo', reason: 'the client id, public' },
        { text: 'AUTH0_CLIENT_SECRET=nkeSQFUNKkx4LnNzCTc1ec2nf0XaCHaO', reason: 'too short' },
      ],
    },
  },
];
