import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from './builders';

export const pagerdutyRules: readonly Rule[] = [
  {
    id: 'pagerduty-api-key',
    title: 'PagerDuty REST API key',
    category: 'secret',
    kind: 'PAGERDUTY_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Reads and changes the PagerDuty account: incidents, schedules, on-call rotations and users.',
    keywords: ['pagerduty', 'token token='],
    pattern: assigned('pagerduty[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?(?:key|token)', '[A-Za-z0-9_+-]{20}', 'Token token='),
    secretGroup: 1,
    minEntropy: 3.5,
    // The second check drops the token shown throughout PagerDuty's API documentation.
    validators: [mixesLettersAndDigits, ({ value }) => value !== 'y_NbAkKc66ryYTWUXYEu'],
    nearbyText: { words: ['pagerduty'], window: 300, required: true },
    helpUrl: 'https://support.pagerduty.com/main/docs/api-access-keys',
    examples: {
      positive: ['PAGERDUTY_API_KEY=u+sqX80eBcqMhJQzZx6X', 'curl -H "Authorization: Token token=WkuKXOX1eNfqe2l6ovyu" https://api.pagerduty.com/incidents'],
      negative: [
        { text: 'PAGERDUTY_SERVICE_ID=P7DDNAY', reason: 'a service id, not a key' },
        { text: 'Authorization: Token token=y_NbAkKc66ryYTWUXYEu', reason: 'PagerDuty’s documentation example token' },
      ],
    },
  },
  {
    id: 'pagerduty-integration-key',
    title: 'PagerDuty Events integration (routing) key',
    category: 'secret',
    kind: 'PAGERDUTY_INTEGRATION_KEY',
    severity: 'medium',
    confidence: 'medium',
    description: 'Triggers and resolves incidents on a PagerDuty service: lets anyone page the on-call engineer.',
    keywords: ['routing_key', 'routing-key', 'routingkey', 'integration_key', 'pagerduty'],
    pattern: assigned('(?:pagerduty|pd)[A-Za-z0-9_.-]{0,12}(?:routing|integration|service)[_.-]?key|routing[_.-]?key|integration[_.-]?key', '[a-f0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    nearbyText: { words: ['pagerduty', 'events.pagerduty', 'pd_'], window: 300, required: true },
    helpUrl: 'https://developer.pagerduty.com/docs/events-api-v2/overview/',
    examples: {
      positive: ['PAGERDUTY_ROUTING_KEY=ec1d39b75c12712e2957815594137ac6', '  - routing_key: 7b2b2952fb5248b9e156f36d43f2c913  # PagerDuty Events v2'],
      negative: [
        { text: 'routing_key = "2985f73cadbda6ae1ae4026c04027171"  # RabbitMQ', reason: 'no PagerDuty context: a message-queue routing key' },
        { text: 'PAGERDUTY_ROUTING_KEY=${PD_KEY}', reason: 'a variable reference' },
      ],
    },
  },
];
