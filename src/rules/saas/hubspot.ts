import type { Rule } from '../../engine/types';

/**
 * HubSpot private app (and service key) access tokens: `pat-` + the data-centre region (`na1`, `na2`, `eu1`,
 * `ap1`...) + `-` + a UUID. The region list grows, so any two letters and a digit are accepted.
 * The legacy `hapikey` API keys (bare UUIDs, retired in 2022) are left to the generic assignment rules.
 */
export const hubspotRules: readonly Rule[] = [
  {
    id: 'hubspot-private-app-token',
    title: 'HubSpot private app access token',
    category: 'secret',
    kind: 'HUBSPOT_TOKEN',
    severity: 'high',
    description: 'Reads and changes the HubSpot account’s CRM records (contacts, companies, deals, tickets) within the private app’s scopes.',
    keywords: ['pat-'],
    pattern: /(?<![A-Za-z0-9_-])pat-[a-z]{2}[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    helpUrl: 'https://developers.hubspot.com/docs/api/private-apps',
    examples: {
      positive: [
        'HUBSPOT_ACCESS_TOKEN=pat-na1-cc8c37ed-ccc9-4df0-adc4-fdd38813c283',
        "const hubspotClient = new hubspot.Client({ accessToken: 'pat-eu1-d6f9e35c-3182-4e8d-b7c9-380b9294f46f' });",
        "headers = {'Authorization': 'Bearer pat-na2-ad83a2a6-2aa5-464d-9b18-fb9400b29d28'}",
      ],
      negative: [
        { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-f7c6a9f5-89cc-4acf', reason: 'a truncated UUID' },
        { text: 'run_id = "pat-f7c6a9f5-89cc-4acf-9ec2-de2183269b37"', reason: 'no region part' },
      ],
    },
  },
];
