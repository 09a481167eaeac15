import type { Rule, Validator } from '../../engine/types';

/** A throw-away 512-bit RSA key generated for these examples only, as it appears inside a JSON string. */
const FAKE_KEY = '-----BEGIN PRIVATE KEY-----\\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEAwSHkHUUjpcbttW4c\\n1OOfvSA5ZSjgZ0hej0gJz9Yw8IF1/J5RqgPXBot+Y5Rtn4fvcU8ySIboffhaQyGC\\n4a1IEwIDAQABAkBsgvQ+FdifjhOE+qcsXfAkPPTCh6L9pMWsT1dj9P5uQfR3epSC\\nZMnT2VMKo+zSSOa/cLMPgr/wXc0NzOfKulsxAiEA7XHxawNI8e22EYDQ/t9yd6/T\\nPZ3yTagll8MfY8s2V/0CIQDQOXp39n4S9ts+xyfiVsHoNwLFw6Ncj+XwPEdT/2/1\\nTwIhAJpCaVZdpvlNtvg+GQlMf6BUQUeJoo5jDDFBWdZKgj69AiAuYk90v7UP9mua\\njXTGB7uERhTZBx6x9OAs5tCg1osTIwIgNNEXzK8r4Ymla3TleSQTvuqKI6Go2mUs\\np2cgoKGBcy0=\\n-----END PRIVATE KEY-----\\n';

/** Google Maps / Firebase web keys are meant to ship in client code (restricted by referrer): lower severity. */
const browserKeyContext: Validator = ({ text, start, value }) => {
  const around = text.slice(Math.max(0, start - 300), start + value.length + 300).toLowerCase();
  return /firebaseapp\.com|authdomain|maps\.googleapis\.com\/maps\/api\/js/.test(around) ? { severity: 'medium' } : true;
};

/**
 * Google Cloud: API keys, service-account key files, OAuth client secrets and user OAuth tokens.
 */
