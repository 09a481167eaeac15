import type { Rule } from '../../engine/types';
import { base62Crc32, notAllHex } from './checksums';
import { namedValue } from './define';

const HELP = 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats';

/** A 2021-format GitHub token: prefix + 30 random base62 characters + 6-character CRC32 checksum. */
function checksummed(prefix: string): RegExp {
  return new RegExp(String.raw`(?<![A-Za-z0-9_])${prefix}_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`);
}

/**
 * GitHub tokens. Since 2021 they carry a type prefix and (except fine-grained PATs and long refresh
 * tokens) a CRC32 checksum in their last 6 characters, so a well-formed value with a bad checksum is
 * rejected: it cannot be a token GitHub issued.
 */
export const githubRules: readonly Rule[] = [
  {
    id: 'github-pat-classic',
    title: 'GitHub personal access token (classic)',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: 'Acts as its owner on GitHub with every scope it was given: read or push code, packages and settings.',
    keywords: ['ghp_'],
    pattern: checksummed('ghp'),
    validators: [base62Crc32],
    helpUrl: HELP,
    examples: {
      positive: [
        'GITHUB_TOKEN=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',
        'git clone https://x-access-token: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@github.com/acme/app.git',
      ],
      negative: [
        { text: 'GITHUB_TOKEN=ghp_eNpJOgoh4coLo5kd0wRumZHacXWICk1Yk78j', reason: 'well-formed but the CRC32 checksum does not match' },
        { text: 'GITHUB_TOKEN=ghp_eNpJOgoh4coLo5kd0wRumZHacXWICk1Yk78', reason: 'one character short' },
        { text: 'token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'const re = /ghp_[A-Za-z0-9]{36}/', reason: 'a regular expression describing the format' },
      ],
    },
  },
  {
    id: 'github-pat-fine-grained',
    title: 'GitHub fine-grained personal access token',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: 'Grants the repository and organisation permissions chosen for it, as its owner, until it expires.',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/,
    minEntropy: 4.5,
    helpUrl: HELP,
    examples: {
      positive: [
        'export GH_TOKEN=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',
        '"token": "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"',
      ],
      negative: [
        { text: 'github_pat_11NO8PNN6SJKXELXOZYMUR_gWhdRkc8meGEjbAgjdjKuVAaZkfVXeVDAr0syoqWdaVhhzVoBeDA', reason: 'second part too short' },
        { text: 'GH_TOKEN=github_pat_11AAAAAAAAAAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', reason: 'placeholder of one repeated letter' },
        { text: 'Tokens start with github_pat_ followed by 82 characters.', reason: 'prose about the format' },
      ],
    },
  },
  {
    id: 'github-oauth-token',
    title: 'GitHub OAuth access token',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: 'Lets an OAuth app act on GitHub as the user who authorised it, with the granted scopes.',
    keywords: ['gho_'],
    pattern: checksummed('gho'),
    validators: [base62Crc32],
    helpUrl: HELP,
    examples: {
      positive: [
        'oauth_token: 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',
        'github.com:\n  - user: octo\n    oauth_token: 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',
      ],
      negative: [
        { text: 'oauth_token: gho_16C7e42F292c6912E7710c838347Ae178B4a', reason: "GitHub's documentation example: its checksum does not verify" },
        { text: 'oauth_token: gho_9TF8VRPSfSDQwBtWYhLoWi4CNsJdfo46L28v', reason: 'checksum case altered: not a token GitHub issued' },
        { text: 'oauth_token: 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x', reason: 'too long: part of a longer identifier' },
      ],
    },
  },
  {
    id: 'github-user-to-server-token',
    title: 'GitHub App user access token',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: 'Lets a GitHub App act on behalf of a user within the permissions of the app and the user.',
    keywords: ['ghu_'],
    pattern: checksummed('ghu'),
    validators: [base62Crc32],
    helpUrl: HELP,
    examples: {
      positive: [
        '{"access_token": "ghu_yEO9Idtc7cPszzBtul8pgwAHrN55G535IjOK", "expires_in": 28800}',
        'Authorization: Bearer ghu_xwdenXoT0Et19dweAjWQ2tPSrh9tTs2yNuyO',
      ],
      negative: [
        { text: '"access_token": "ghu_16C7e42F292c6912E7710c838347Ae178B4a"', reason: "GitHub's documentation example: its checksum does not verify" },
        { text: 'Authorization: Bearer ghu_xwdenXoT0Et19dweAjWQ2tPSrh9tTs2yNuyQ', reason: 'wrong checksum' },
      ],
    },
  },
  {
    id: 'github-server-to-server-token',
    title: 'GitHub App installation token',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: "Acts as a GitHub App installation (or an Actions GITHUB_TOKEN) on the installation's repositories until it expires.",
    keywords: ['ghs_'],
    pattern: checksummed('ghs'),
    validators: [base62Crc32],
    helpUrl: HELP,
    examples: {
      positive: [
        'GITHUB_TOKEN: ghs_tQ2oiEMuJhPj5idgltDZ9LG2SguSQ726Rd1M',
        'git remote set-url origin https://x-access-token:ghs_DP1UoJA0WZW41I7TEQxqa6V4lLZcFn15rYpo@github.com/o/r',
      ],
      negative: [
        { text: 'GITHUB_TOKEN: ghs_tQ2oiEMuJhPj5idgltDZ9LG2SguSQ726Rd1m', reason: 'wrong checksum' },
        { text: 'GITHUB_TOKEN: ghs_000000000000000000000000000000000000', reason: 'placeholder of zeros' },
      ],
    },
  },
  {
    id: 'github-installation-token-stateless',
    title: 'GitHub App installation token (stateless)',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: "The 2026 installation token format (ghs_<app id>_<signed JWT>): acts as the app installation until it expires.",
    keywords: ['ghs_'],
    pattern: /(?<![A-Za-z0-9_])ghs_\d{1,12}_eyJ[A-Za-z0-9_-]{10,600}\.[A-Za-z0-9_-]{20,1500}\.[A-Za-z0-9_-]{20,800}(?![A-Za-z0-9_.-])/,
    minEntropy: 4.5,
    window: 1200,
    helpUrl: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app',
    examples: {
      positive: [
        'token=ghs_874512_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpbnN0YWxsYXRpb24iOjQ0MjE5ODcsImFwcCI6ODc0NTEyLCJleHAiOjE3NzkyMDAwMDB9.Qm9vN2tXcVp4TjNyVjhMcEg1eUQyZkE5c0MxZ0o2dEs0bVI3d0U',
        'Authorization: token ghs_1203_eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9.eyJpaWQiOjkxODI3MzY0NSwiYWlkIjoxMjAzfQ.h7Tq2VmX9cLp4NwZ8sRk3JyB6dGfA1eUoK5iM0xQvS',
      ],
      negative: [
        { text: 'token=ghs_874512_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9', reason: 'a JWT header alone, not a signed token' },
        { text: 'Installation tokens now look like ghs_APPID_JWT and are about 520 characters long.', reason: 'prose describing the format' },
      ],
    },
  },
  {
    id: 'github-refresh-token',
    title: 'GitHub App refresh token',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    description: 'Can be exchanged for new GitHub user access tokens for up to six months.',
    keywords: ['ghr_'],
    pattern: /(?<![A-Za-z0-9_])ghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    minEntropy: 4.2,
    validators: [notAllHex, (ctx) => ctx.value.length !== 40 || base62Crc32(ctx)],
    helpUrl: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens',
    examples: {
      positive: [
        '"refresh_token": "ghr_1Ca2LT3KqpbPWKT03ixnK5uCmwoofIaqfbCd1rZ9Ft5l9mYcCUZ6LzDlQBuV8Y5WR6K7R929g9Np"',
        'GITHUB_REFRESH_TOKEN=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',
      ],
      negative: [
        { text: '"refresh_token": "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498"', reason: "GitHub's documentation example: hexadecimal, not base62" },
        { text: 'GITHUB_REFRESH_TOKEN=ghr_ngz3Dl2t0rnFvDV6L242MrqiuLNOOU4TGWQJ', reason: 'wrong checksum' },
        { text: '"refresh_token": "ghr_1Ca2LT3KqpbPWKT03ixnK5uCmwoofIaqfbCd1rZ9Ft5l9mYcCUZ6LzDl"', reason: 'neither 36 nor 76 characters' },
      ],
    },
  },
  {
    id: 'github-oauth-client-secret',
    title: 'GitHub OAuth app client secret',
    category: 'secret',
    kind: 'GITHUB_CLIENT_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'With the client id it lets anyone impersonate the OAuth app and exchange authorisation codes for user tokens.',
    keywords: ['github'],
    pattern: namedValue(String.raw`github[A-Za-z0-9_.-]{0,20}client[_.-]?secret`, '[a-f0-9]{40}'),
    secretGroup: 1,
    minEntropy: 3.2,
    examples: {
      positive: [
        'GITHUB_CLIENT_SECRET=586944d3f8f145e784e857ae3c2995819335f42b',
        'github_oauth_client_secret: "f5ecc9cf11e04919913e777fe7507e919e85b9b5"',
      ],
      negative: [
        { text: 'GITHUB_CLIENT_ID=Iv1.8a61f9b3a7aba766', reason: 'the client id is public' },
        { text: 'GITHUB_CLIENT_SECRET=${{ secrets.GITHUB_CLIENT_SECRET }}', reason: 'a reference to a CI secret' },
        { text: 'GITHUB_SHA=586944d3f8f145e784e857ae3c2995819335f42b', reason: 'a commit hash, not a secret' },
      ],
    },
  },
  {
    id: 'github-legacy-token',
    title: 'GitHub token (pre-2021 format)',
    category: 'secret',
    kind: 'GITHUB_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'An old-style 40-hex GitHub personal or OAuth token: it may still grant access to the owner\'s repositories.',
    keywords: ['github', 'gh_token', 'gh-token'],
    pattern: namedValue(String.raw`(?:github|gh)[_.-]?(?:api[_.-]?)?(?:token|pat|access[_.-]?token|oauth[_.-]?token)`, '[a-f0-9]{40}'),
    secretGroup: 1,
    minEntropy: 3.2,
    helpUrl: HELP,
    examples: {
      positive: [
        'GITHUB_TOKEN=70020b5106dcb2c6a45f1f998025fd51cf784d71',
        "github_access_token: '2b04233b04d846f0f9dcdaf8bfdc299740828a66'",
      ],
      negative: [
        { text: 'GITHUB_SHA=70020b5106dcb2c6a45f1f998025fd51cf784d71', reason: 'a commit hash' },
        { text: 'github_commit: 2b04233b04d846f0f9dcdaf8bfdc299740828a66', reason: 'a commit hash named as such' },
        { text: 'GITHUB_TOKEN=0000000000000000000000000000000000000000', reason: 'placeholder of zeros' },
      ],
    },
  },
];
