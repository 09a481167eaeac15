import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from './builders';

const HELP = 'https://docs.datadoghq.com/account_management/api-app-keys/';

export const datadogRules: readonly Rule[] = [
  {
    id: 'datadog-api-key',
    title: 'Datadog API key',
    category: 'secret',
    kind: 'DATADOG_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Submits metrics, logs and events to the Datadog organisation (and, with an app key, reads them).',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    pattern: assigned('datadog[A-Za-z0-9_.-]{0,12}api[_.-]?key|dd[_.-]?api[_.-]?key|ddapikey', '[a-f0-9]{32}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['DD_API_KEY=3a658daca3bb0437c5812393fbcfff1f', 'const datadogApiKey = "7cda440687ab3bfdca29851779b4381a";'],
      negative: [
        { text: 'DD_API_KEY=<DATADOG_API_KEY>', reason: 'a placeholder' },
        { text: 'DD_SITE=datadoghq.eu', reason: 'a setting, not a key' },
      ],
    },
  },
  {
    id: 'datadog-app-key',
    title: 'Datadog application key',
    category: 'secret',
    kind: 'DATADOG_APP_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'With an API key, reads and changes the Datadog organisation: dashboards, monitors, logs.',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp', 'dd_application'],
    pattern: assigned('datadog[A-Za-z0-9_.-]{0,12}(?:app|application)[_.-]?key|dd[_.-]?(?:app|application)[_.-]?key|ddappkey', '[a-f0-9]{40}'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['DD_APP_KEY=a4b155a253d3c8e9c63d9ca0b2163d517eae359e', 'DATADOG_APPLICATION_KEY: "332ade0b19f36ad5e941044075900a428099b56a"'],
      negative: [
        { text: 'DD_APP_KEY=e0e2bd0a56ac65d395d685f4b50795eb', reason: 'too short for an application key' },
        { text: 'DD_APP_NAME=checkout-service', reason: 'a name, not a key' },
      ],
    },
  },
];
