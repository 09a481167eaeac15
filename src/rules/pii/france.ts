import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { standaloneNumber, wordOnSameLine } from './checks';

/** France NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (n mod 97); Corsica 2A/2B. */
function nirValid(value: string): boolean {
  const v = value.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[1-478]\d{2}(?:0[1-9]|1[0-2]|[2-4]\d|[5-9]\d)(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(v)) return false;
  let body = v.slice(0, 13);
  if (body.slice(5, 7) === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (body.slice(5, 7) === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  const n = BigInt(body);
  const key = 97n - (n % 97n);
  return key === BigInt(v.slice(13));
}

/** The NIR as printed on a carte Vitale: sex, year, month, department, commune, order, key. */
const CARD_GROUPING = /^\d \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}$/;

function nirVerdict(ctx: MatchContext): ValidatorResult {
  if (standaloneNumber(ctx) === false || !nirValid(ctx.value)) return false;
  const labelled = wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, ['nir', 'sécurité sociale', 'securite sociale', 'sécu', 'secu', 'insee', 'social security', 'numéro de ss', 'n° ss', 'carte vitale', 'vitale'], 80, ctx.memo);
  if (labelled) return true;
  // Fifteen bare digits in code are ids and big constants far more often than NIRs; unlabelled, only the
  // grouping printed on a carte Vitale (1 23 45 67 890 123 45) counts, not any numbers that spaces part.
  return CARD_GROUPING.test(ctx.value) ? { confidence: 'medium' } : false;
}

export const franceRules: readonly Rule[] = [
  {
    id: 'fr-nir',
    title: 'France social security number (NIR)',
    category: 'pii',
    kind: 'FR_NIR',
    severity: 'high',
    description: 'The NIR (numéro de sécurité sociale) encodes sex, birth date and place, and identifies a person for health insurance.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /[1-478](?<!\d[1-478]) ?\d{2} ?[0-9]{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\dA-Za-z])/,
    validators: [nirVerdict],
    examples: {
      positive: ['Numéro de sécurité sociale : 2 69 05 49 588 157 80', 'NIR=184077512345657', 'n° sécu 1 78 06 2A 004 012 41', 'Dupont;Marie;2 69 05 49 588 157 80'],
      negative: [
        { text: 'NIR : 2 69 05 49 588 157 81', reason: 'wrong key' },
        { text: 'NIR : 2 69 13 49 588 157 80', reason: 'month 13 does not exist (and the key no longer matches)' },
        { text: 'id: 184077512345657', reason: 'fifteen bare digits without a label' },
        { text: 'ids 18407751 2345657 42', reason: 'unlabelled, and not grouped as the NIR is printed' },
      ],
    },
  },
];
