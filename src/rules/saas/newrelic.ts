import type { Rule, Severity } from '../../engine/types';
import { mixesLettersAndDigits } from './builders';

const HELP = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';

function prefixed(id: string, title: string, prefix: string, body: string, severity: Severity, description: string, envName: string, { examples }: { examples: { body: string } }): Rule {
  const sample = examples.body;
  return {
    id,
    title,
    category: 'secret',
    kind: 'NEW_RELIC_KEY',
    severity,
    description,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${prefix}${body}(?![A-Za-z0-9_-])`),
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: [`${envName}=${prefix}${sample}`, `"apiKey": "${prefix}${sample}"`],
      negative: [
        { text: `${envName}=${prefix}...`, reason: 'the prefix alone' },
        { text: `${envName}=${prefix}${sample.slice(0, 10)}`, reason: 'too short' },
      ],
    },
  };
}

export const newrelicRules: readonly Rule[] = [
  prefixed('new-relic-user-api-key', 'New Relic user API key', 'NRAK-', '[A-Z0-9]{27}', 'high',
    'Acts as the New Relic user through NerdGraph: reads all telemetry and changes account configuration.',
    'NEW_RELIC_API_KEY', { examples: { body: '29N2B7WLX7P26Z0TFXXT9MA9XEB' } }),
  prefixed('new-relic-insert-key', 'New Relic Insights insert key', 'NRII-', '[A-Za-z0-9_-]{32}', 'high',
    'Writes arbitrary events into the New Relic account, polluting or spoofing its telemetry.',
    'NEW_RELIC_INSERT_KEY', { examples: { body: '3L5YBwELjfusq6vP__H3v4culddiwWim' } }),
  prefixed('new-relic-query-key', 'New Relic Insights query key', 'NRIQ-', '[A-Za-z0-9_-]{32}', 'high',
    'Reads the New Relic account’s event data, which may hold user data and internal details.',
    'NEW_RELIC_QUERY_KEY', { examples: { body: 'w5DimTMu7FawqC0QCS9rZyzr5x1jY1I0' } }),
  prefixed('new-relic-browser-key', 'New Relic browser ingest key', 'NRJS-', '[a-f0-9]{19}', 'medium',
    'Sends browser monitoring data to the account; shipped in web pages, but it identifies the account.',
    'NEW_RELIC_BROWSER_KEY', { examples: { body: '51b06efcf8c961ebf91' } }),
  {
    id: 'new-relic-license-key',
    title: 'New Relic license (ingest) key',
    category: 'secret',
    kind: 'NEW_RELIC_KEY',
    severity: 'high',
    description: 'Reports data into the New Relic account: lets anyone send fake telemetry or exhaust ingest quotas.',
    keywords: ['nral'],
    pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{36}NRAL(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['NEW_RELIC_LICENSE_KEY=dbfa9e6143436e4918f9c87a017f9b910671NRAL', "license_key: '0755d8cfbb2b781ab10a1a334b6e143f32beNRAL'"],
      negative: [
        { text: 'NEW_RELIC_LICENSE_KEY=...NRAL', reason: 'a placeholder' },
        { text: 'NEW_RELIC_LICENSE_KEY=7fc2c3dd81013e03ef98NRAL', reason: 'too short' },
      ],
    },
  },
];
