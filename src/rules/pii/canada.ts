import type { Rule } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { columnKeywords, consistentSeparators, digitsOf, requireLabelOnLine, standaloneNumber } from './checks';

export const canadaRules: readonly Rule[] = [
  {
    id: 'ca-social-insurance-number',
    title: 'Canada Social Insurance Number',
    category: 'pii',
    kind: 'CA_SIN',
    severity: 'high',
    confidence: 'medium',
    description: 'A SIN identifies a person to the Canadian government and employers; its leak enables identity theft.',
    // 'sin' and 'nas' alone would wake on "using", "since", "dynasty": only their label forms.
    keywords: ['social insurance', 'assurance sociale', 'sin:', 'sin=', 'sin#', 'sin"', "sin'", 'sin no', 'sin number', 'nas:', 'nas=', 'nas#', 'nas no', ...columnKeywords('sin')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])[1-79]\d{2}(?:[ -]?\d{3}){2}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => consistentSeparators(ctx.value) && luhnValid(ctx.value) && !isRepetitive(digitsOf(ctx.value)),
      // 'sin' followed by '(' is the sine function.
      (ctx) => !/\bsin\s*\(/i.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start)),
      requireLabelOnLine(['sin', 'social insurance', 'nas', 'assurance sociale', 'sin number', 'sin no'], 60),
    ],
    examples: {
      positive: ['SIN: 247 235 336', 'Social Insurance Number 565-151-511'],
      negative: [
        { text: 'SIN: 247 235 337', reason: 'fails the Luhn check' },
        { text: 'Math.sin(247235336)', reason: 'the sine function, not a SIN label' },
        { text: 'SIN: 847 235 336', reason: 'no SIN starts with 8' },
      ],
    },
  },
];
