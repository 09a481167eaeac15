import { ID_NUMBER, INDIA_PAN } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive, verhoeffValid } from '../../engine/validators';
import { digitsOf, standaloneNumber, textAfter, textBefore, wordOnSameLine, labelledOnLine } from './checks';

const AADHAAR_WORDS = ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार'];

function aadhaarVerdict(ctx: MatchContext): ValidatorResult {
  if (standaloneNumber(ctx) === false) return false;
  const d = digitsOf(ctx.value);
  if (!verhoeffValid(d) || isRepetitive(d)) return false;
  // Part of a longer run of digit groups (an IBAN, a card number).
  if (/\d[ -]$/.test(textBefore(ctx, 2)) || /^[ -]\d/.test(textAfter(ctx, 2))) return false;
  const labelled = labelledOnLine(ctx, AADHAAR_WORDS) || wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, AADHAAR_WORDS, 80, ctx.memo);
  if (labelled) return true;
  // Unlabelled, only the grouping printed on the Aadhaar letter and card (spaces) counts: twelve bare digits
  // are ids and account numbers, and dashed 4-4-4 groups are serials and reference codes (a tenth of any
  // such numbers pass the Verhoeff check).
  return / /.test(ctx.value) ? { confidence: 'medium' } : false;
}

/** PAN 4th letter: the holder's status (Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority, Juridical, Government). */
function panVerdict(ctx: MatchContext): ValidatorResult {
  const labelled = wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, ['pan', 'pan no', 'pan number', 'permanent account', 'income tax', 'pan card'], 80, ctx.memo);
  if (labelled) return true;
  // Unlabelled: only the common individual form, and not a code-like constant (all letters the same, etc.).
  if (ctx.value[3] !== 'P' || isRepetitive(ctx.value)) return false;
  return { confidence: 'medium' };
}

export const indiaRules: readonly Rule[] = [
  {
    id: 'in-aadhaar-number',
    title: 'India Aadhaar number',
    category: 'pii',
    kind: 'IN_AADHAAR',
    severity: 'high',
    description: 'An Aadhaar number is India\'s biometric-backed national ID, linked to bank accounts and benefits.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /[2-9](?<!\d[2-9])\d{3}(?: \d{4} \d{4}|-\d{4}-\d{4}|\d{8})(?!\d)/,
    validators: [aadhaarVerdict],
    examples: {
      positive: ['Aadhaar: 3264 4545 0992', 'aadhaar_no=499118665205', 'UID 3675 9834 6071'],
      negative: [
        { text: 'Aadhaar: 3264 4545 0993', reason: 'fails the Verhoeff check' },
        { text: 'Aadhaar: 1264 4545 0992', reason: 'Aadhaar numbers never start with 0 or 1' },
        { text: 'account 499118665205 created', reason: 'twelve bare digits without an Aadhaar label' },
        { text: 'licence key 3264-4545-0992 activated', reason: 'unlabelled dashed groups: a serial or reference code' },
        { text: 'IBAN DE75 5121 0800 1245 1261 98', reason: 'digit groups inside a longer number' },
      ],
    },
  },
  {
    id: 'in-pan',
    title: 'India Permanent Account Number (PAN)',
    category: 'pii',
    kind: 'IN_PAN',
    severity: 'high',
    description: 'A PAN is India\'s tax identifier, required for bank accounts and large transactions.',
    keywords: [],
    anchor: INDIA_PAN,
    pattern: /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/,
    validators: [panVerdict],
    examples: {
      positive: ['PAN: BNZPM2501F', 'pan_number = "AFZPK7190K"', 'Company PAN AAACR5055K'],
      negative: [
        { text: 'PAN: BNZXM2501F', reason: 'X is not a PAN holder-status letter' },
        { text: 'PAN: BNZPM25012', reason: 'the last character is a letter' },
        { text: 'const CODE = "ABCCD1234E";', reason: 'unlabelled and not an individual PAN' },
      ],
    },
  },
];
