import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, digitsOf, icaoCheckDigit, requireLabelOnLine, standaloneNumber } from './checks';

/** Germany Steuer-ID: 11 digits, first not 0, ISO 7064 MOD 11,10 check digit, digit-repetition rule. */
function steuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[Number(digits[i])]++;
  // In the first ten digits exactly one digit occurs twice or three times; all others at most once.
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  // A digit occurring three times may not stand in three consecutive places.
  if (repeated[0] === 3 && /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === Number(digits[10]);
}

/**
 * German Personalausweis (since November 2010) and Reisepass (since November 2007) number with its check
 * digit, as the machine-readable zone writes it: nine characters, a letter first, from the digits and the
 * consonants that cannot be mistaken for digits (no A, B, D, E, I, O, Q, S, U), then the ICAO 9303 check
 * digit. Older documents, numbered in digits only, have all expired.
 */
export function deIdDocumentNumberValid(value: string): boolean {
  return /^[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}\d$/.test(value) && /\d/.test(value.slice(1, 9)) && icaoCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

const DE_ID_WORDS = [
  'personalausweis', 'personalausweisnummer', 'ausweis', 'ausweisnummer', 'ausweis-nr', 'ausweis nr', 'reisepass', 'reisepassnummer',
  'passnummer', 'pass-nr', 'id card number', 'id card no', 'id-card number', 'document number', 'document no', 'dokumentennummer', 'dokumentnummer',
];

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
    wordStartKeywords: ['tax'], // not 'syntax'
    keywords: ['steuer', 'idnr', 'identifikationsnummer', 'tax', 'tin:', 'tin=', 'tin#', 'tin "', 'tin"', "tin'", 'tin no', 'tin nr', ...columnKeywords('tin')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])[1-9]\d(?: ?\d{3}){3}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => (!ctx.value.includes(' ') || /^\d{2} \d{3} \d{3} \d{3}$/.test(ctx.value)) && steuerIdValid(digitsOf(ctx.value)),
      requireLabelOnLine(['steuer-id', 'steuerid', 'steuer id', 'steuer-identifikationsnummer', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'tax id', 'tax identification', 'tin', 'steuernummer'], 60),
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
  {
    id: 'de-id-card-number',
    title: 'Germany identity card or passport number',
    category: 'pii',
    kind: 'DE_ID_DOCUMENT',
    severity: 'high',
    confidence: 'medium',
    description: "The number of a Personalausweis or Reisepass identifies the document that proves its holder's identity, and is asked for to open accounts in their name.",
    keywords: ['ausweis', 'reisepass', 'passnummer', 'pass-nr', 'id card', 'id-card', 'document number', 'document no', 'document_n', 'dokumentennummer', 'dokumentnummer'],
    tableColumns: true,
    window: 80,
    overrides: ['passport-number', 'identity-card-number'],
    pattern: /(?<![A-Za-z0-9])[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}\d(?![A-Za-z0-9])/,
    validators: [(ctx) => deIdDocumentNumberValid(ctx.value) && !isRepetitive(ctx.value), requireLabelOnLine(DE_ID_WORDS, 60)],
    examples: {
      positive: ['Personalausweis-Nr.: LK9T3N47F5', 'Reisepass C7F4R2M810, gültig bis 2031', 'Name;Geburtsdatum;Ausweisnummer\nJonas Weber;1988-06-14;T2W9RH5638', 'ID card number: M4C8XN71P3'],
      negative: [
        { text: 'Ausweisnummer: LK9T3N47F4', reason: 'wrong check digit' },
        { text: 'Ausweisnummer: LA9T3N47F5', reason: 'A is a vowel: never in a document number' },
        { text: 'Document number: INV2024003', reason: 'an invoice number: I and V are no document-number letters' },
        { text: 'Ausweisnummer: 4K9T3N47F5', reason: 'numbers in use start with a letter' },
        { text: 'Seriennummer LK9T3N47F5', reason: 'no ID card or passport label near' },
      ],
    },
  },
];
