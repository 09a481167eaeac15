import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from './builders';

const HELP = 'https://docs.sentry.io/account/auth-tokens/';

/**
 * Sentry auth tokens. Plain DSNs (https://<public key>@o1.ingest.sentry.io/2) are public by design (they ship in
 * browser code) and are not reported; only legacy DSNs that still carry the secret key are.
 */
export const sentryRules: readonly Rule[] = [
  {
    id: 'sentry-org-token',
    title: 'Sentry organisation auth token',
    category: 'secret',
    kind: 'SENTRY_TOKEN',
    severity: 'high',
    description: 'Uploads releases and source maps and reads the organisation’s projects and issues, which hold user data.',
    keywords: ['sntrys_'],
    window: 500,
    pattern: /(?<![A-Za-z0-9_-])sntrys_eyJ[A-Za-z0-9+/=]{30,400}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9_+/-])/,
    minEntropy: 4.5,
    helpUrl: HELP,
    examples: {
      positive: [
        'SENTRY_AUTH_TOKEN=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',
        'authToken: "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"',
      ],
      negative: [
        { text: 'SENTRY_AUTH_TOKEN=sntrys_...', reason: 'the prefix alone' },
        { text: 'SENTRY_AUTH_TOKEN=sntrys_eyJmObKDgdCGbBxAsfo6UdzOV51nWsQr6nKS84CceJg', reason: 'missing the signature part' },
      ],
    },
  },
  {
    id: 'sentry-user-token',
    title: 'Sentry user auth token',
    category: 'secret',
    kind: 'SENTRY_TOKEN',
    severity: 'high',
    description: 'Acts as the Sentry user: reads issues and events, which hold stack traces and user data.',
    keywords: ['sntryu_'],
    pattern: /(?<![A-Za-z0-9_-])sntryu_[a-f0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['SENTRY_AUTH_TOKEN=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', 'auth.token=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'],
      negative: [
        { text: 'SENTRY_AUTH_TOKEN=sntryu_...', reason: 'the prefix alone' },
        { text: 'SENTRY_AUTH_TOKEN=sntryu_9a480e40b1c0da8bc43a570df5f3b142d0c73df0', reason: 'too short' },
      ],
    },
  },
  {
    id: 'sentry-dsn-secret',
    title: 'Sentry DSN with secret key (legacy)',
    category: 'secret',
    kind: 'SENTRY_DSN',
    severity: 'high',
    description: 'A legacy DSN carrying the project’s secret key, which authenticates server-side event submission.',
    keywords: ['sentry'],
    pattern: /https?:\/\/[a-f0-9]{32}:([a-f0-9]{32})@[A-Za-z0-9.-]{1,100}(?::[0-9]{2,5})?\/(?:[A-Za-z0-9_.-]{1,50}\/)?[0-9]{1,10}/,
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
    examples: {
      positive: ['SENTRY_DSN=https://5623c8d472befb4d666529f21e4a51b6:759c257f2fcace4ed3b3223e34c768d4@sentry.io/123456', "Raven.config('https://9d2f62358517b742d836491a25a3d698:689b1dd1c49d3995270f30d7a1c283f3@sentry.acme.internal/sentry/42')"],
      negative: [
        { text: 'SENTRY_DSN=https://8cae7cb0c7802ceb4e651bf1c35d4a41@o123456.ingest.sentry.io/4504', reason: 'a modern DSN: only the public key, safe to ship' },
        { text: 'SENTRY_DSN=https://public:secret@sentry.example.com/1', reason: 'documentation placeholder' },
      ],
    },
  },
];
