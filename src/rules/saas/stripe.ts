import type { Rule, RuleExamples, Severity } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://docs.stripe.com/keys';

/** Negatives shared by the Stripe key rules: publishable keys are meant to ship in web pages. */
const PUBLISHABLE = [
  { text: 'STRIPE_PUBLISHABLE_KEY=pk_live_RnX3Y04DurrvLgbc5OPhQNAIojeXaC1KMgT22sc2eRkNFm3lSQ8NtM17rkmqgSpRS8nA4yWeuip4vt6KgMiJZ4GCy3txwlnwpuj', reason: 'a publishable key: public by design' },
  { text: "Stripe('pk_test_bF0dbS0tJ7qu3SKAc0Y1ejQYEoEa9oJepe5bwZWvUHHL3KL8qKKaO6bwgdZtLdScw8u4PWIl65zPOzG0TtxvI9AqBXUhPba9jgG')", reason: 'a publishable test key: public by design' },
];

function stripeKey(id: string, prefix: string, title: string, severity: Severity, description: string, { examples }: { examples: Pick<RuleExamples, 'positive'> }): Rule {
  return {
    id,
    title,
    category: 'secret',
    kind: 'STRIPE_KEY',
    severity,
    description,
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${prefix}[A-Za-z0-9]{24,247}(?![A-Za-z0-9_-])`),
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: examples.positive,
      negative: [
        ...PUBLISHABLE,
        { text: `STRIPE_KEY=${prefix}...`, reason: 'the prefix alone' },
        { text: `STRIPE_KEY=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`, reason: 'a placeholder' },
      ],
    },
  };
}

export const stripeRules: readonly Rule[] = [
  stripeKey('stripe-secret-key', 'sk_live_', 'Stripe live secret key', 'high',
    'Full access to the Stripe account in live mode: charges, refunds, payouts and customer data.',
    { examples: { positive: ['STRIPE_SECRET_KEY=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', 'stripe.api_key = "sk_live_vkZ0GsySJUNTaPWs7C8W2HLj"'] } }),
  stripeKey('stripe-test-secret-key', 'sk_test_', 'Stripe test secret key', 'medium',
    'Full access to the Stripe account in test mode: no real money, but its test data and settings.',
    { examples: { positive: ['STRIPE_SECRET_KEY=sk_test_rtME8SNJ8SoUkmnGEmybi0G5TEzANKcvM0oWPGw4TcHYLlSQq5qXAMCltWfEAzvPVBUYYzGk6c9Xnpybr3yXSUsULEGXg7pKQZB', "const stripe = new Stripe('sk_test_TG57ULRm5Z4ipU1leqAEQIMj');"] } }),
  stripeKey('stripe-restricted-key', 'rk_live_', 'Stripe live restricted key', 'high',
    'A live-mode key limited to chosen resources, often still able to read customers or create charges.',
    { examples: { positive: ['STRIPE_RESTRICTED_KEY=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', 'key: rk_live_b2dm7amgcDg2NyqgWKrEOyBR'] } }),
  stripeKey('stripe-test-restricted-key', 'rk_test_', 'Stripe test restricted key', 'medium',
    'A test-mode restricted key: no real money, but access to the account’s test data.',
    { examples: { positive: ['STRIPE_RESTRICTED_KEY=rk_test_5d3GnvpHtIsWlV1l5qtvE0CAcOhg089v8EnT4zcgPjHKDQrGLWAcSH7x5nNkAqOxRC1asnB8NfEMki3vLru13WFNZS2vTf3TRkT', '"stripeKey": "rk_test_Tq1cJwm619pBaS6mORrtYI90"'] } }),
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    category: 'secret',
    kind: 'STRIPE_WEBHOOK_SECRET',
    severity: 'high',
    description: 'Lets anyone forge Stripe webhook events (such as "payment succeeded") that the endpoint will trust.',
    keywords: ['whsec_'],
    pattern: /(?<![A-Za-z0-9_-])whsec_[A-Za-z0-9+/=]{32,88}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.stripe.com/webhooks#verify-events',
    examples: {
      positive: ['STRIPE_WEBHOOK_SECRET=whsec_JsJfVqYnBAevemOBUod3JOkwNz9ugSMC', 'endpoint_secret = "whsec_BaWQfmvQj5cOlOZuJVgN4EKZdXCoSocZpciM5qmaFpFsn3DnS16ePaVtryoYHPbM"'],
      negative: [
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_...', reason: 'the prefix alone' },
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_2vbi66CdmCQKiKH3', reason: 'too short' },
      ],
    },
  },
];
