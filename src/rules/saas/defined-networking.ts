import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * Defined Networking (managed Nebula) API keys: `dnkey-` + 26 characters + `-` + 52 characters. The part lengths
 * are the observed ones and not documented: 24 to 28 and 50 to 54 are accepted.
 */
export const definedNetworkingRules: readonly Rule[] = [
  {
    id: 'defined-networking-api-key',
    title: 'Defined Networking API key',
    category: 'secret',
    kind: 'DEFINED_NETWORKING_API_KEY',
    severity: 'high',
    description: 'Manages the Defined Networking (Nebula) overlay network: enrols hosts, issues enrolment codes and changes roles and firewall rules.',
    keywords: ['dnkey-'],
    pattern: /(?<![A-Za-z0-9_-])dnkey-[A-Za-z0-9]{24,28}-[A-Za-z0-9]{50,54}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.defined.net/guides/automating-host-creation/',
    examples: {
      positive: [
        'DN_API_KEY=dnkey-1C3th97bvSDrollEq6oT787LLa-9UQkWMWpDCYHDL3JcRjg5hMEJAAkFZlKop3gu5GxXvHy7iGen0m7',
        'curl -H "Authorization: Bearer dnkey-8DoKqS7Smt5rIAUUEhuv9lTXMY-gbpntsLBPltZF0W7262QBOeRFEDWYyydTwDiPoTAAvfFga61jIF5" https://api.defined.net/v1/hosts',
      ],
      negative: [
        { text: 'DN_API_KEY=dnkey-...', reason: 'the prefix alone' },
        { text: 'DN_API_KEY=dnkey-1C3th97bvSDrollEq6oT787LLa', reason: 'only the first part' },
      ],
    },
  },
];
