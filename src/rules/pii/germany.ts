import type { Rule } from '../../engine/types';
import { columnKeywords, digitsOf, nearWords, standaloneNumber, steuerIdValid } from './checks';

export const germanyRules: readonly Rule[] = [
  {
    id: 'de-tax-id',
    title: 'Germany tax ID (Steuer-ID)',
    category: 'pii',
    kind: 'DE_TAX_ID',
    severity: 'high',
    confidence: 'medium',
    description: 'The Steuerliche Identifikationsnummer identifies a person for life to the German tax authorities.',
    // 'tin' alone would wake on every "setting" and "testing": only its label forms.
    keywords: ['steuer', 'idnr', 'identifikationsnummer', 'tax', 'tin:', 'tin=', 'tin#', 'tin "', 'tin"', "tin'", 'tin no', 'tin nr', ...columnKeywords('tin')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])[1-9]\d(?: ?\d{3}){3}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => (!ctx.value.includes(' ') || /^\d{2} \d{3} \d{3} \d{3}$/.test(ctx.value)) && steuerIdValid(digitsOf(ctx.value)),
      nearWords(['steuer-id', 'steuerid', 'steuer id', 'steuer-identifikationsnummer', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'tax id', 'tax identification', 'tin', 'steuernummer'], 60),
    ],
    examples: {
      positive: ['Steuer-ID: 25 417 106 983', 'steuerliche Identifikationsnummer 68904791353'],
      negative: [
        { text: 'Steuer-ID: 25 417 106 984', reason: 'wrong check digit' },
        { text: 'Steuer-ID: 11 234 567 890', reason: 'digit 1 repeated but check digit wrong' },
        { text: 'tax: 12345678903 cents', reason: 'no repeated digit pattern of a Steuer-ID' },
      ],
    },
  },
];
