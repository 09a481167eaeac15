import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { digitsOf, requireLabelOnLine, realDate, standaloneNumber } from './checks';

/**
 * Denmark CPR number: DDMMYY-SSSS. The first serial digit and the year give the century; the date must
 * exist. No mod-11 check: numbers without it have been issued since 2007.
 */
export function cprValid(value: string): boolean {
  const digits = digitsOf(value);
  if (!/^\d{10}$/.test(digits)) return false;
  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const s = Number(digits[6]);
  let century: number;
  if (s <= 3) century = 1900;
  else if (s === 4 || s === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  return realDate(century + yy, mm, dd);
}

export const denmarkRules: readonly Rule[] = [
  {
    id: 'dk-cpr',
    title: 'Denmark personal identification number (CPR)',
    category: 'pii',
    kind: 'DK_CPR',
    severity: 'high',
    confidence: 'medium',
    description: 'The CPR number identifies a Danish resident for life and encodes the birth date and sex.',
    keywords: ['cpr'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{6}-?\d{4}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => cprValid(ctx.value) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(['cpr', 'cprnr', 'cpr-nr', 'cpr nr', 'cpr-nummer', 'cprnummer'], 60),
    ],
    examples: {
      positive: ['CPR-nr: 150385-4117', 'CPR 010203-5672'],
      negative: [
        { text: 'CPR-nr: 310285-1234', reason: 'there is no 31 February' },
        { text: 'CPR: 321085-4117', reason: 'day 32 does not exist' },
        { text: 'ticket 150385-4117', reason: 'no CPR label near' },
      ],
    },
  },
];
