import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { cnpjValid, cpfValid, digitsOf, standaloneNumber, wordOnLine } from './checks';

/** Formatted values (000.000.000-00) are recognisable on their own; bare digits need the label. */
function brazilVerdict(valid: (v: string) => boolean, words: readonly string[]) {
  return (ctx: MatchContext): ValidatorResult => {
    if (standaloneNumber(ctx) === false || !valid(ctx.value)) return false;
    if (/[./-]/.test(ctx.value)) return true;
    return wordOnLine(ctx, words);
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
