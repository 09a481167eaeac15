import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { consistentSeparators, digitsOf, requireLabelOnLine, standaloneNumber, weightedSum } from './checks';

/**
 * Japan individual number (My Number): twelve digits. With the eleven before the check digit weighted
 * 6,5,4,3,2,7,6,5,4,3,2 (left to right), r = sum mod 11 and check = r ≤ 1 ? 0 : 11 - r.
 */
export function myNumberValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const r = weightedSum(digits, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  return (r <= 1 ? 0 : 11 - r) === Number(digits[11]);
}

const MY_NUMBER_WORDS = ['my number', 'mynumber', 'my_number', 'individual number', 'kojin bango', 'kojin bangou', 'マイナンバー', '個人番号'];

export const japanRules: readonly Rule[] = [
  {
    id: 'jp-my-number',
    title: 'Japan individual number (My Number)',
    category: 'pii',
    kind: 'JP_MY_NUMBER',
    severity: 'high',
    confidence: 'medium',
    description: 'The My Number identifies a Japanese resident for tax, social security and disaster relief; the law restricts who may collect it.',
    keywords: MY_NUMBER_WORDS,
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => consistentSeparators(ctx.value) && myNumberValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(MY_NUMBER_WORDS, 60),
    ],
    examples: {
      positive: ['My Number: 3147 8259 2054', 'employee,my_number\nSato Yui,620573914854', 'Individual number 3147-8259-2054', 'マイナンバー：3147 8259 2054', '個人番号 3147-8259-2054'],
      negative: [
        { text: 'My Number: 3147 8259 2055', reason: 'wrong check digit' },
        { text: 'My Number: 3147 8259-2054', reason: 'mixed separators are no My Number layout' },
        { text: 'serial 3147 8259 2054', reason: 'no My Number label near' },
      ],
    },
  },
];
