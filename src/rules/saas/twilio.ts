import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from './builders';

const HELP = 'https://www.twilio.com/docs/iam/api/authtoken';

/**
 * Twilio account SIDs (AC + 32 hex) and API key SIDs (SK + 32 hex) are identifiers; the secrets are the
 * account auth token (32 hex) and the API key secret (32 base62), found by name or paired with a SID.
 */
export const twilioRules: readonly Rule[] = [
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    category: 'secret',
    kind: 'TWILIO_AUTH_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'With the account SID, full control of the Twilio account: sends SMS and calls, reads message logs.',
    keywords: ['twilio'],
    pattern: assigned('twilio[A-Za-z0-9_.-]{0,12}(?:auth[_.-]?token|token|secret)|auth[_.-]?token', '[a-f0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    nearbyText: { words: ['twilio'], window: 300, required: true },
    helpUrl: HELP,
    examples: {
      positive: ['TWILIO_AUTH_TOKEN=ad2851b78f7318ce0bfac56ca704141a', 'twilio_client = Client(account_sid, auth_token="79c947c0c2fc28d559ae5335b8e5843e")'],
      negative: [
        { text: 'TWILIO_ACCOUNT_SID=AC4c20e167d5610174a7477875b741ff28', reason: 'the account SID: an identifier' },
        { text: 'auth_token = "537c682b6689f1380ee3b9e175442113"', reason: 'no Twilio context' },
      ],
    },
  },
  {
    id: 'twilio-credential-pair',
    title: 'Twilio SID and secret pair',
    category: 'secret',
    kind: 'TWILIO_AUTH_TOKEN',
    severity: 'high',
    description: 'An account SID with its auth token, or an API key SID with its secret: full API access to the account.',
    keywords: ['twilio'],
    pattern: /(?<![A-Za-z0-9_-])(?:AC|SK)[a-f0-9]{32}:([A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://www.twilio.com/docs/iam/api-keys',
    examples: {
      positive: ['curl -u AC68e006d0539c5a9f290fef9505c537fd:6bbab1e23a594ce92f08bbb4dd5867a2 https://api.twilio.com/2010-04-01/Accounts.json', 'TWILIO_CREDENTIALS=SK282efe4f0ab5538588eb66a1c06b48b7:PoYrnRYrwWdYEbmyXIR6zoxU6wXBVuma'],
      negative: [
        { text: 'curl -u AC397ec43d71a54d5312e76f0a89a12b74:$TWILIO_AUTH_TOKEN https://api.twilio.com/', reason: 'the secret is a variable reference' },
        { text: 'AC6fe371087cd83b57d3b70f686b496477', reason: 'an account SID alone is an identifier' },
      ],
    },
  },
  {
    id: 'twilio-api-key-secret',
    title: 'Twilio API key secret',
    category: 'secret',
    kind: 'TWILIO_API_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'With its API key SID, acts on the Twilio account: sends messages and reads logs.',
    keywords: ['twilio'],
    pattern: assigned('twilio[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?secret', '[A-Za-z0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.8,
    validators: [({ value }) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value)],
    helpUrl: 'https://www.twilio.com/docs/iam/api-keys',
    examples: {
      positive: ['TWILIO_API_SECRET=koqAxEoIYzx5Lwtw7W7OWPeMCr7SEv8B', 'twilioApiSecret: "g2ICJQEKagph1rnm0LrFysib6S7ovNIq"'],
      negative: [
        { text: 'TWILIO_API_KEY=SKc5e4381291e3212b5e0c6e97bc6b2864', reason: 'the API key SID: an identifier' },
        { text: 'TWILIO_API_SECRET=KY2U0ZYxl80HUj0P476G', reason: 'too short' },
      ],
    },
  },
];
