import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, consistentSeparators, digitsOf, requireLabelOnLine, standaloneNumber } from './checks';

/** Switzerland AHV/AVS number: 756 and ten digits, the last an EAN-13 check digit (weights 1, 3 alternating). */
export function ahvValid(digits: string): boolean {
  if (!/^756\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

export const switzerlandRules: readonly Rule[] = [
  {
    id: 'ch-ahv',
    title: 'Switzerland social security number (AHV/AVS)',
    category: 'pii',
    kind: 'CH_AHV',
    severity: 'high',
    confidence: 'medium',
    description: 'The AHV/AVS number identifies a Swiss resident for life to social insurance, health insurers and employers.',
    keywords: ['ahv', 'avs', 'sozialversicherungsnummer', 'social security', 'ssn', 'oasi', ...columnKeywords('ahv')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])756(?:\.\d{4}\.\d{4}\.\d{2}|\d{10})(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => consistentSeparators(ctx.value) && ahvValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value).slice(3)),
      requireLabelOnLine(['ahv', 'avs', 'ahv-nr', 'avs-nr', 'ahvn13', 'avsn13', 'ahv-nummer', 'numéro avs', 'sozialversicherungsnummer', 'social security', 'ssn', 'oasi'], 60),
    ],
    // Under its label, this rule judges the number (src/rules/pii/health-numbers.ts reads it without one).
    overrides: ['ch-ahv-unlabelled'],
    examples: {
      positive: ['AHV-Nr: 756.3819.4620.54', 'numéro AVS 7569027134585'],
      negative: [
        { text: 'AHV-Nr: 756.3819.4620.55', reason: 'wrong EAN-13 check digit' },
        { text: 'AHV-Nr: 756.3819-4620.54', reason: 'mixed separators' },
        { text: 'order 756.3819.4620.54', reason: 'no AHV/AVS label near' },
      ],
    },
  },
];
