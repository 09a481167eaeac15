/**
 * National health and social insurance numbers without their label (issue 9: a missing label lowers the
 * confidence, it does not drop the number). Each is read only in the layout printed on its card, which other
 * numbers rarely take, and only when its check digit holds: a UK NHS number "943 476 5919" (mod 11), an
 * Australian Medicare number "2953 71649 1", a Swiss AHV number "756.3819.4620.54" (EAN-13), a US Medicare
 * Beneficiary Identifier "4TW7-HK2-RN58" (its letters and digits by position). Under its own label each is
 * reported by its country's rule at full confidence; here, at low confidence, or medium beside a word of
 * health care (patient, GP, clinic, referral...).
 */
import { HEALTH_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { medicareValid } from './australia';
import { digitsOf, labelledOnLine, standaloneNumber } from './checks';
import { PHONE_WORDS } from './phone';
import { ahvValid } from './switzerland';
import { nhsValid } from './uk';
import { MBI_ANY } from './us-mbi';

/** Words of health care that make a bare card number more likely to be a patient's. */
const HEALTH_WORDS = ['patient', 'patients', 'gp', 'clinic', 'hospital', 'referral', 'health', 'medical', 'nhs', 'medicare', 'discharge', 'ward', 'appointment', 'insurance', 'insured', 'card'];

/** Low confidence without a word of health care on the line; medium with one. */
function confidenceFromContext(ctx: MatchContext): ValidatorResult {
  return labelledOnLine(ctx, HEALTH_WORDS, 80) ? { confidence: 'medium' } : { confidence: 'low', note: 'no label' };
}

/** A checksummed number that stands alone, is not a run like 123 456 7890, and is not a phone number. */
function unlabelledNumber(valid: (digits: string) => boolean) {
  return (ctx: MatchContext): ValidatorResult => {
    const digits = digitsOf(ctx.value);
    if (standaloneNumber(ctx) === false || !valid(digits) || isRepetitive(digits)) return false;
    // One more spaced number before or after: a run of coordinates (a font's glyph outlines), not a card.
    if (/\d[ ,]$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start)) || /^[ ,]-?\d/.test(ctx.text.slice(ctx.start + ctx.value.length, ctx.start + ctx.value.length + 3))) return false;
    // "Tel 415 555 1234": a phone number of the same layout, which the phone rules judge.
    if (labelledOnLine(ctx, PHONE_WORDS, 40)) return false;
    return confidenceFromContext(ctx);
  };
}

/**
 * An MBI on its card's layout (dashed) at low confidence, medium beside a word of health care; without its dashes
 * it is too like any product or order code, so it needs that word ("Card: 6Y49HT9KX13"), and stays low.
 */
function mbiVerdict(ctx: MatchContext): ValidatorResult {
  if (isRepetitive(ctx.value)) return false;
  if (ctx.value.includes('-')) return confidenceFromContext(ctx);
  return labelledOnLine(ctx, HEALTH_WORDS, 80) ? { confidence: 'low', note: 'no label, no dashes' } : false;
}

const base = { category: 'pii', severity: 'high', confidence: 'medium', keywords: [], anchor: HEALTH_NUMBER, window: 40 } as const;

export const healthNumberRules: readonly Rule[] = [
  {
    ...base,
    id: 'uk-nhs-number-unlabelled',
    title: 'UK NHS number (without its label)',
    kind: 'UK_NHS_NUMBER',
    description: 'An NHS number identifies a patient in UK health records, with or without the words "NHS number" beside it.',
    pattern: /(?<![\d.])\d{3} \d{3} \d{4}(?![\d])/,
    validators: [unlabelledNumber(nhsValid)],
    examples: {
      positive: ['Referral for Hannah Thornton, 943 476 5919, seen in clinic on Friday.'],
      lowConfidence: ['Re: 943 476 5919 - summary attached.'],
      negative: [
        { text: 'Re: 943 476 5918 - summary attached.', reason: 'fails the mod-11 check' },
        { text: 'Tel 943 476 5919', reason: 'a phone number' },
        { text: 'coords 1943 476 5919', reason: 'part of a longer run of digits' },
        { text: '"o": "m 502 943 476 5919 q 1025 208"', reason: "a run of spaced coordinates (a font's glyph outline)" },
      ],
    },
  },
  {
    ...base,
    id: 'au-medicare-number-unlabelled',
    title: 'Australia Medicare card number (without its label)',
    kind: 'AU_MEDICARE',
    description: 'The Medicare number identifies an Australian patient and family, with or without the word "Medicare" beside it.',
    pattern: /(?<![\d.])[2-6]\d{3} \d{5} \d(?![\d])/,
    validators: [unlabelledNumber(medicareValid)],
    examples: {
      positive: ['Patient card 2953 71649 1, expiry 03/27.'],
      lowConfidence: ['Her number is 2953 71649 1.'],
      negative: [
        { text: 'Her number is 2953 71648 1.', reason: 'wrong check digit' },
        { text: 'Her number is 2953 71649 0.', reason: 'issue number 0 is never printed' },
      ],
    },
  },
  {
    ...base,
    id: 'ch-ahv-unlabelled',
    title: 'Switzerland social security number (AHV/AVS, without its label)',
    kind: 'CH_AHV',
    description: 'The AHV/AVS number identifies a Swiss resident for life to social and health insurers, with or without its label.',
    pattern: /(?<![\d.])756\.\d{4}\.\d{4}\.\d{2}(?![\d.])/,
    validators: [unlabelledNumber(ahvValid)],
    examples: {
      positive: ['Insurance card: 756.3819.4620.54'],
      lowConfidence: ['id=756.3819.4620.54 status=verified'],
      negative: [{ text: 'id=756.3819.4620.55 status=verified', reason: 'wrong EAN-13 check digit' }],
    },
  },
  {
    ...base,
    id: 'us-medicare-beneficiary-identifier-unlabelled',
    title: 'US Medicare Beneficiary Identifier (MBI, without its label)',
    kind: 'US_MBI',
    description: "The MBI is a Medicare patient's identifier on every claim, with or without the letters MBI beside it.",
    pattern: new RegExp(`(?<![A-Za-z0-9-])${MBI_ANY}(?![A-Za-z0-9-])`),
    validators: [mbiVerdict],
    examples: {
      positive: ['Patient 4TW7-HK2-RN58 discharged.'],
      lowConfidence: ['Her number is 4TW7-HK2-RN58, expiry 03/27.', 'Insurance card: 4TW7HK2RN58'],
      negative: [
        { text: 'Her number is 4TW7-HS2-RN58.', reason: 'S is never used in an MBI' },
        { text: 'Card: 4TW7-HK2RN58', reason: 'one dash of the two: no printed layout' },
        { text: 'sku 4TW7HK2RN58', reason: 'without its dashes, too like any code to read without a label' },
      ],
    },
  },
];
