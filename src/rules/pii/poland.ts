import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, requireLabelOnLine, realDate, standaloneNumber } from './checks';

/**
 * Poland PESEL: YYMMDD ZZZZ C. The month carries the century (+80: 1800s, +0: 1900s, +20: 2000s,
 * +40: 2100s, +60: 2200s); C = (10 - Σ dᵢ·[1,3,7,9,1,3,7,9,1,3] mod 10) mod 10.
 */
export function peselValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * weights[i];
  if ((10 - (sum % 10)) % 10 !== Number(digits[10])) return false;
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  return century !== undefined && realDate(century + yy, mm % 20, Number(digits.slice(4, 6)));
}

export const polandRules: readonly Rule[] = [
  {
    id: 'pl-pesel',
    title: 'Poland national identification number (PESEL)',
    category: 'pii',
    kind: 'PL_PESEL',
    severity: 'high',
    confidence: 'medium',
    description: 'The PESEL identifies a Polish resident for life and encodes the birth date and sex.',
    keywords: ['pesel', ...columnKeywords('pesel')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{11}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => peselValid(ctx.value) && !isRepetitive(ctx.value),
      requireLabelOnLine(['pesel', 'nr pesel', 'numer pesel'], 60),
    ],
    examples: {
      positive: ['PESEL: 85031412347', 'numer PESEL 02260507817'],
      negative: [
        { text: 'PESEL: 85031412348', reason: 'wrong check digit' },
        { text: 'PESEL: 85134112346', reason: 'month 13 is no month of any century' },
        { text: 'order 85031412347 shipped', reason: 'no PESEL label near' },
      ],
    },
  },
];
