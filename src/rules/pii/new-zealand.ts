import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, consistentSeparators, digitsOf, requireLabelOnLine, standaloneNumber, weightedSum } from './checks';

/**
 * New Zealand IRD number: eight or nine digits between 10,000,000 and 150,000,000. The base (without the
 * last digit, padded to eight) weighted 3,2,7,6,5,4,3,2 gives check = (11 - sum mod 11) mod 11; when that is
 * 10, the weights 7,4,3,2,5,2,7,6 are tried instead, and a second 10 makes the number invalid.
 */
export function irdValid(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const n = Number(digits);
  if (n <= 10_000_000 || n >= 150_000_000) return false;
  const base = digits.slice(0, -1).padStart(8, '0');
  let check = (11 - (weightedSum(base, [3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  if (check === 10) check = (11 - (weightedSum(base, [7, 4, 3, 2, 5, 2, 7, 6]) % 11)) % 11;
  return check !== 10 && check === Number(digits[digits.length - 1]);
}

export const newZealandRules: readonly Rule[] = [
  {
    id: 'nz-ird-number',
    title: 'New Zealand IRD number',
    category: 'pii',
    kind: 'NZ_IRD',
    severity: 'high',
    confidence: 'medium',
    description: 'The IRD number identifies a New Zealand taxpayer to Inland Revenue, employers and KiwiSaver.',
    // 'ird' alone would wake inside every "third" and "bird": only its label forms.
    keywords: ['ird ', 'ird:', 'ird#', 'ird=', 'ird"', "ird'", 'ird_', 'ird-', 'ird no', 'inland revenue', ...columnKeywords('ird')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{2,3}[ -]?\d{3}[ -]?\d{3}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => consistentSeparators(ctx.value) && irdValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(['ird', 'ird no', 'ird number', 'inland revenue'], 60),
    ],
    examples: {
      positive: ['IRD number: 57-318-244', 'IRD no. 118-492-633', 'name,ird\nAroha Smith,83920572'],
      negative: [
        { text: 'IRD number: 57-318-245', reason: 'wrong check digit' },
        { text: 'IRD number: 09-318-244', reason: 'below the IRD range (10,000,000)' },
        { text: 'the third 57-318-244', reason: '"third" is no IRD label' },
      ],
    },
  },
];
