import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, consistentSeparators, digitsOf, requireLabelOnLine, standaloneNumber, weightedSum } from './checks';

/** Australia tax file number: nine digits whose sum weighted 1,4,3,7,5,8,6,9,10 is divisible by 11. */
export function tfnValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/**
 * Australia Medicare card number: ten digits, the first 2-6; the ninth is Σ (first eight · 1,3,7,9,1,3,7,9)
 * mod 10 and the tenth the card's issue number (1-9).
 */
export function medicareValid(digits: string): boolean {
  return /^[2-6]\d{7}\d[1-9]$/.test(digits) && weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(digits[8]);
}

/**
 * Australian business number: eleven digits; with 1 subtracted from the first, the sum weighted
 * 10,1,3,5,...,19 is divisible by 89.
 */
export function abnValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const shifted = String(Number(digits[0]) - 1) + digits.slice(1);
  return weightedSum(shifted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** Australian company number: nine digits, the last (10 - Σ first eight · 8..1 mod 10) mod 10. */
export function acnValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && (10 - (weightedSum(digits, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10 === Number(digits[8]);
}

/** A checksummed Australian number: standalone, consistently separated, valid and not a run like 123456782. */
function validNumber(valid: (digits: string) => boolean) {
  return (ctx: { value: string }) => consistentSeparators(ctx.value) && valid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value));
}

const TFN_WORDS = ['tfn', 'tax file number', 'tax file no', 'tax file #'];
const ABN_WORDS = ['abn', 'australian business number'];
const ACN_WORDS = ['acn', 'australian company number'];

export const australiaRules: readonly Rule[] = [
  {
    id: 'au-tfn',
    title: 'Australia tax file number (TFN)',
    category: 'pii',
    kind: 'AU_TFN',
    severity: 'high',
    confidence: 'medium',
    description: 'The TFN identifies an Australian taxpayer for life; the ATO treats its misuse as identity fraud.',
    keywords: ['tfn', 'tax file', ...columnKeywords('tfn')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)/,
    validators: [standaloneNumber, validNumber(tfnValid), requireLabelOnLine(TFN_WORDS, 60)],
    examples: {
      positive: ['Tax file number: 459 872 911', 'employee_id,name,tfn\n1042,Jane Citizen,713 046 583', '{"tfn": "381540265"}'],
      negative: [
        { text: 'Tax file number: 459 872 914', reason: 'fails the weighted mod 11 check' },
        { text: 'TFN: 459 872-911', reason: 'mixed separators are no TFN layout' },
        { text: 'order 459 872 911 shipped', reason: 'no TFN label near' },
      ],
    },
  },
  {
    id: 'au-medicare-number',
    title: 'Australia Medicare card number',
    category: 'pii',
    kind: 'AU_MEDICARE',
    severity: 'high',
    confidence: 'medium',
    description: 'The Medicare number identifies an Australian patient and family to doctors, pharmacies and Services Australia.',
    keywords: ['medicare'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])[2-6]\d{3}[ -]?\d{5}[ -]?\d(?!\d)/,
    validators: [standaloneNumber, validNumber(medicareValid), requireLabelOnLine(['medicare', 'medicare no', 'medicare number', 'medicare card'], 60)],
    // Under its label, this rule judges the number (src/rules/pii/health-numbers.ts reads it without one).
    overrides: ['au-medicare-number-unlabelled'],
    examples: {
      positive: ['Medicare number: 2953 71649 1', 'patient,medicare_no,dob\nJ. Citizen,4127803941,1984-03-14'],
      negative: [
        { text: 'Medicare number: 2953 71648 1', reason: 'wrong check digit' },
        { text: 'Medicare number: 2953 71649 0', reason: 'issue number 0 is never printed on a card' },
        { text: 'Medicare number: 7953 71649 1', reason: 'no Medicare number starts with 7' },
        { text: 'invoice 2953 71649 1', reason: 'no Medicare label near' },
      ],
    },
  },
  {
    id: 'au-abn',
    title: 'Australian business number (ABN)',
    category: 'pii',
    kind: 'AU_ABN',
    severity: 'medium',
    confidence: 'medium',
    description: 'The ABN identifies an Australian business; for a sole trader it points at a person.',
    keywords: ['abn', 'australian business number', ...columnKeywords('abn')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{2}[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)/,
    validators: [standaloneNumber, validNumber(abnValid), requireLabelOnLine(ABN_WORDS, 60)],
    examples: {
      positive: ['ABN: 98 615 284 905', 'supplier,abn\nAcme Plumbing,67508172963'],
      negative: [
        { text: 'ABN: 98 615 284 906', reason: 'fails the mod 89 check' },
        { text: 'ABN: 97 615 284 905', reason: 'fails the mod 89 check (wrong leading check digits)' },
        { text: 'tracking 98 615 284 905', reason: 'no ABN label near' },
      ],
    },
  },
  {
    id: 'au-acn',
    title: 'Australian company number (ACN)',
    category: 'pii',
    kind: 'AU_ACN',
    severity: 'medium',
    confidence: 'medium',
    description: 'The ACN identifies an Australian company in the ASIC register and ties records to its officers.',
    keywords: ['acn', 'australian company number', ...columnKeywords('acn')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)/,
    validators: [standaloneNumber, validNumber(acnValid), requireLabelOnLine(ACN_WORDS, 60)],
    examples: {
      positive: ['Acme Pty Ltd (ACN 615 284 903)', '"acn": "615284903"'],
      negative: [
        { text: 'ACN 615 284 904', reason: 'wrong check digit' },
        { text: 'ACN 615284 90 3', reason: 'not a 3-3-3 grouping' },
        { text: 'ref 615 284 903', reason: 'no ACN label near' },
      ],
    },
  },
];
