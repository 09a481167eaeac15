import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits, mixesLettersAndDigits } from './builders';

/** PayPal and its Braintree gateway. */
export const paypalRules: readonly Rule[] = [
  {
    id: 'paypal-braintree-access-token',
    title: 'PayPal Braintree access token (production)',
    category: 'secret',
    kind: 'PAYPAL_ACCESS_TOKEN',
    severity: 'high',
    description: 'Processes live payments and refunds through the merchant’s PayPal/Braintree account.',
    keywords: ['access_token$production$'],
    pattern: /access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}(?![A-Za-z0-9_-])/,
    helpUrl: 'https://developer.paypal.com/braintree/docs/guides/authorization/gateway-access-token',
    examples: {
      positive: ['BRAINTREE_ACCESS_TOKEN=access_token$production$3ahns4zvjyqpk440$a16a430b633963d76b49c30e775fb04c', 'gateway = braintree.BraintreeGateway(access_token="access_token$production$dd6q0xmjmx0i3o2i$5d56241f664c32d526e153de6a66e180")'],
      negative: [
        { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>', reason: 'a placeholder' },
        { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$c4xwtqyqg1acxfci$815c0325a5ce61089ef5', reason: 'token part too short' },
      ],
    },
  },
  {
    id: 'paypal-braintree-sandbox-token',
    title: 'PayPal Braintree access token (sandbox)',
    category: 'secret',
    kind: 'PAYPAL_ACCESS_TOKEN',
    severity: 'medium',
    description: 'Acts on a Braintree sandbox merchant: no real money, but its test data and settings.',
    keywords: ['access_token$sandbox$'],
    pattern: /access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32}(?![A-Za-z0-9_-])/,
    helpUrl: 'https://developer.paypal.com/braintree/docs/guides/authorization/gateway-access-token',
    examples: {
      positive: ['BRAINTREE_ACCESS_TOKEN=access_token$sandbox$p639l4j1raox35pc$41cc580d7a61c834c6b1e5e2a5e452f4', 'token: "access_token$sandbox$ymgmqxtmxpnsgv5x$33c70528eee36f72ba0dd98d8383cbb6"'],
      negative: [
        { text: 'BRAINTREE_ACCESS_TOKEN=access_token$sandbox$...', reason: 'the prefix alone' },
        { text: 'access_token$sandbox$abpigx3cn4$1134431c748798d5e339b10a9bfd849c', reason: 'merchant part too short' },
      ],
    },
  },
  {
    id: 'braintree-private-key',
    title: 'Braintree private key',
    category: 'secret',
    kind: 'BRAINTREE_PRIVATE_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'With the public key and merchant id, processes payments and refunds on the Braintree account.',
    keywords: ['braintree', 'bt_private', 'private_key'],
    pattern: assigned('braintree[_.-]?private[_.-]?key|bt[_.-]?private[_.-]?key|private[_.-]?key', '[a-f0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    nearbyText: { words: ['braintree'], window: 300, required: true },
    helpUrl: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
    examples: {
      positive: ['BRAINTREE_PRIVATE_KEY=9ef31c34fd5ddf1812e3b9ce3c80d382', "braintree.Configuration.configure(braintree.Environment.Production, merchant_id='7s339ai2k4wddepz', public_key='z81b6l6t8yj9xz4h', private_key='ded1afc31c2a27c95b770e059db3395b')"],
      negative: [
        { text: 'BRAINTREE_PUBLIC_KEY=ynzirzonv7sbqf16', reason: 'the public key' },
        { text: 'private_key = "322e10912ee354047d5337d6b9f45a47"', reason: 'no Braintree context' },
      ],
    },
  },
  {
    id: 'paypal-client-secret',
    title: 'PayPal REST client secret',
    category: 'secret',
    kind: 'PAYPAL_CLIENT_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'With the client id, obtains PayPal REST API tokens that move money on the merchant account.',
    keywords: ['paypal'],
    pattern: assigned('paypal[A-Za-z0-9_.-]{0,16}secret', '[A-Za-z0-9_-]{80}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://developer.paypal.com/api/rest/',
    examples: {
      positive: ['PAYPAL_CLIENT_SECRET=ERTj8ntR6IdE6nny72Q9AVjir38LgVVLBWyhpLXpmAG4MXdHI-tY8--JnEXCIss0hJS4KkpDgA-Sa-h8', '  paypal_secret: "E5GSuI6Q_5LmAIRwxceP-amJr7ArxL945R_BsamTbGNCEBQh1mNFZukVFDWEmLeroADfB6END_Sdh7eV"'],
      negative: [
        { text: 'PAYPAL_CLIENT_ID=Aec4itt9nRpEYUjOWCLrsjKq_Tts25lGRQQtDrGV6Wgeh7hYBXPcbl9v7lV_S1fkvcZFCMNmxUv193wy', reason: 'the client id, not the secret' },
        { text: 'PAYPAL_CLIENT_SECRET=Ec1L0j2exnO9SQ37X12NTl18ch5GPUPlu5tQk3Un-', reason: 'too short' },
      ],
    },
  },
];
