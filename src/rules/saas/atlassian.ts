import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

const HELP = 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/';

export const atlassianRules: readonly Rule[] = [
  {
    id: 'atlassian-api-token',
    title: 'Atlassian API token',
    category: 'secret',
    kind: 'ATLASSIAN_API_TOKEN',
    severity: 'high',
    description: 'Acts as the Atlassian user in Jira, Confluence and Bitbucket Cloud: reads and changes their issues and pages.',
    keywords: ['atatt3', 'atctt3'],
    pattern: /(?<![A-Za-z0-9_-])AT[AC]TT3[A-Za-z0-9_=-]{150,220}(?![A-Za-z0-9_=-])/,
    minEntropy: 4.5,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['JIRA_API_TOKEN=ATATT3xFfGF0alHGwB3MoO0nVF5Hr405CfOao7z8g58273vZLceoY1N2XgxS5oDgd8i2aSKrzMST8y8gee0h3DpJk4wBoNC1Ao_hcO9qw_tI-Qq4fY73u1TqpnKptHIxHrLmoeVYe3dsS3xaBOgYZx8tDLtAA3GKPt_AGXE_0582kOnwiVic0B=05253C62', 'confluence_token: "ATATT3xFfGF0NSZyYveao7wfLWwpK9NfOZ3bBBw0LwfNhDVLQK34SY7CTWrravalRBvw7jNrwMCLMz9tq2CjKyw2ZPvBHrxvP5nvPtBrVOQjiogeRnbLfXK6bbOgXmhJehPoCOOm3RhtwYenjtD4nMda1sYvsbv7oowZqg77V0F5Lff2hh8YlS=DF919914"'],
      negative: [
        { text: 'JIRA_API_TOKEN=ATATT3...', reason: 'the prefix alone' },
        { text: 'JIRA_API_TOKEN=ATATT3xFfGF0h4RrUgqjYqHTaw6WtoyQBDvrXwP6sqU6Wy7xPt98', reason: 'too short' },
      ],
    },
  },
  {
    id: 'atlassian-legacy-api-token',
    title: 'Atlassian API token (legacy)',
    category: 'secret',
    kind: 'ATLASSIAN_API_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy unprefixed token: acts as the user in Jira and Confluence Cloud.',
    keywords: ['jira', 'confluence', 'atlassian'],
    pattern: assigned('jira|confluence|atlassian', '[A-Za-z0-9]{24}'),
    secretGroup: 1,
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['JIRA_API_TOKEN=LlbD0rc2UkOYpXEdiikSApYY', 'confluence_token: "aVj5mLqTjTyNOvWnxhYmxiwB"'],
      negative: [
        { text: 'JIRA_PROJECT_KEY=PLATFORM', reason: 'a project key, not a token' },
        { text: 'JIRA_BASE_URL=https://acme.atlassian.net', reason: 'a URL' },
      ],
    },
  },
];
