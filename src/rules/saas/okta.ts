import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

export const oktaRules: readonly Rule[] = [
  {
    id: 'okta-api-token',
    title: 'Okta API token',
    category: 'secret',
    kind: 'OKTA_API_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'Acts as the Okta administrator who created it: manages users, groups, apps and sign-on policies.',
    keywords: ['okta', 'ssws'],
    pattern: assigned('okta[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?(?:token|key)', '00[A-Za-z0-9_-]{40}', 'SSWS {1,4}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
    examples: {
      positive: ['OKTA_API_TOKEN=00Ne4u8phngK1oF82aWfYVcnRPwWJeFwRDGmbHrabM', 'curl -H "Authorization: SSWS 00X32iHFDWUZxiKW2uHlWA3ooSmK4DORWWf1CFMqj2" https://acme.okta.com/api/v1/users'],
      negative: [
        { text: 'OKTA_API_TOKEN={apiToken}', reason: 'a template placeholder' },
        { text: 'OKTA_CLIENT_ID=0oacWzhLxCGXTcGe8tM0', reason: 'a client id, not a token' },
      ],
    },
  },
];
