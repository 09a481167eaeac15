import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { consistentSeparators, digitsOf, requireLabelOnLine, realDate, standaloneNumber } from './checks';

/**
 * Belgium national register number (and BIS number): YYMMDD XXX CC, CC = 97 - (YYMMDDXXX mod 97), or
 * 97 - (2YYMMDDXXX mod 97) for births from 2000. A BIS number adds 20 or 40 to the month; a birth date
 * that is not known has month or day 0.
 */
export function belgianNationalNumberValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const years: number[] = [];
  if (97 - (base % 97) === check) years.push(1900);
  if (97 - ((2_000_000_000 + base) % 97) === check) years.push(2000);
  let mm = Number(digits.slice(2, 4));
  if (mm >= 40) mm -= 40;
  else if (mm >= 20) mm -= 20;
  const dd = Number(digits.slice(4, 6));
  if (mm > 12 || dd > 31) return false;
  if (mm === 0 || dd === 0) return years.length > 0;
  return years.some((c) => realDate(c + Number(digits.slice(0, 2)), mm, dd));
}

export const belgiumRules: readonly Rule[] = [
  {
    id: 'be-national-number',
    title: 'Belgium national register number',
    category: 'pii',
    kind: 'BE_NATIONAL_NUMBER',
    severity: 'high',
    confidence: 'medium',
    description: 'The national register number (INSZ/NISS) identifies a Belgian resident for life and encodes the birth date and sex.',
    keywords: ['rijksregister', 'registre national', 'national number', 'national register', 'ro national', 'nn:', 'insz', 'niss'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{2}\.?\d{2}\.?\d{2}[- ]?\d{3}[-. ]?\d{2}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => belgianNationalNumberValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      (ctx) => {
        // Either no separators, or the printed form YY.MM.DD-XXX.CC, or groups split by one kind of separator.
        const v = ctx.value;
        return /^\d{11}$/.test(v) || /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v) || (/^\d{6}[- ]\d{3}[- ]\d{2}$/.test(v) && consistentSeparators(v));
      },
      requireLabelOnLine(['rijksregisternummer', 'rijksregister', 'numéro national', 'numero national', 'registre national', 'national number', 'national register number', 'nn', 'insz', 'niss'], 60),
    ],
    examples: {
      positive: ['Rijksregisternummer: 85.03.14-123.02', 'INSZ 04070231747'],
      negative: [
        { text: 'Rijksregisternummer: 85.03.14-123.03', reason: 'wrong check number' },
        { text: 'Rijksregisternummer: 85.13.14-123.72', reason: 'month 13 is no month, nor a BIS month' },
        { text: 'invoice 85.03.14-123.02', reason: 'no national number label near' },
      ],
    },
  },
];
