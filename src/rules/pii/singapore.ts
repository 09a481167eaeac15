import type { Rule } from '../../engine/types';
import { columnKeywords, nearWords, standaloneNumber } from './checks';

const NRIC_LETTERS: Readonly<Record<string, string>> = { S: 'JZIHGFEDCBA', T: 'JZIHGFEDCBA', F: 'XWUTRQPNMLK', G: 'XWUTRQPNMLK' };
const NRIC_OFFSET: Readonly<Record<string, number>> = { S: 0, T: 4, F: 0, G: 4 };

/** Singapore NRIC/FIN: a prefix letter, 7 digits weighted 2,7,6,5,4,3,2 (plus an offset per prefix), a check letter. */
export function nricValid(value: string): boolean {
  if (!/^[STFG]\d{7}[A-Z]$/.test(value)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = NRIC_OFFSET[value[0]];
  for (let i = 0; i < 7; i++) sum += Number(value[i + 1]) * weights[i];
  return NRIC_LETTERS[value[0]][sum % 11] === value[8];
}

export const singaporeRules: readonly Rule[] = [
  {
    id: 'sg-nric',
    title: 'Singapore identity card number (NRIC/FIN)',
    category: 'pii',
    kind: 'SG_NRIC',
    severity: 'high',
    confidence: 'medium',
    description: 'The NRIC or FIN identifies a Singapore resident or pass holder to the state, banks and employers.',
    // 'fin' alone would wake inside every "find" and "final": only its label forms.
    keywords: ['nric', 'fin:', 'fin=', 'fin#', 'fin "', 'fin"', "fin'", 'fin no', 'fin number', ...columnKeywords('fin')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z\d])[STFG]\d{7}[A-Z](?![A-Za-z\d])/,
    validators: [
      standaloneNumber,
      (ctx) => nricValid(ctx.value),
      nearWords(['nric', 'nric no', 'fin', 'fin no', 'fin number'], 60),
    ],
    examples: {
      positive: ['NRIC: S1234567D', 'FIN no. G4589127K', 'NRIC T0312345B'],
      negative: [
        { text: 'NRIC: S1234567E', reason: 'wrong check letter' },
        { text: 'FIN: A1234567D', reason: 'no NRIC or FIN starts with A' },
        { text: 'part S1234567D', reason: 'no NRIC or FIN label near' },
      ],
    },
  },
];
