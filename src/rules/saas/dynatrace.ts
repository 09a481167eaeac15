import type { Rule } from '../../engine/types';

/**
 * Dynatrace API tokens: `dt0c01.`, a 24-character public portion, `.`, a 64-character secret portion
 * (upper-case letters and digits). Prefix and public portion together only identify the token and may be logged.
 */
export const dynatraceRules: readonly Rule[] = [
  {
    id: 'dynatrace-api-token',
    title: 'Dynatrace API token',
    category: 'secret',
    kind: 'DYNATRACE_TOKEN',
    severity: 'high',
    description: 'Calls the Dynatrace environment API with the token’s scopes: reads monitoring data and logs, or changes settings and ingests data.',
    keywords: ['dt0c01.'],
    pattern: /(?<![A-Za-z0-9_-])dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication',
    examples: {
      positive: [
        'DT_API_TOKEN=dt0c01.4V4WJAZI7WOB76BKZMSQQN2Q.HE7NPVWHB6OFXQQF67HCJBZ5KGU3T4TFVHEDAC4Y3VXGOFE5C77UU3P2QNVB5XBJ',
        'curl -H "Authorization: Api-Token dt0c01.ZJ4BRXEXCUM4QASUYAFWDFA6.HGGJEU76U5NAJ75UL3NDHF7ONHUOWJMBHKYLY7OZLZBQQSQ5UVIJO5OMLHYX5DNX" https://abc12345.live.dynatrace.com/api/v2/metrics',
      ],
      negative: [
        { text: 'token used: dt0c01.WSA464WT7YRHFWLPXL4NETRC', reason: 'the token identifier alone (prefix and public portion): safe to log' },
        { text: 'Api-Token=dt0c01.WSA464WT7YRHFWLPXL4NETRC.<masked>', reason: 'the secret portion masked' },
        { text: 'DT_API_TOKEN=dt0c01.WSA464WT7YRHFWLPXL4NETRC.H4EQS2AGQCCN6GPLL4IBDZRTQRB5KPPBLAFJVK6ELU65', reason: 'secret portion too short' },
      ],
    },
  },
];
