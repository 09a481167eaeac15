import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * Authress service client access keys: four dot-separated parts, the client id (`sc_`, `ext_`, `scauth_` or
 * `authress_` + id), a short key id, the account id (`acc_`/`acc-` + id) and the private key (base64, an
 * Ed25519 PKCS#8 key). Part lengths vary by account: the ranges below are loose.
 */
export const authressRules: readonly Rule[] = [
  {
    id: 'authress-service-client-key',
    title: 'Authress service client access key',
    category: 'secret',
    kind: 'AUTHRESS_ACCESS_KEY',
    severity: 'high',
    description: 'Signs tokens as the Authress service client: reads and changes the account’s users, roles and access records within the client’s permissions.',
    keywords: ['.acc_', '.acc-'],
    pattern: /(?<![A-Za-z0-9_.-])(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}(?![A-Za-z0-9+/_=-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://authress.io/knowledge-base/docs/authorization/service-clients',
    examples: {
      positive: [
        'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=sc_zAiNyRaZ5jd2.p7N6.acc_f54c8ed48531.MC4CAQAwBQYDK2VwBCIEIHRr17dIoJC0x7wE0ZfONj0xMWYLih7M4nbTFBGnEHYF',
        "const client = new ServiceClientTokenProvider('sc_4Bva0Qi6CAr3.c40O.acc-b3833f852a42.MC4CAQAwBQYDK2VwBCIEInDleFIT3mYJ54vcvaq3wEHV6_ep0Xm32s1pksku5qMq');",
      ],
      negative: [
        { text: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=sc_zAiNyRaZ5jd2.p7N6.acc_f54c8ed48531', reason: 'no private key part' },
        { text: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=sc_xxxxxxxx.xxxx.acc_xxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
      ],
    },
  },
];
