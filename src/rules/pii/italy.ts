import { CODICE_FISCALE } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { columnKeywords, standaloneNumber, labelledOnLine } from './checks';

const CF_ODD: Record<string, number> = {};
{
  const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  for (let i = 0; i < 26; i++) {
    CF_ODD[String.fromCharCode(65 + i)] = oddValues[i];
    if (i < 10) CF_ODD[String(i)] = oddValues[i];
  }
}

/** Italy codice fiscale: 15 characters + check letter (odd/even position tables, mod 26). */
function codiceFiscaleValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = v[i];
    if (i % 2 === 0) sum += CF_ODD[ch];
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

/**
 * Italy partita IVA (VAT number): eleven digits, seven for the company, three for the provincial office
 * (001-100, or 120, 121, 888, 999) and a Luhn check digit.
 */
export function partitaIvaValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const office = Number(digits.slice(7, 10));
  return (office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office) ? luhnValid(digits) : false;
}

const IVA_WORDS = ['partita iva', 'p.iva', 'p. iva', 'p iva', 'piva', 'p.i.', 'partita_iva', 'partitaiva'];
/** 'vat' alone labels VAT numbers of every country: it counts only before an IT-prefixed number. */
const VAT_WORDS = ['vat', 'vat number', 'vat no', 'vat id', 'vat_number', 'vat_id'];

function partitaIvaVerdict(ctx: MatchContext): ValidatorResult {
  const prefixed = /^IT/.test(ctx.value);
  const digits = ctx.value.replace(/^IT ?/, '');
  if (!standaloneNumber(ctx) || !partitaIvaValid(digits) || isRepetitive(digits)) return false;
  if (labelledOnLine(ctx, IVA_WORDS)) return true;
  if (!labelledOnLine(ctx, VAT_WORDS)) return false;
  // A bare VAT label may name any country's number: without the IT prefix, one that passes Italy's office code
  // and check digit is kept at low confidence.
  return prefixed ? true : { confidence: 'low', note: 'a VAT label without the IT prefix' };
}


export const italyRules: readonly Rule[] = [
  {
    id: 'it-codice-fiscale',
    title: 'Italy tax code (codice fiscale)',
    category: 'pii',
    kind: 'IT_CODICE_FISCALE',
    severity: 'high',
    description: 'The codice fiscale encodes name, birth date and birthplace and identifies an Italian resident.',
    keywords: [],
    anchor: CODICE_FISCALE,
    pattern: /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/,
    validators: [(ctx) => codiceFiscaleValid(ctx.value)],
    examples: {
      positive: ['Codice fiscale: BNCGPP72H45F205O', 'cf=VRDLCU80A01L219Y'],
      negative: [
        { text: 'Codice fiscale: BNCGPP72H45F205P', reason: 'wrong check character' },
        { text: 'Codice fiscale: BNCGPP72Z45F205O', reason: 'Z is not a month letter' },
      ],
    },
  },
  {
    id: 'it-partita-iva',
    title: 'Italy VAT number (partita IVA)',
    category: 'pii',
    kind: 'IT_PARTITA_IVA',
    severity: 'medium',
    confidence: 'medium',
    description: 'The partita IVA identifies an Italian business; for a freelancer or sole trader it points at a person.',
    // 'iva' and 'vat' alone would wake inside every "private": only their label forms.
    keywords: ['partita iva', 'partita_iva', 'partitaiva', 'p.iva', 'p. iva', 'p iva', 'p.i.', 'vat ', 'vat:', 'vat_', 'vat"', "vat'", 'vat=', 'vat#', 'vat-', ...columnKeywords('piva'), ...columnKeywords('vat')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z0-9])(?:IT ?)?\d{11}(?!\d)/,
    validators: [partitaIvaVerdict],
    examples: {
      positive: ['Partita IVA: 04918270358', 'P.IVA IT06291830450', 'VAT number: IT06291830450', 'ragione_sociale;partita_iva\nRossi Srl;04918270309'],
      negative: [
        { text: 'Partita IVA: 04918270359', reason: 'fails the Luhn check' },
        { text: 'Partita IVA: 04918272008', reason: 'office code 200 does not exist' },
        { text: 'ordine 04918270358', reason: 'no partita IVA label near' },
      ],
      lowConfidence: ['VAT: 04918270358'],
    },
  },
];
