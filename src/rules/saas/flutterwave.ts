import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from './builders';

const HELP = 'https://developer.flutterwave.com/docs/integration-guides/authentication';

/**
 * Flutterwave secret keys: `FLWSECK-` (live) or `FLWSECK_TEST-` (test) + 32 hex digits + `-X`. Test keys are
 * reported lower, as Stripe's are; public keys (`FLWPUBK-`, `FLWPUBK_TEST-`) are meant for the browser.
 */
export const flutterwaveRules: readonly Rule[] = [
  {
    id: 'flutterwave-secret-key',
    title: 'Flutterwave live secret key',
    category: 'secret',
    kind: 'FLUTTERWAVE_SECRET_KEY',
    severity: 'high',
    description: 'Full access to the Flutterwave account in live mode: charges, refunds, transfers and customer data.',
    keywords: ['flwseck-'],
    pattern: /(?<![A-Za-z0-9_-])FLWSECK-[a-fA-F0-9]{32}-X(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['FLW_SECRET_KEY=FLWSECK-90b59451d29ee7ec41900954ee14ca1a-X', "headers: { Authorization: 'Bearer FLWSECK-f099ea49100b9dc3b80d5308d188a0e7-X' }"],
      negative: [
        { text: 'FLW_PUBLIC_KEY=FLWPUBK-1de38fff7b824bc4e5a186237a3b0761-X', reason: 'a public key: meant for front-end code' },
        { text: 'FLW_SECRET_KEY=FLWSECK-...-X', reason: 'the prefix alone' },
        { text: 'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', reason: 'a placeholder' },
      ],
    },
  },
  {
    id: 'flutterwave-test-secret-key',
    title: 'Flutterwave test secret key',
    category: 'secret',
    kind: 'FLUTTERWAVE_SECRET_KEY',
    severity: 'medium',
    description: 'Full access to the Flutterwave account in test mode: no real money, but its test data and settings.',
    keywords: ['flwseck_test-'],
    pattern: /(?<![A-Za-z0-9_-])FLWSECK_TEST-[a-fA-F0-9]{32}-X(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['FLW_SECRET_KEY=FLWSECK_TEST-1de38fff7b824bc4e5a186237a3b0761-X', 'flw = Rave("FLWPUBK_TEST-7f86afa1a32c7df0686687279922ccfa-X", "FLWSECK_TEST-7f86afa1a32c7df0686687279922ccfa-X")'],
      negative: [
        { text: 'FLW_PUBLIC_KEY=FLWPUBK_TEST-32193bba8dab84e3d9c4525c85ea7a12-X', reason: 'a test public key (the documentation value): meant for front-end code' },
        { text: 'FLW_SECRET_KEY=FLWSECK_TEST-SANDBOXDEMOKEY-X', reason: 'a documentation demo key, not 32 hex digits' },
      ],
    },
  },
];
