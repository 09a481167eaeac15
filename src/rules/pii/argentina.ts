import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, digitsOf, requireLabelOnLine, standaloneNumber, weightedSum } from './checks';

/**
 * Argentina CUIT/CUIL: a two-digit type (20, 23, 24, 27 persons; 30, 33, 34 companies; 50, 51, 55 foreign),
 * the eight-digit DNI or company number and a check digit = 11 - (Σ · 5,4,3,2,7,6,5,4,3,2 mod 11); 11 is 0
 * and 10 never occurs (AFIP then changes the type to 23, 24 or 33).
 */
export function cuitValid(digits: string): boolean {
  if (!/^(?:2[0347]|3[034]|5[015])\d{9}$/.test(digits)) return false;
  const check = (11 - (weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return check !== 10 && check === Number(digits[10]);
}

export const argentinaRules: readonly Rule[] = [
  {
    id: 'ar-cuit',
    title: 'Argentina tax identification number (CUIT/CUIL)',
    category: 'pii',
    kind: 'AR_CUIT',
    severity: 'high',
    confidence: 'medium',
    description: 'The CUIT/CUIL identifies an Argentine taxpayer or worker and contains the DNI of a person.',
    keywords: ['cuit', 'cuil', 'c.u.i.t', 'c.u.i.l', ...columnKeywords('cuit'), ...columnKeywords('cuil')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{2}-?\d{8}-?\d(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => cuitValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)) && (ctx.value.match(/-/g)?.length ?? 0) !== 1,
      requireLabelOnLine(['cuit', 'cuil', 'c.u.i.t', 'c.u.i.l'], 60),
    ],
    examples: {
      positive: ['CUIT: 20-31478259-4', 'CUIL 27205739144', 'razon_social;cuit\nAcme SA;30-71582040-0'],
      negative: [
        { text: 'CUIT: 20-31478259-5', reason: 'wrong check digit' },
        { text: 'CUIT: 21-31478259-4', reason: '21 is no CUIT type' },
        { text: 'CUIT: 30-71582046-0', reason: 'this body has check value 10, which AFIP never assigns' },
        { text: 'the circuit 20-31478259-4', reason: '"circuit" is no CUIT label' },
      ],
    },
  },
];
