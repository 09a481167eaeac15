import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { nirValid, standaloneNumber, wordNear } from './checks';

/** The NIR as printed on a carte Vitale: sex, year, month, department, commune, order, key. */
const CARD_GROUPING = /^\d \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}$/;

function nirVerdict(ctx: MatchContext): ValidatorResult {
  if (standaloneNumber(ctx) === false || !nirValid(ctx.value)) return false;
  const labelled = wordNear(ctx.text, ctx.start, ctx.start + ctx.value.length, ['nir', 'sécurité sociale', 'securite sociale', 'sécu', 'secu', 'insee', 'social security', 'numéro de ss', 'n° ss', 'carte vitale', 'vitale'], 80, ctx.memo);
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
