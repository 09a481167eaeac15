import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits, mixesLettersAndDigits, tailEntropy } from './builders';

const HELP = 'https://developers.cloudflare.com/fundamentals/api/get-started/';

export const cloudflareRules: readonly Rule[] = [
  {
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    category: 'secret',
    kind: 'CLOUDFLARE_API_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'Changes the Cloudflare zones it is scoped to: DNS records, firewall rules, Workers and caches.',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token'],
    pattern: assigned('cloudflare[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?token|cf[_.-]?api[_.-]?token|cf[_.-]?token', '[A-Za-z0-9_-]{40}', 'Bearer {1,4}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['cloudflare', 'cf_', 'wrangler'], window: 300, required: true },
    helpUrl: HELP,
    examples: {
      positive: ['CLOUDFLARE_API_TOKEN=ja93mdwkM9Gp-q4t4z9g0zmtsk5EbU1Mpu38noY8', 'curl -H "Authorization: Bearer Zv0oiRHhLglDvstVJHxxWD6lUJORQcSLcKk6bex8" https://api.cloudflare.com/client/v4/user/tokens/verify'],
      negative: [
        { text: 'CLOUDFLARE_ACCOUNT_ID=bbd9d8deffb38a2acfd04b9ec6244ef1', reason: 'an account id, not a token' },
        { text: 'Authorization: Bearer uC3A6ffYXM18t6sD2cmUzTkL9bSKkzPtg7UrkHBv', reason: 'a bearer token without Cloudflare context' },
      ],
    },
  },
  {
    id: 'cloudflare-global-api-key',
    title: 'Cloudflare global API key',
    category: 'secret',
    kind: 'CLOUDFLARE_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'The account-wide legacy key: full control of every zone and setting of the Cloudflare account.',
    keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'x-auth-key'],
    pattern: assigned('cloudflare[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?key|cf[_.-]?api[_.-]?key|x-auth-key', '[a-f0-9]{37}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['CLOUDFLARE_API_KEY=9be78a463713bf8ec8725f3bf954f2b445bc5', 'curl -H "X-Auth-Key: 3e1026afc4c5a760ec89f5cb4415448e69fbe" -H "X-Auth-Email: ops@acme.test" https://api.cloudflare.com/client/v4/zones'],
      negative: [
        { text: 'CLOUDFLARE_API_KEY=2e355739f8352c60f0decc4e4101d7ff', reason: 'wrong length for a global key' },
        { text: 'CLOUDFLARE_ZONE_ID=b5238a238b620975d334c80cb3b68168', reason: 'a zone id' },
      ],
    },
  },
  {
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    category: 'secret',
    kind: 'CLOUDFLARE_API_KEY',
    severity: 'high',
    description: 'Issues and revokes Origin CA certificates for the account’s zones.',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9_.-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    helpUrl: 'https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/',
    examples: {
      positive: ['CF_ORIGIN_CA_KEY=v1.0-aad66dd008f06c28120c10f1-ddc6543313711dcfedb9b08ccd2fa1696a8b04ca93ecb15b8435ab34cf799d58285e683a4b16741410bbeae30feff894c54930a008e968a6972fd0d067200fefd3266183bf9657aa70', 'origin_ca_key = "v1.0-f247049a2b90e88098b41fd8-58129a270cff28223da3257ffe4c059e69dc1f47f4160549be9ca0832320cd58279314809b5b8330b59a31f88fc562f34022b0d4dd09817515678af25f24a8750f56bd8a349fa73e7b"'],
      negative: [
        { text: 'version: v1.0-bbb92769a43450f5ad917131', reason: 'a version string with a build hash' },
        { text: 'CF_ORIGIN_CA_KEY=v1.0-...', reason: 'the prefix alone' },
      ],
    },
  },
  {
    id: 'cloudflare-scannable-token',
    title: 'Cloudflare API token or Global API Key (prefixed)',
    category: 'secret',
    kind: 'CLOUDFLARE_API_TOKEN',
    severity: 'high',
    description: 'Calls the Cloudflare API as the user or account that owns it: DNS, zones, Workers, firewall rules.',
    // The scannable format: cfut_ (user token), cfat_ (account token), cfk_ (Global API Key), 40 random
    // characters and an 8-digit hex checksum. The checksum's construction is not documented, so it is not checked.
    keywords: ['cfut_', 'cfat_', 'cfk_'],
    pattern: /(?<![A-Za-z0-9_-])cf(?:ut|at|k)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9_-])/,
    validators: [tailEntropy(5, 4.0), mixedCaseAndDigits],
    helpUrl: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/',
    examples: {
      positive: [
        'CLOUDFLARE_API_TOKEN=cfut_JtRkX24bJcDoahVVRSqBELqhO0CcrfUF4WfjbOoscc5d2132',
        'const cf = new Cloudflare({ apiToken: "cfat_hC90EetqaRzPzLtMpOtkOw92tZHEHBTBxk3jIOckccbd9762" });',
        'CLOUDFLARE_API_KEY: cfk_oA0OCS5IbNBblIZHvWslNZCtsa4CbDUJpWan29243c063628',
      ],
      negative: [
        { text: 'CLOUDFLARE_API_TOKEN=cfut_...', reason: 'the prefix alone' },
        { text: 'const cfut_handler = cfut_registerTokenHandlerForRequests0123abcd;', reason: 'identifiers made of words' },
      ],
    },
  },
];
