import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

const HELP = 'https://docs.netlify.com/api/get-started/#authentication';

export const netlifyRules: readonly Rule[] = [
  {
    id: 'netlify-personal-access-token',
    title: 'Netlify personal access token',
    category: 'secret',
    kind: 'NETLIFY_TOKEN',
    severity: 'high',
    description: 'Deploys to and reconfigures every Netlify site of the user, including their environment variables.',
    keywords: ['nfp_'],
    pattern: /(?<![A-Za-z0-9_-])nfp_[A-Za-z0-9]{36,48}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['NETLIFY_AUTH_TOKEN=nfp_PynhlRgORxEubPBsdHtzDxfM0eKXMphErYLOCwca', 'netlify deploy --auth nfp_GwsoDbpmFBnjDYfp7r1gjTZIgIMB8duZTsvt'],
      negative: [
        { text: 'NETLIFY_AUTH_TOKEN=nfp_...', reason: 'the prefix alone' },
        { text: 'NETLIFY_AUTH_TOKEN=nfp_z4lc8iKFqMtDCEdWSUl6', reason: 'too short' },
      ],
    },
  },
  {
    id: 'netlify-legacy-token',
    title: 'Netlify access token (legacy)',
    category: 'secret',
    kind: 'NETLIFY_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'An unprefixed Netlify token: deploys to the user’s sites and reads their environment variables.',
    keywords: ['netlify'],
    pattern: assigned('netlify[A-Za-z0-9_.-]{0,12}(?:auth|token)', '[A-Za-z0-9_-]{43}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['NETLIFY_AUTH_TOKEN=zGUEjmaXy-ZYIp6m8q3JPLiXwF1B2wV31cC5WRSSRYI', 'netlify_token: "nPzxJTCFx7JhbAOgVY2LM0GlbYsLEyXy4SWTfrXF9IZ"'],
      negative: [
        { text: 'NETLIFY_SITE_ID=6cb567df-8123-43fd-ae1e-5c5c6e2a4b56', reason: 'a site id, not a token' },
        { text: 'NETLIFY_AUTH_TOKEN=PnhDAn28wqbx7wUMYKkWkgXSXLCLHa', reason: 'too short' },
      ],
    },
  },
];
