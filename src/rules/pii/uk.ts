import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { digitsOf, nearWords, nhsValid, standaloneNumber, wordNear } from './checks';

/** Prefixes never issued as National Insurance numbers. */
const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function ninoVerdict(ctx: MatchContext): ValidatorResult {
  const v = ctx.value.replace(/ /g, '');
  if (NINO_BAD_PREFIXES.has(v.slice(0, 2))) return false;
  // Spaced forms must use the printed grouping "AB 12 34 56 C".
  if (ctx.value.includes(' ') && !/^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(ctx.value)) return false;
  const end = ctx.start + ctx.value.length;
  if (!ctx.value.includes(' ') && !wordNear(ctx.text, ctx.start, end, ['ni', 'nino', 'national insurance', 'ni number', 'nin', 'insurance'], 80, ctx.memo)) {
    return { confidence: 'medium' };
  }
  return true;
}

export const ukRules: readonly Rule[] = [
  {
    id: 'uk-national-insurance-number',
    title: 'UK National Insurance number',
    category: 'pii',
    kind: 'UK_NINO',
    severity: 'high',
    description: 'A National Insurance number identifies a UK resident for tax and benefits and is used in identity fraud.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/,
    validators: [ninoVerdict],
    examples: {
      positive: ['NI number: JG 10 37 95 A', 'nino=AB123789C', 'National Insurance: SK 51 84 12 D'],
      negative: [
        { text: 'NI number: GB 10 37 95 A', reason: 'GB is not an allocated prefix' },
        { text: 'NI number: JD 10 37 95 A', reason: 'D is never the second letter' },
        { text: 'NI number: JG 10 37 95 E', reason: 'the suffix is A-D' },
        { text: 'NINO: QQ 12 34 56 C', reason: "HMRC's documentation prefix QQ is never issued" },
      ],
    },
  },
  {
    id: 'uk-nhs-number',
    title: 'UK NHS number',
    category: 'pii',
    kind: 'UK_NHS_NUMBER',
    severity: 'high',
    description: 'An NHS number identifies a patient in UK health records: health data is special-category data.',
    keywords: ['nhs'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])(?:\d{3} \d{3} \d{4}|\d{3}-\d{3}-\d{4}|\d{10})(?!\d)/,
    validators: [standaloneNumber, (ctx) => nhsValid(digitsOf(ctx.value)), nearWords(['nhs', 'nhs number', 'nhs no'], 60)],
    examples: {
      positive: ['NHS number: 753 103 3410', 'nhs_no = 6546585057'],
      negative: [
        { text: 'NHS number: 753 103 3411', reason: 'fails the mod-11 check' },
        { text: 'nhs-api timeout 6546585058', reason: 'fails the mod-11 check' },
      ],
    },
  },
];
