import type { Rule } from '../../engine/types';
import { assigned, jwtPayload, knownPublicValues } from './builders';
import { base64Decode, tryJson } from '../../engine/validators';

const HELP = 'https://developer.1password.com/docs/service-accounts/';

export const onepasswordRules: readonly Rule[] = [
  {
    id: '1password-service-account-token',
    title: '1Password service account token',
    category: 'secret',
    kind: 'ONEPASSWORD_TOKEN',
    severity: 'high',
    description: 'Reads (and possibly writes) every item in the 1Password vaults granted to the service account.',
    keywords: ['ops_eyj'],
    window: 2100,
    pattern: /(?<![A-Za-z0-9_-])ops_eyJ[A-Za-z0-9+/_-]{100,2000}={0,3}(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4.5,
    // The body is base64 JSON naming the account and holding the service account's key material.
    validators: [({ value }) => { const j = base64Decode(value.slice(4)); return j !== undefined && typeof tryJson(j) === 'object'; }],
    helpUrl: HELP,
    examples: {
      positive: [
        'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMH0sImVtYWlsIjoiYWJjZGVmQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiM2Y4YTJjOTFlNyIsIm11ayI6eyJrdHkiOiJvY3QiLCJrIjoiUTJ4dlkydFViM2RsY2xOMGNtbHVadyJ9fQ',
        'export OP_SERVICE_ACCOUNT_TOKEN="ops_eyJzaWduSW5BZGRyZXNzIjoiYWNtZS4xcGFzc3dvcmQuZXUiLCJ1c2VyQXV0aCI6eyJtZXRob2QiOiJTUlBnLTQwOTYiLCJpdGVyYXRpb25zIjo2NTAwMDB9LCJlbWFpbCI6Inh5ejEyM0AxcGFzc3dvcmRzZXJ2aWNlYWNjb3VudHMuZXUiLCJzcnBYIjoiOWIyZTdkNGMxYSJ9"',
      ],
      negative: [
        { text: 'OP_SERVICE_ACCOUNT_TOKEN=ops_...', reason: 'the prefix alone' },
        { text: 'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJXcdvxLO0QLtlh9zrQzOIzhssjS31hyvnWPxZK4tTSiaFZ6U75mzoCwEIRI1j8phaLZcO0fRQKAXgkmfaxXlRmihCBf214T3aZiScsVXEY0Ff5HtNGGyveUGz', reason: 'does not decode to JSON' },
      ],
    },
  },
  {
    id: '1password-connect-token',
    title: '1Password Connect server token',
    category: 'secret',
    kind: 'ONEPASSWORD_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'Reads the items of the vaults a 1Password Connect server exposes to this token.',
    keywords: ['op_connect_token', 'op-connect-token', 'connect_token', 'connecttoken'],
    window: 2700,
    pattern: assigned('op[_-]?connect[_-]?token|onepassword[A-Za-z0-9_.-]{0,12}connect[_-]?token', 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{20,2000}\\.[A-Za-z0-9_-]{20,400}'),
    secretGroup: 1,
    validators: [({ value }) => jwtPayload(value) !== undefined],
    helpUrl: 'https://developer.1password.com/docs/connect/',
    examples: {
      positive: [
        'OP_CONNECT_TOKEN=eyJhbGciOiJFUzI1NiIsImtpZCI6Im9wLWNvbm5lY3QiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJjb20uMXBhc3N3b3JkLmNvbm5lY3QiLCJ0b2tlblR5cGUiOiJDb25uZWN0LkFjY2VzcyIsImF1ZCI6WyJhY21lIl19.I99kKDs20Z_HYtWp9LY5WvL5ilQU2RW3Kt7veFolW8OWlfQf8c-B-f6A63X7CgPlNUhlrA4yveurIiWsVibEMN',
        'op_connect_token: "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2YXVsdC1yZWFkZXIiLCJhdWQiOlsib3AtY29ubmVjdCJdfQ.pgbZNRD261b4amP0FtMRfjv4fJXsg_0CKR0_hHpSZ64sj8yQemfRT-8kx84txKWYfOulZeK7OzOlQe76n0Vbew"',
      ],
      negative: [
        { text: 'OP_CONNECT_HOST=http://localhost:8080', reason: 'the server URL, not the token' },
        { text: 'OP_CONNECT_TOKEN=eyJ6WHbBGwDTm3mJxvbx2e3', reason: 'not a complete JWT' },
      ],
    },
  },
  {
    id: '1password-secret-key',
    title: '1Password account secret key',
    category: 'secret',
    kind: 'ONEPASSWORD_SECRET_KEY',
    severity: 'high',
    description: 'With the account password, opens the whole 1Password account: every vault and item of the user.',
    keywords: ['a3-'],
    pattern: /(?<![A-Za-z0-9_-])A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    // The sample key in 1Password's developer documentation (quoted by scanners' sources) is public.
    validators: [knownPublicValues(['A3-C4ZJMN-PQTZTL-HGL84-G64M7-KVZRN-4ZVP6'])],
    helpUrl: 'https://support.1password.com/secret-key-security/',
    examples: {
      positive: ['OP_SECRET_KEY=A3-RSLAZQ-GDVKW2-BAJIW-KSLVR-LEVKO-EYHJ4', 'secret key: A3-DMBISB-WZC180ZK33U-DLVCV-NAG3P-YQ9B1'],
      negative: [
        { text: 'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', reason: 'a placeholder' },
        { text: 'paper size A3-EOW7TH', reason: 'not the key shape' },
      ],
      lowSeverity: ['"secretKey":"A3-C4ZJMN-PQTZTL-HGL84-G64M7-KVZRN-4ZVP6"'],
    },
  },
];
