import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * MaxMind license keys issued since March 2023: 40 characters of [A-Za-z0-9_], a six-character prefix and
 * a `_mmk` suffix (release note 2023-03-16). MaxMind warns the length may grow, so up to 64 characters
 * between prefix and suffix are accepted. The older 16-character keys have no distinctive format.
 */
export const maxmindRules: readonly Rule[] = [
  {
    id: 'maxmind-license-key',
    title: 'MaxMind license key',
    category: 'secret',
    kind: 'MAXMIND_LICENSE_KEY',
    severity: 'medium',
    description: 'Downloads the account’s GeoIP databases and spends its GeoIP and minFraud web-service credit.',
    keywords: ['_mmk'],
    pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9]{6}_[A-Za-z0-9_]{29,64}_mmk(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://dev.maxmind.com/geoip/release-notes/2023-03-16-changes-to-maxmind-license-keys/',
    examples: {
      positive: [
        'MAXMIND_LICENSE_KEY=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',
        'LicenseKey 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',
        '{ "maxmind": { "accountId": 1000421, "licenseKey": "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" } }',
      ],
      negative: [
        { text: 'LicenseKey YOUR_LICENSE_KEY_HERE_mmk', reason: 'a placeholder' },
        { text: 'MAXMIND_LICENSE_KEY=Jascbf_KBOamqeoLFJFn_mmk', reason: 'too short' },
      ],
    },
  },
];
