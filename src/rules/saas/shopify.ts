import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

const HELP = 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens';

/** Shopify tokens: a four-letter kind after "shp", an underscore and 32 hex digits. */
function shopifyToken(kind: string, id: string, title: string, description: string, envName: string): Rule {
  const prefix = `shp${kind}_`;
  return {
    id,
    title,
    category: 'secret',
    kind: 'SHOPIFY_TOKEN',
    severity: 'high',
    description,
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${prefix}[a-fA-F0-9]{32}(?![A-Za-z0-9_-])`),
    minEntropy: 3.3,
    validators: [randomPartMixes(6)],
    helpUrl: HELP,
    examples: {
      positive: [`${envName}=${prefix}29b26a19812d40dd044b1134e5f8352e`, `"X-Shopify-Access-Token": "${prefix}10d35809a3933ca9967e19aef6a87c92"`],
      negative: [
        { text: `${envName}=${prefix}...`, reason: 'the prefix alone' },
        { text: `${envName}=${prefix}954cc8726b3cc2a3b09a57b2`, reason: 'too short' },
      ],
    },
  };
}

export const shopifyRules: readonly Rule[] = [
  shopifyToken('at', 'shopify-access-token', 'Shopify Admin API access token',
    'Reads and changes the shop’s products, orders and customer data through the Admin API.', 'SHOPIFY_ACCESS_TOKEN'),
  shopifyToken('ca', 'shopify-custom-app-token', 'Shopify custom app access token',
    'A custom app’s Admin API token: reads and changes the shop’s orders and customer data.', 'SHOPIFY_TOKEN'),
  shopifyToken('pa', 'shopify-private-app-token', 'Shopify private app access token',
    'A private app’s password: reads and changes the shop’s orders and customer data.', 'SHOPIFY_PASSWORD'),
  shopifyToken('ss', 'shopify-shared-secret', 'Shopify app shared secret',
    'Signs and verifies Shopify webhooks and OAuth requests: lets anyone impersonate Shopify to the app.', 'SHOPIFY_API_SECRET'),
];
