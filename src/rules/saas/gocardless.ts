import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

const HELP = 'https://developer.gocardless.com/getting-started/api/making-your-first-request/';
/** `live_`/`sandbox_` + 40 characters is a shape other providers use too: GoCardless must be named nearby. */
const CONTEXT = { words: ['gocardless', 'go_cardless', 'go-cardless'], window: 200, required: true } as const;

/** GoCardless access tokens: `live_` or `sandbox_` + 40 URL-safe characters. Sandbox tokens are reported lower. */
export const gocardlessRules: readonly Rule[] = [
  {
    id: 'gocardless-live-access-token',
    title: 'GoCardless live access token',
    category: 'secret',
    kind: 'GOCARDLESS_TOKEN',
    severity: 'high',
    description: 'Collects Direct Debit payments from the merchant’s customers, refunds them and reads their mandates and bank details.',
    keywords: ['live_'],
    pattern: /(?<![A-Za-z0-9_-])live_[A-Za-z0-9_=-]{40}(?![A-Za-z0-9_=-])/,
    minEntropy: 4.0,
    validators: [randomPartMixes(5)],
    nearbyText: CONTEXT,
    helpUrl: HELP,
    examples: {
      positive: [
        'GOCARDLESS_ACCESS_TOKEN=live_vMOXhoWtBjh56rWJIxCcONHon9OX44TU3jEyj8w_',
        "client = gocardless_pro.Client(access_token='live_zQrpD_CXHZdoGSJF_J5Sa6qOUWhdeWD5RZRsjSdb', environment='live')",
      ],
      negative: [
        { text: 'CHARGEBEE_API_KEY=live_vMOXhoWtBjh56rWJIxCcONHon9OX44TU3jEyj8w_', reason: 'no GoCardless context' },
        { text: 'GOCARDLESS_ACCESS_TOKEN=live_...', reason: 'the prefix alone' },
      ],
    },
  },
  {
    id: 'gocardless-sandbox-access-token',
    title: 'GoCardless sandbox access token',
    category: 'secret',
    kind: 'GOCARDLESS_TOKEN',
    severity: 'medium',
    description: 'A GoCardless sandbox token: no real money moves, but it reads and changes the sandbox account’s test customers and mandates.',
    keywords: ['sandbox_'],
    pattern: /(?<![A-Za-z0-9_-])sandbox_[A-Za-z0-9_=-]{40}(?![A-Za-z0-9_=-])/,
    minEntropy: 4.0,
    validators: [randomPartMixes(8)],
    nearbyText: CONTEXT,
    helpUrl: HELP,
    examples: {
      positive: [
        'GOCARDLESS_ACCESS_TOKEN=sandbox_MedchuERSWFeSiq89Rk7ITjJpaOV__D4EVhSr1r-',
        'const client = gocardless("sandbox_zQrpD_CXHZdoGSJF_J5Sa6qOUWhdeWD5RZRsjSdb", Environments.Sandbox);',
      ],
      negative: [
        { text: 'GOCARDLESS_ACCESS_TOKEN=sandbox_<your token>', reason: 'a placeholder' },
        { text: 'sandbox_id = "sandbox_MedchuERSWFeSiq89Rk7ITjJpaOV__D4EVhSr1r-"', reason: 'no GoCardless context' },
      ],
    },
  },
];
