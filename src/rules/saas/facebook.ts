import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * Meta (Facebook) Graph API user, Page and system-user access tokens: `EAA` + a long run of base62 characters
 * (commonly 150 to 250 in all; the length is not documented, so 90 or more after the prefix is accepted).
 * App access tokens (`app-id|app-secret`) and bare app secrets have no distinctive shape: left to the generic
 * assignment rules.
 */
export const facebookRules: readonly Rule[] = [
  {
    id: 'facebook-access-token',
    title: 'Facebook (Meta) Graph API access token',
    category: 'secret',
    kind: 'FACEBOOK_ACCESS_TOKEN',
    severity: 'high',
    description: 'Calls the Graph API as the user, Page or system user it was issued to: reads their data, publishes posts and manages Pages, ads or Instagram accounts within its permissions.',
    keywords: ['eaa'],
    // The token starts at its keyword, after no letter ('eaa' also occurs inside base64 and words).
    wordStartKeywords: ['eaa'],
    windowBefore: 0,
    pattern: /(?<![A-Za-z0-9_-])EAA[A-Za-z0-9]{90,600}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
    examples: {
      positive: [
        'FB_PAGE_ACCESS_TOKEN=EAAGJV1hQVf83Bvy1wYoM4FU5AJSZ3JvagwFZbgay7laHuTkEFC6Ib0Z3eB4UEnNdDuv1HvyVMZGZm8OfFUdt3jc03pn8CAsA6AO8vW65yXDNHUvpeEvrNIMGmSDvux1WBTv0NcDIf6FC6mzqboj2a11zHHqkjHqNJAw',
        'curl "https://graph.facebook.com/v19.0/me/accounts?access_token=EAAB3E9XHVjA2oFfY5CkBmAU6WCguBGgK8mDrOQpA8x4EvKfLOXMEcjQL2LBJx2MXCLTOf5eKCfur0dnUEHCNWtXarJ9znVRCEL9EQn9PwC946zq0buHrkI7vclj1mWCQ4GQjIDGDdR7Nl1c3LlYn3MgF6mvdHK7Dpo2"',
        '{ "instagram": { "token": "EAAJOtBSaUPmcFB7CKpqPZUXwv31RoVepg6gfpSqUZ76jn518qYKhef2iFBCyhzGtj00IwgkiEaXlwWpWOEqjlMOedTYG6izJ3QtBGqd9Afb6JFR6TsqLfcoMJVG" } }',
      ],
      negative: [
        { text: 'FB_PAGE_ACCESS_TOKEN=EAAG...', reason: 'the prefix alone' },
        { text: 'FB_PAGE_ACCESS_TOKEN=EAAGJV1hQVf83Bvy1wYoM4FU5AJSZ3JvagwFZbgay7laHuTkEFC6Ib0Z3eB4', reason: 'too short for a Graph API token' },
        { text: 'data: AAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', reason: 'base64 of zero bytes inside a blob, no token boundary' },
      ],
    },
  },
];
