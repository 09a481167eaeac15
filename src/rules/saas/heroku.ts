import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from './builders';

const HELP = 'https://devcenter.heroku.com/articles/authentication';

export const herokuRules: readonly Rule[] = [
  {
    id: 'heroku-api-key',
    title: 'Heroku API key',
    category: 'secret',
    kind: 'HEROKU_API_KEY',
    severity: 'high',
    description: 'Acts as the Heroku user: deploys apps, reads their config vars (database URLs, secrets) and scales dynos.',
    keywords: ['hrku-'],
    pattern: /(?<![A-Za-z0-9_-])HRKU-[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['HEROKU_API_KEY=HRKU-AA-mS3EbLmYQpqaxFK_fD2v-yftLVrup5a-tFFpS-edjoQCJv-QoX4fyokEd', 'machine api.heroku.com\n  password HRKU-AAtNCTHd1Is1LDe2ylEGDdFBzohJJEST219Zwh6SE2667dmfSioZO3Lh81ls'],
      negative: [
        { text: 'HEROKU_API_KEY=HRKU-...', reason: 'the prefix alone' },
        { text: 'HEROKU_API_KEY=HRKU-AA0TvuBP8CZYtfQQi0obN3514yZ09Duw', reason: 'too short' },
      ],
    },
  },
  {
    id: 'heroku-legacy-api-key',
    title: 'Heroku API key (legacy UUID)',
    category: 'secret',
    kind: 'HEROKU_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy Heroku API key: deploys the user’s apps and reads their config vars.',
    keywords: ['heroku'],
    pattern: assigned('heroku[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?(?:key|token)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    secretGroup: 1,
    minEntropy: 3.0,
    helpUrl: HELP,
    examples: {
      positive: ['HEROKU_API_KEY=0373e505-d9a6-498f-ad26-1f678400be1f', 'heroku_api_token: "3c39b4e0-b31e-46be-a0ac-fd04c74af61c"'],
      negative: [
        { text: 'HEROKU_APP_ID=aacd7cf0-9573-464b-ab38-6d40bd6ceb23', reason: 'an app id, not a key' },
        { text: 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000', reason: 'the nil UUID' },
      ],
    },
  },
];
