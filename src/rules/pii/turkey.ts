import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { requireLabelOnLine, standaloneNumber } from './checks';

/**
 * Turkey T.C. Kimlik No: 11 digits, the first not 0; d10 = (7·(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10 and
 * d11 = (d1 + ... + d10) mod 10.
 */
export function tcKimlikValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  if ((((7 * odd - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

export const turkeyRules: readonly Rule[] = [
  {
    id: 'tr-kimlik-no',
    title: 'Turkey national identity number (T.C. Kimlik No)',
    category: 'pii',
    kind: 'TR_KIMLIK_NO',
    severity: 'high',
    confidence: 'medium',
    description: 'The T.C. Kimlik No identifies a Turkish citizen for life to the state, banks, hospitals and employers.',
    keywords: ['kimlik', 'tckn', 't.c. no', 'tc no', 'tcno'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])[1-9]\d{10}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => tcKimlikValid(ctx.value) && !isRepetitive(ctx.value),
      requireLabelOnLine(['kimlik', 'kimlik no', 'tckn', 't.c. no', 't.c. kimlik', 'tc kimlik', 'tc no', 'tcno'], 60),
    ],
    examples: {
      positive: ['T.C. Kimlik No: 38291047510', 'TCKN 50719328476'],
      negative: [
        { text: 'T.C. Kimlik No: 38291047511', reason: 'wrong second check digit' },
        { text: 'TCKN 50719328576', reason: 'wrong first check digit' },
        { text: 'order 38291047510', reason: 'no Kimlik label near' },
      ],
    },
  },
];