export const gcpRules: readonly Rule[] = [
  {
    id: 'gcp-api-key',
    title: 'Google API key',
    category: 'secret',
    kind: 'GCP_API_KEY',
    severity: 'high',
    description: 'Calls the Google APIs enabled for its project, billed to that project (Maps, Gemini, Translate...).',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [browserKeyContext],
    helpUrl: 'https://cloud.google.com/docs/authentication/api-keys',
    examples: {
      positive: [
        'GOOGLE_API_KEY=AIzaSyBLUhBqLo3LBprkHIYwkviNwagITDtS2Se',
        'const client = new Client({ key: "AIzaSyjJtko9HlXA5F3REk0uE0aeXez4SMqaPlT" });',
      ],
      negative: [
        { text: 'GOOGLE_API_KEY=AIzaSyBLUhBqLo3LBprkHIYwkviNwagITDtS2S', reason: 'one character short' },
        { text: 'GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'placeholder' },
        { text: 'GOOGLE_API_KEY=AIzaSyBLUhBqLo3LBprkHIYwkviNwagITDtS2Se_x', reason: 'longer than a key: part of another identifier' },
      ],
    },
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account private key',
    category: 'secret',
    kind: 'GCP_SERVICE_ACCOUNT_KEY',
    severity: 'high',
    description: 'The private key of a service account key file: it signs in as that service account with all its IAM roles.',
    keywords: ['"private_key"'],
    pattern: /"private_key"\s{0,4}:\s{0,4}"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)[A-Za-z0-9+/=\\]{300,8000}-----END (?:RSA )?PRIVATE KEY-----)(?:\\n)?"/,
    secretGroup: 1,
    window: 8300,
    nearbyText: { words: ['service_account', 'client_email', 'private_key_id', 'token_uri'], window: 3000, required: true },
    overrides: ['generic-private-key-pkcs8', 'generic-private-key-rsa'],
    helpUrl: 'https://cloud.google.com/iam/docs/keys-create-delete',
    examples: {
      positive: [
        `{"type": "service_account", "project_id": "acme-prod", "private_key_id": "5e2f64328e129146b20e117fe927c0ea5e2f6432", "private_key": "${FAKE_KEY}", "client_email": "ci@acme-prod.iam.gserviceaccount.com"}`,
        `{\n  "type": "service_account",\n  "private_key": "${FAKE_KEY}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`,
      ],
      negative: [
        { text: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}', reason: 'elided documentation key' },
        { text: '{"type": "service_account", "private_key": ""}', reason: 'empty value' },
        { text: `{"name": "signer", "private_key": "${FAKE_KEY}"}`, reason: 'not a service-account file (the generic private-key rules judge it)' },
      ],
    },
  },
  {
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    category: 'secret',
    kind: 'GCP_OAUTH_CLIENT_SECRET',
    severity: 'high',
    description: 'With its client id it lets anyone run the OAuth flow as the application and redeem authorisation codes.',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    helpUrl: 'https://support.google.com/cloud/answer/6158849',
    examples: {
      positive: [
        '"client_secret": "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"',
        'GOOGLE_CLIENT_SECRET=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',
      ],
      negative: [
        { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-YFMVln2xbE13-s7whMxVxFnu', reason: 'too short' },
        { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'gcp-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    category: 'secret',
    kind: 'GCP_OAUTH_TOKEN',
    severity: 'high',
    description: "Mints new access tokens for a user's Google account with the granted scopes until revoked.",
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9_/-])1\/\/0[A-Za-z0-9_-]{40,400}(?![A-Za-z0-9_-])/,
    minEntropy: 4.2,
    nearbyText: { words: ['refresh', 'token', 'oauth', 'google', 'gcloud'], window: 100, required: true },
    helpUrl: 'https://developers.google.com/identity/protocols/oauth2',
    examples: {
      positive: [
        '"refresh_token": "1//01mc2a41a5XM6xiEhy6js5Ug2x90jMT8ZfSAFGt2kMqBY8vr_pJSCjWHzS1n0sIps5sLPxVY8PTUNVvObot_4XF94IXj9H_P3T8Y"',
        'GOOGLE_REFRESH_TOKEN=1//0GMZV4wcVJL3ufNvONchoPc8PyXeb3bivzjjE7DxDzoIAxk_xxw7ipHI7SekTVuvgp5Eg_jkh8dn_wb0s_uprZJDGmJCyIqg5cg2',
      ],
      negative: [
        { text: 'url = "http://1//0GMZV4wcVJL3ufNvONchoPc8PyXeb3bivzjjE7DxDzoIAxk_xxw7ipHI"', reason: 'no token wording nearby' },
        { text: '"refresh_token": "1//0abc"', reason: 'too short' },
      ],
    },
  },
  {
    id: 'gcp-oauth-access-token',
    title: 'Google OAuth access token',
    category: 'secret',
    kind: 'GCP_OAUTH_TOKEN',
    severity: 'medium',
    description: "A short-lived (about one hour) bearer token for a Google account or service account's granted scopes.",
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_.-])ya29\.[A-Za-z0-9_-]{60,2000}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    window: 2100,
    helpUrl: 'https://developers.google.com/identity/protocols/oauth2',
    examples: {
      positive: [
        'Authorization: Bearer ya29.a0t0K2w_X46My71QfGR8pZaVvOCXZe8X9EJSD56ihkb8bCGQnK8yBO_7W8vcZz93O5qKGelotVdDsyqjk616OBRZCsxplpkKmhVvyoeKH5Hl3FKrxeGORAHHtrEde_HpvGS1dTcJShKI0FTN29LNSoD0',
        '{"access_token": "ya29.a0uxCxRjmBWftvya-8p9-_lnS7NeR74kqZncrw5CrmPqBG_kP0Vxvt5NKYgmvUUS5AZIHEVmc805YvewTL1CeUa8D1wEfe1rOeQPg0Pa0pgWdtIr_1Y6MPxgMGimdCnyIcWYafBTwN7ROI5AIIh1x8bT"}',
      ],
      negative: [
        { text: 'Authorization: Bearer ya29.a0AfH6SM...', reason: 'truncated documentation value' },
        { text: 'Authorization: Bearer ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
];
