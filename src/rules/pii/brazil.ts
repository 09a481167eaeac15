import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { digitsOf, standaloneNumber, labelledOnLine } from './checks';

/** Brazil CPF: 11 digits with two mod-11 check digits; all-same-digit values are invalid. */
function cpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(digits[i]) * (len + 1 - i);
    const check = ((sum * 10) % 11) % 10;
    if (check !== Number(digits[len])) return false;
  }
  return true;
}

/** Brazil CNPJ: 12 characters (digits, or upper-case letters in the 2026 alphanumeric form) + 2 check digits. */
function cnpjValid(value: string): boolean {
  const v = value.replace(/[./\s-]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{12}\d{2}$/.test(v) || /^(\d)\1{13}$/.test(v)) return false;
  const weights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  for (const len of [12, 13]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (v.charCodeAt(i) - 48) * weights[weights.length - len + i];
    const r = sum % 11;
    const check = r < 2 ? 0 : 11 - r;
    if (check !== Number(v[len])) return false;
  }
  return true;
}

/** Formatted values (000.000.000-00) are recognisable on their own; bare digits need the label. */
function brazilVerdict(valid: (v: string) => boolean, words: readonly string[]) {
  return (ctx: MatchContext): ValidatorResult => {
    if (standaloneNumber(ctx) === false || !valid(ctx.value)) return false;
    if (/[./-]/.test(ctx.value)) return true;
    return labelledOnLine(ctx, words);
  };
}

export const brazilRules: readonly Rule[] = [
  {
    id: 'br-cpf',
    title: 'Brazil individual taxpayer number (CPF)',
    category: 'pii',
    kind: 'BR_CPF',
    severity: 'high',
    description: 'The CPF identifies a Brazilian taxpayer and is asked for in banking, shopping and health care.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /\d(?<!\d\d)\d{2}(?:\.\d{3}\.\d{3}-|\d{6})\d{2}(?![\d])/,
    validators: [brazilVerdict((v) => cpfValid(digitsOf(v)), ['cpf', 'cadastro de pessoas'])],
    examples: {
      positive: ['CPF: 716.028.913-70', 'cpf=52998224725'],
      negative: [
        { text: 'CPF: 716.028.913-71', reason: 'wrong check digits' },
        { text: 'CPF: 111.111.111-11', reason: 'all digits equal: invalid by definition' },
        { text: 'ts = 52998224725', reason: 'eleven bare digits without a CPF label' },
      ],
    },
  },
  {
    id: 'br-cnpj',
    title: 'Brazil company taxpayer number (CNPJ)',
    category: 'pii',
    kind: 'BR_CNPJ',
    severity: 'medium',
    description: 'The CNPJ identifies a Brazilian company or sole trader (whose CNPJ points at a person).',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2}(?![\d])|\d(?<!\d\d)\d{13}(?!\d)/,
    validators: [brazilVerdict(cnpjValid, ['cnpj'])],
    examples: {
      positive: ['CNPJ: 45.723.174/0001-10', 'cnpj 45723174000110', 'CNPJ 12.ABC.345/01DE-35'],
      negative: [
        { text: 'CNPJ: 45.723.174/0001-11', reason: 'wrong check digits' },
        { text: 'id: 45723174000110', reason: 'fourteen bare digits without a CNPJ label' },
      ],
    },
  },
];
