import type { Rule } from '../../engine/types';
import { requireLabelOnLine, realDate } from './checks';

const CURP_STATES = new Set(
  'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' '),
);
const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/**
 * Mexico CURP: 4 letters, birth date YYMMDD, sex, state, 3 consonants, a homonym character (a digit for births
 * before 2000, a letter after) and a check digit: 10 - (Σ value(cᵢ)·(18 - i) mod 10), 10 is 0.
 */
export function curpValid(value: string): boolean {
  if (!/^[A-Z]{4}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z\d]\d$/.test(value)) return false;
  if (!CURP_STATES.has(value.slice(11, 13))) return false;
  const century = /\d/.test(value[16]) ? 1900 : 2000;
  if (!realDate(century + Number(value.slice(4, 6)), Number(value.slice(6, 8)), Number(value.slice(8, 10)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(value[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(value[17]);
}

export const mexicoRules: readonly Rule[] = [
  {
    id: 'mx-curp',
    title: 'Mexico population registry code (CURP)',
    category: 'pii',
    kind: 'MX_CURP',
    severity: 'high',
    confidence: 'medium',
    description: 'The CURP identifies a Mexican resident for life and encodes the name, birth date, sex and birth state.',
    keywords: ['curp'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z\d])[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d(?![A-Za-z\d])/,
    validators: [
      (ctx) => curpValid(ctx.value),
      requireLabelOnLine(['curp', 'clave única de registro de población', 'clave unica de registro de poblacion'], 60),
    ],
    examples: {
      positive: ['CURP: GOML850314HDFRPS06', 'curp RASA020704MJCMNNA1'],
      negative: [
        { text: 'CURP: GOML850314HDFRPS07', reason: 'wrong check digit' },
        { text: 'CURP: GOML851314HDFRPS06', reason: 'month 13 is no month' },
        { text: 'id GOML850314HDFRPS06', reason: 'no CURP label near' },
      ],
    },
  },
];
