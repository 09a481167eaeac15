import type { Rule, RuleExamples } from '../../engine/types';
import { randomPartMixes } from './builders';

/** A PlanetScale credential: a type prefix and 32 to 64 URL-safe characters (43 in practice). */
function pscaleToken(id: string, kind: string, prefix: string, title: string, description: string, helpUrl: string, { examples }: { examples: Pick<RuleExamples, 'positive'> }): Rule {
  return {
    id,
    title,
    category: 'secret',
    kind,
    severity: 'high',
    description,
    keywords: [prefix],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])${prefix}[A-Za-z0-9_=.-]{32,64}(?![A-Za-z0-9_-])`),
    minEntropy: 3.8,
    validators: [randomPartMixes(prefix.length)],
    helpUrl,
    examples: {
      positive: examples.positive,
      negative: [
        { text: `PLANETSCALE_TOKEN=${prefix}...`, reason: 'the prefix alone' },
        { text: `PLANETSCALE_TOKEN=${prefix}${examples.positive[0].split(prefix)[1].slice(0, 20)}`, reason: 'too short' },
        { text: `PLANETSCALE_TOKEN=${prefix}<your-token-here-from-the-dashboard>`, reason: 'a placeholder' },
      ],
    },
  };
}

/** PlanetScale service tokens, database passwords and OAuth access tokens. */
export const planetscaleRules: readonly Rule[] = [
  pscaleToken(
    'planetscale-service-token',
    'PLANETSCALE_TOKEN',
    'pscale_tkn_',
    'PlanetScale service token',
    'Calls the PlanetScale API for the organisation: manages its databases, branches and passwords as the token’s permissions allow.',
    'https://planetscale.com/docs/api/service-tokens',
    { examples: { positive: [
      'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_NAw-ONLG96nWk5_XngwxRLGk92SrtseJIp1o-5eDlRg',
      'pscale deploy-request create app main --service-token-id vq4h5ri2kzt0 --service-token pscale_tkn_1UBeYEGLUUj1dY-ZKQRbsGUdR0tQOuOAC955mp9smee',
    ] } },
  ),
  pscaleToken(
    'planetscale-password',
    'PLANETSCALE_PASSWORD',
    'pscale_pw_',
    'PlanetScale database password',
    'Connects to a PlanetScale database branch and reads or writes its data, as the password’s role allows.',
    'https://planetscale.com/docs/concepts/connection-strings',
    { examples: { positive: [
      'DATABASE_URL=mysql://k3j2c0rm4qzx:pscale_pw_NI0k_79y9NS7k5r1_FEoc6shA5IP7BHbve8nkZXIJHh@aws.connect.psdb.cloud/app?sslaccept=strict',
      'DATABASE_PASSWORD=pscale_pw_7nFnXHKBRFHV0F_eF3ObRiBRSmdhDLF90fnWBaoE3IH',
    ] } },
  ),
  pscaleToken(
    'planetscale-oauth-token',
    'PLANETSCALE_TOKEN',
    'pscale_oauth_',
    'PlanetScale OAuth access token',
    'Acts on a user’s PlanetScale organisations with the scopes they granted to an OAuth application.',
    'https://planetscale.com/docs/api/reference',
    { examples: { positive: [
      'access_token: pscale_oauth_cJRslkXFUGVWCDBauo9BdW9KTTztavyosX-5_w20Y0o',
      '{"access_token":"pscale_oauth_0ktWuAWgkWGaqW7kb42GzbwnYeLmAqHwrfVOoyWxdf4","token_type":"Bearer"}',
    ] } },
  ),
];
