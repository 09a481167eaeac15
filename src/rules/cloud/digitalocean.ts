import type { Rule, RuleExamples } from '../../engine/types';

const HELP = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';

function doToken(id: string, prefix: string, title: string, description: string, { examples }: { examples: Pick<RuleExamples, 'positive'> }): Rule {
  return {
    id,
    title,
    category: 'secret',
    kind: 'DIGITALOCEAN_TOKEN',
    severity: 'high',
    description,
    keywords: [`${prefix}_v1_`],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])${prefix}_v1_[a-f0-9]{64}(?![A-Za-z0-9_])`),
    minEntropy: 3.5,
    helpUrl: HELP,
    examples: {
      positive: examples.positive,
      negative: [
        { text: `token = "${prefix}_v1_${'0'.repeat(64)}"`, reason: 'all-zero placeholder' },
        { text: `token = "${examples.positive[0].split('_v1_')[1].slice(0, 64)}"`, reason: 'hex without the prefix: indistinguishable from a hash' },
        { text: `token = "${prefix}_v1_${'ab12'.repeat(15)}"`, reason: 'too short (60 hex digits)' },
      ],
    },
  };
}

/** DigitalOcean API tokens: a type prefix, `_v1_`, and 64 hex digits. */
export const digitaloceanRules: readonly Rule[] = [
  doToken(
    'digitalocean-pat',
    'dop',
    'DigitalOcean personal access token',
    'Full API access to a DigitalOcean team: create or destroy droplets, databases, DNS and Spaces.',
    { examples: { positive: [
      'DIGITALOCEAN_TOKEN=dop_v1_67e0835e5f323d1f558aa34a0687dfe01d38ec6292fe4ab3801256d55359ea6b',
      'doctl auth init -t dop_v1_bd4290f51a284e255a0db9a2bac991c8186ccb683636053d0d7ab3b33f2d6413',
    ] } },
  ),
  doToken(
    'digitalocean-oauth-token',
    'doo',
    'DigitalOcean OAuth access token',
    "Acts on a user's DigitalOcean account with the scopes granted to an OAuth application.",
    { examples: { positive: [
      'access_token: doo_v1_26160c76e153987181f26c9a9e2337eeb8aa1312931ba42327404f1025a60e3c',
      '{"access_token":"doo_v1_7be49fecf3b32495f8bc5c0060e4d0afdd07e002f4ac6368fbedb4130292529d","token_type":"bearer"}',
    ] } },
  ),
  doToken(
    'digitalocean-refresh-token',
    'dor',
    'DigitalOcean OAuth refresh token',
    'Mints new DigitalOcean OAuth access tokens for the user who authorised the application.',
    { examples: { positive: [
      'refresh_token: dor_v1_dfac06bc9a91a89b5c9ac4a35a138acaece00a444b5bcf9ef7d69895082a350a',
      '"refresh_token": "dor_v1_1b66f42b212c40bdf43377471f2ddea9cade036ba0b89e2ee1dc3e02f9d376c0"',
    ] } },
  ),
];
