import type { Rule } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { digitsOf, requireLabelOnLine, realDate, standaloneNumber } from './checks';

/**
 * Sweden personnummer: [CC]YYMMDD[-+]NNNN, Luhn over the ten digits YYMMDDNNNN. A samordningsnummer
 * (coordination number) adds 60 to the day. Without the century, the date must exist in 1900s or 2000s.
 */
export function personnummerValid(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length !== 10 && digits.length !== 12) return false;
  const ten = digits.slice(-10);
  if (!luhnValid(ten)) return false;
  const yy = Number(ten.slice(0, 2));
  const mm = Number(ten.slice(2, 4));
  let dd = Number(ten.slice(4, 6));
  if (dd > 60) dd -= 60;
  const years = digits.length === 12 ? [Number(digits.slice(0, 4))] : [1900 + yy, 2000 + yy];
  return years.some((y) => realDate(y, mm, dd));
}

export const swedenRules: readonly Rule[] = [
  {
    id: 'se-personnummer',
    title: 'Sweden personal identity number (personnummer)',
    category: 'pii',
    kind: 'SE_PERSONNUMMER',
    severity: 'high',
    confidence: 'medium',
    description: 'The personnummer identifies a Swedish resident for life to every authority, bank and employer.',
    keywords: ['personnummer', 'personnr', 'person nr', 'samordningsnummer'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])(?:19|20)?\d{6}[-+]?\d{4}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => personnummerValid(ctx.value) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(['personnummer', 'personnr', 'person nr', 'pers.nr', 'samordningsnummer'], 60),
    ],
    examples: {
      positive: ['Personnummer: 811218-9876', 'personnr 199004175577', 'samordningsnummer 701063-2383'],
      negative: [
        { text: 'Personnummer: 811218-9875', reason: 'fails the Luhn check' },
        { text: 'Personnummer: 811318-9875', reason: 'month 13 is no month' },
        { text: 'invoice 811218-9876', reason: 'no personnummer label near' },
      ],
    },
  },
];
