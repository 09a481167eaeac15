import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { consistentSeparators, digitsOf, requireLabelOnLine, standaloneNumber, weightedSum } from './checks';

/**
 * Thailand national ID number: thirteen digits, the first 1-8 (the registration type); check =
 * (11 - Σ (first twelve · 13..2) mod 11) mod 10.
 */
export function thaiIdValid(digits: string): boolean {
  return /^[1-8]\d{12}$/.test(digits) && (11 - (weightedSum(digits, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === Number(digits[12]);
}

const THAI_WORDS = ['thai id', 'thai national id', 'thai citizen id', 'national id', 'citizen id', 'id card number', 'bat prachachon', 'tnin', 'เลขประจำตัวประชาชน', 'บัตรประชาชน', 'รหัสปชช'];

export const thailandRules: readonly Rule[] = [
  {
    id: 'th-national-id',
    title: 'Thailand national ID number',
    category: 'pii',
    kind: 'TH_NATIONAL_ID',
    severity: 'high',
    confidence: 'medium',
    description: 'The Thai national ID number identifies a resident of Thailand for life to the state, banks and hospitals.',
    // 'tnin': the Thai National Identification Number's abbreviation; 'รหัสปชช': "citizen code", as forms shorten it.
    keywords: ['thai id', 'thai national', 'thai citizen', 'national id', 'national_id', 'citizen id', 'citizen_id', 'id card number', 'prachachon', 'tnin', 'เลขประจำตัวประชาชน', 'บัตรประชาชน', 'รหัสปชช'],
    tableColumns: true,
    window: 80,
    // 1-2345-67890-12-3 as printed on the card, or thirteen digits.
    overrides: ['th-national-id-unlabelled'],
    pattern: /(?<![\d])\d[ -]?\d{4}[ -]?\d{5}[ -]?\d{2}[ -]?\d(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => consistentSeparators(ctx.value) && thaiIdValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine([...THAI_WORDS, 'national_id', 'citizen_id'], 60),
    ],
    examples: {
      positive: ['Thai national ID: 3-7104-01562-83-1', 'name,citizen_id\nSomchai P.,3100602819273', 'เลขประจำตัวประชาชน 3-7104-01562-83-1', 'TNIN 3710401562831', 'รหัสปชช: 3710401562831'],
      negative: [
        { text: 'Thai national ID: 3-7104-01562-83-2', reason: 'wrong check digit' },
        { text: 'Thai national ID: 9-7104-01562-83-1', reason: 'no registration type 9' },
        { text: 'Thai national ID: 3-7104 01562-83-1', reason: 'mixed separators are no card layout' },
        { text: 'shipment 3-7104-01562-83-1', reason: 'no national ID label near' },
      ],
    },
  },
];
