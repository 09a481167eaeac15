import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { requireLabelOnLine, realDate, standaloneNumber } from './checks';

function mod11Digit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check; // 10: no valid number
}

/**
 * Norway fødselsnummer: DDMMYY III K1 K2, two mod-11 check digits. The individual number III and the year
 * give the century; a D-number adds 40 to the day.
 */
export function fodselsnummerValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  if (mod11Digit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]) !== Number(digits[9])) return false;
  if (mod11Digit(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) !== Number(digits[10])) return false;
  let dd = Number(digits.slice(0, 2));
  if (dd > 40) dd -= 40;
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const iii = Number(digits.slice(6, 9));
  let century: number | undefined;
  if (iii <= 499) century = 1900;
  else if (yy <= 39) century = 2000;
  else if (iii >= 900) century = 1900;
  else if (iii <= 749 && yy >= 54) century = 1800;
  return century !== undefined && realDate(century + yy, mm, dd);
}

export const norwayRules: readonly Rule[] = [
  {
    id: 'no-fodselsnummer',
    title: 'Norway national identity number (fødselsnummer)',
    category: 'pii',
    kind: 'NO_FODSELSNUMMER',
    severity: 'high',
    confidence: 'medium',
    description: 'The fødselsnummer identifies a Norwegian resident for life and encodes the birth date and sex.',
    keywords: ['fodselsnummer', 'dselsnummer', 'foedselsnummer', 'dselsnr', 'd-nummer'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{6} ?\d{5}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => fodselsnummerValid(ctx.value.replace(' ', '')) && !isRepetitive(ctx.value),
      requireLabelOnLine(['fødselsnummer', 'fodselsnummer', 'foedselsnummer', 'fødselsnr', 'd-nummer'], 60),
    ],
    examples: {
      positive: ['Fødselsnummer: 15038542270', 'fodselsnummer 550385 42183', 'Fødselsnummer: 01020351213'],
      negative: [
        { text: 'Fødselsnummer: 15038542271', reason: 'wrong second check digit' },
        { text: 'Fødselsnummer: 15038542370', reason: 'wrong first check digit' },
        { text: 'order 15038542270', reason: 'no fødselsnummer label near' },
      ],
    },
  },
];
