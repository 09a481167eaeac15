import type { Rule } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { digitsOf, requireLabelOnLine, standaloneNumber } from './checks';

/** Israel identity number (Teudat Zehut): eight or nine digits, padded to nine with zeros; the ninth is a Luhn check digit. */
export function teudatZehutValid(digits: string): boolean {
  return /^\d{8,9}$/.test(digits) && Number(digits) > 0 && luhnValid(digits.padStart(9, '0'));
}

const ZEHUT_WORDS = ['teudat zehut', 'teudat zeut', 'mispar zehut', 'zehut', 'israeli id', 'israel id', 'israeli identity', 'תעודת זהות', 'מספר זהות', 'ת.ז'];

export const israelRules: readonly Rule[] = [
  {
    id: 'il-teudat-zehut',
    title: 'Israel identity number (Teudat Zehut)',
    category: 'pii',
    kind: 'IL_TEUDAT_ZEHUT',
    severity: 'high',
    confidence: 'medium',
    description: 'The Teudat Zehut number identifies an Israeli resident for life to the state, banks and health funds.',
    keywords: ['zehut', 'zeut', 'israeli id', 'israel id', 'israeli identity', 'תעודת זהות', 'מספר זהות', 'ת.ז'],
    tableColumns: true,
    window: 80,
    // Nine digits (eight without the leading zero), or the 0-0000000-0 layout of the card.
    pattern: /(?<![\d])(?:\d{8,9}|\d-\d{7}-\d)(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => teudatZehutValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)),
      requireLabelOnLine(ZEHUT_WORDS, 60),
    ],
    examples: {
      positive: ['Teudat Zehut: 031478258', 'name,teudat_zehut\nNoa Levi,205739147', 'Israeli ID 0-3147825-8', 'תעודת זהות: 031478258', 'ת.ז 205739147'],
      negative: [
        { text: 'Teudat Zehut: 031478259', reason: 'wrong check digit' },
        { text: 'Teudat Zehut: 000000000', reason: 'all zeros is no number' },
        { text: 'ticket 031478258', reason: 'no Teudat Zehut label near' },
      ],
    },
  },
];
