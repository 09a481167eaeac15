import type { Rule } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { digitsOf, requireLabelOnLine, realDate, standaloneNumber } from './checks';

/**
 * South Africa identity number: YYMMDD SSSS C A Z. The birth date must exist (1900s or 2000s), C is 0 (citizen),
 * 1 (permanent resident) or 2 (refugee), and Z is a Luhn check digit over all thirteen.
 */
export function zaIdValid(digits: string): boolean {
  if (!/^\d{10}[012]\d{2}$/.test(digits) || !luhnValid(digits)) return false;
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  return realDate(1900 + yy, mm, dd) || realDate(2000 + yy, mm, dd);
}

const ZA_WORDS = ['sa id', 'rsa id', 'south african id', 'id number', 'id no', 'identity number', 'identity no', 'id_number'];

export const southAfricaRules: readonly Rule[] = [
  {
    id: 'za-id-number',
    title: 'South Africa identity number',
    category: 'pii',
    kind: 'ZA_ID_NUMBER',
    severity: 'high',
    confidence: 'medium',
    description: 'The South African ID number identifies a person for life and encodes birth date, sex and citizenship.',
    keywords: ZA_WORDS,
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{6}[ -]?\d{4}[ -]?\d{3}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => zaIdValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(ZA_WORDS, 60),
    ],
    examples: {
      positive: ['SA ID number: 8503145123084', 'name,id_number\nThandi Nkosi,9207150234088', 'RSA ID: 850314 5123 084'],
      negative: [
        { text: 'SA ID number: 8503145123085', reason: 'fails the Luhn check' },
        { text: 'SA ID number: 8502305123082', reason: 'February has no 30th' },
        { text: 'SA ID number: 8503145123589', reason: 'citizenship digit 5 does not exist' },
        { text: 'batch 8503145123084', reason: 'no ID label near' },
      ],
    },
  },
];
