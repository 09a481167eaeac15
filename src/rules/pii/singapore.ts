import type { Rule } from '../../engine/types';
import { columnKeywords, requireLabelOnLine, standaloneNumber } from './checks';

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

/**
 * Singapore Unique Entity Number, in its three layouts: businesses registered with ACRA, eight digits and a
 * letter; local companies, the year of registration, five digits and a letter; other entities, T, S or R
 * (for 20xx, 19xx, 18xx), the year's last two digits, a two-letter entity type, four digits and a letter.
 * Only the layout is checked: the check letter's algorithm is not published by ACRA or uen.gov.sg, and we
 * could not confirm it from two independent sources. The label is what tells a UEN from other codes.
 */
export function uenLayoutValid(value: string): boolean {
  return /^(?:\d{8}|(?:18|19|20)\d{7}|[RST]\d\d[A-Z]{2}\d{4})[A-Z]$/.test(value);
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
    overrides: ['sg-nric-unlabelled'],
    pattern: /(?<![A-Za-z\d])[STFG]\d{7}[A-Z](?![A-Za-z\d])/,
    validators: [
      standaloneNumber,
      (ctx) => nricValid(ctx.value),
      requireLabelOnLine(['nric', 'nric no', 'fin', 'fin no', 'fin number'], 60),
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
  {
    id: 'sg-uen',
    title: 'Singapore Unique Entity Number (UEN)',
    category: 'pii',
    kind: 'SG_UEN',
    severity: 'medium',
    confidence: 'medium',
    description: "The UEN identifies a Singapore business or organisation to every government agency; for a sole proprietor it points at a person.",
    // 'uen' alone would wake inside every "frequent" and "sequence": only its label forms.
    keywords: ['unique entity', 'uen:', 'uen ', 'uen=', 'uen"', "uen'", 'uen#', 'uen_', 'uen-', 'uen.', ...columnKeywords('uen')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z0-9])(?:\d{8,9}|[RST]\d\d[A-Z]{2}\d{4})[A-Z](?![A-Za-z0-9])/,
    validators: [
      (ctx) => uenLayoutValid(ctx.value),
      requireLabelOnLine(['uen', 'unique entity number'], 60),
    ],
    // Eight digits and a letter is also the layout of a Spanish DNI, whose letter fits one time in 23: next to a UEN label it is a UEN.
    overrides: ['es-dni'],
    examples: {
      positive: ['UEN: 53284719K', 'Registered company, UEN 201937452M', 'entity_name,uen\nKampong Tech Society,T15LL0832H', 'Unique Entity Number: S98CC1047D'],
      negative: [
        { text: 'UEN: 172312345A', reason: 'a local company number starts with a year of the 1800s to 2000s' },
        { text: 'UEN: A15LL0832H', reason: 'the other-entity layout starts with T, S or R' },
        { text: 'UEN: T15L10832H', reason: 'the entity type is two letters' },
        { text: 'UEN: 53284719', reason: 'eight digits without the check letter' },
        { text: 'order 53284719K shipped', reason: 'no UEN label near' },
      ],
    },
  },
];
