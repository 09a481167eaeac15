import type { Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, digitsOf, requireLabelOnLine, realDate, standaloneNumber, weightedSum } from './checks';

/** The century of a Korean RRN's seventh digit (1, 2: born in the 1900s; 3, 4: in the 2000s). */
function rrnYear(digits: string): number {
  return (digits[6] <= '2' ? 1900 : 2000) + Number(digits.slice(0, 2));
}

/** South Korea RRN check digit: (11 - Σ (first twelve · 2..9,2..5) mod 11) mod 10. */
export function rrnChecksumValid(digits: string): boolean {
  return /^\d{13}$/.test(digits) && (11 - (weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(digits[12]);
}

/**
 * South Korea resident registration number: YYMMDD-SXXXXXX, S giving sex and century (1-4 for citizens).
 * Numbers issued before October 2020 end in a check digit; later ones end in random digits, so a number of
 * someone born since then that fails the check is kept at low confidence.
 */
export function rrnVerdict(value: string): ValidatorResult {
  const digits = digitsOf(value);
  if (!/^\d{6}[1-4]\d{6}$/.test(digits) || isRepetitive(digits)) return false;
  const year = rrnYear(digits);
  if (!realDate(year, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))) return false;
  if (rrnChecksumValid(digits)) return true;
  return year * 100 + Number(digits.slice(2, 4)) >= 202010 ? { confidence: 'low', note: 'issued after October 2020: no check digit' } : false;
}

export const koreaRules: readonly Rule[] = [
  {
    id: 'kr-rrn',
    title: 'South Korea resident registration number (RRN)',
    category: 'pii',
    kind: 'KR_RRN',
    severity: 'high',
    confidence: 'medium',
    description: 'The resident registration number identifies a Korean citizen for life and encodes birth date and sex.',
    keywords: ['rrn', 'resident registration', 'jumin', '주민등록번호', '주민번호', ...columnKeywords('rrn')],
    tableColumns: true,
    window: 80,
    overrides: ['kr-rrn-unlabelled'],
    pattern: /(?<![\d])\d{6}-?[1-4]\d{6}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => rrnVerdict(ctx.value),
      requireLabelOnLine(['rrn', 'resident registration number', 'resident registration no', 'jumin', 'jumin deungnok beonho', '주민등록번호', '주민번호'], 60),
    ],
    examples: {
      positive: ['Resident registration number: 850314-1574828', 'name,rrn\nKim Minji,9207152048311', 'RRN 210815-3849201', '주민등록번호: 850314-1574828', '이름,주민등록번호\n김민지,9207152048311'],
      negative: [
        { text: 'Resident registration number: 850314-1574829', reason: 'wrong check digit, issued before 2020' },
        { text: 'RRN: 851314-1574828', reason: 'month 13 is no month' },
        { text: 'RRN: 850314-5574828', reason: 'S = 5 marks a foreign registration number, not an RRN' },
        { text: 'order 850314-1574828', reason: 'no RRN label near' },
      ],
    },
  },
];
