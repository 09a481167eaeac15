import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, digitsOf, requireLabelOnLine, standaloneNumber } from './checks';

/**
 * Portugal NIF (número de identificação fiscal): 9 digits, weights 9..2 on the first eight, check digit
 * 11 - (sum mod 11), 0 when that is 10 or 11. The first digit(s) give the kind of taxpayer.
 */
export function nifValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  if (!/^(?:[12356]|45|7[0-24579]|8|9[0189])/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(digits[8]);
}

export const portugalRules: readonly Rule[] = [
  {
    id: 'pt-nif',
    title: 'Portugal tax identification number (NIF)',
    category: 'pii',
    kind: 'PT_NIF',
    severity: 'high',
    confidence: 'medium',
    description: 'The NIF identifies a Portuguese taxpayer to the tax authority, banks and every invoice.',
    // 'nif' alone would wake inside every "manifest" and "unified": only its label forms.
    keywords: ['contribuinte', 'nif:', 'nif=', 'nif#', 'nif "', 'nif"', "nif'", 'nif n', 'nif ', ...columnKeywords('nif')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{3} ?\d{3} ?\d{3}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => (!ctx.value.includes(' ') || /^\d{3} \d{3} \d{3}$/.test(ctx.value)) && nifValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(['nif', 'contribuinte', 'número de contribuinte', 'numero de contribuinte'], 60),
    ],
    examples: {
      positive: ['NIF: 285014315', 'Número de contribuinte 246 813 571'],
      negative: [
        { text: 'NIF: 285014316', reason: 'wrong check digit' },
        { text: 'NIF: 413782940', reason: 'no NIF starts with 4 other than 45' },
        { text: 'manifest 285014315', reason: 'no NIF label near' },
      ],
    },
  },
];
