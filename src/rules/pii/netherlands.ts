import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { digitsOf, requireLabelOnLine, standaloneNumber } from './checks';

/** Netherlands BSN "11-test": weights 9..2 and -1 on the last digit; sum divisible by 11. */
function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

export const netherlandsRules: readonly Rule[] = [
  {
    id: 'nl-bsn',
    title: 'Netherlands citizen service number (BSN)',
    category: 'pii',
    kind: 'NL_BSN',
    severity: 'high',
    confidence: 'medium',
    description: 'The BSN identifies a Dutch resident to every government service, employer and health insurer.',
    keywords: ['bsn', 'burgerservicenummer', 'sofi', 'citizen service'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{3}(?:\.\d{3}\.\d{3}| \d{3} \d{3}|\d{6}|\d{2}\.\d{2}\.\d{3})(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => bsnValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi', 'citizen service number'], 60),
    ],
    examples: {
      positive: ['BSN: 476339935', 'burgerservicenummer 259.150.411'],
      negative: [
        { text: 'BSN: 476339936', reason: 'fails the 11-test' },
        { text: 'bsnLookup.timeout = 123456782', reason: 'a sequential placeholder value' },
      ],
    },
  },
];
