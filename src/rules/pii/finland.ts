import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { requireLabelOnLine, realDate, standaloneNumber } from './checks';

const HETU_CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/**
 * Finland henkilötunnus: DDMMYY C ZZZ Q. C gives the century, ZZZ is 002-899 (900-999: temporary),
 * Q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ mod 31].
 */
export function hetuValid(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value);
  if (!m) return false;
  const [, dd, mm, yy, sign, zzz, check] = m;
  if (Number(zzz) < 2) return false;
  if ('0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dd + mm + yy + zzz) % 31] !== check) return false;
  return realDate(HETU_CENTURY[sign] + Number(yy), Number(mm), Number(dd));
}

export const finlandRules: readonly Rule[] = [
  {
    id: 'fi-hetu',
    title: 'Finland personal identity code (henkilötunnus)',
    category: 'pii',
    kind: 'FI_HETU',
    severity: 'high',
    confidence: 'medium',
    description: 'The henkilötunnus identifies a Finnish resident for life and encodes the birth date and sex.',
    keywords: ['hetu', 'henkil', 'personal identity code', 'personbeteckning'],
    tableColumns: true,
    window: 80,
    overrides: ['fi-hetu-unlabelled'],
    pattern: /(?<![\dA-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\dA-Za-z])/,
    validators: [
      standaloneNumber,
      (ctx) => hetuValid(ctx.value) && !isRepetitive(ctx.value),
      requireLabelOnLine(['hetu', 'henkilötunnus', 'henkilötunnukset', 'henkilotunnus', 'personal identity code', 'personbeteckning'], 60),
    ],
    examples: {
      positive: ['HETU: 131052-308T', 'Henkilötunnus 020304A527R'],
      negative: [
        { text: 'HETU: 131052-308U', reason: 'wrong check character' },
        { text: 'HETU: 310252-308Y', reason: 'there is no 31 February' },
        { text: 'ref 131052-308T', reason: 'no henkilötunnus label near' },
      ],
    },
  },
];
