import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { columnKeywords, columnLabelled, digitsOf, low, OTHER_DASHES, OTHER_SPACES, plainSeparators, requireLabelOnLine, realDate, standaloneNumber, wordOnSameLine, labelledOnLine } from './checks';

/** UK NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - sum mod 11 (10 is invalid). */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/** Prefixes never issued as National Insurance numbers. */
const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

const NINO_WORDS = ['ni', 'nino', 'national insurance', 'ni number', 'nin', 'insurance'];

function ninoVerdict(ctx: MatchContext): ValidatorResult {
  const written = plainSeparators(ctx.value);
  const v = written.replace(/[ -]/g, '').toUpperCase();
  if (NINO_BAD_PREFIXES.has(v.slice(0, 2))) return false;
  // HMRC's documentation prefix, never issued ("QQ 12 34 56 C"): a documentation value, low severity.
  if (v.startsWith('QQ')) return low("HMRC's documentation prefix");
  // Separated forms keep one separator in a printed grouping: "AB 12 34 56 C", "AB-12-34-56-C", "AB 123456 C".
  if (/[ -]/.test(written) && !/^[A-Z]{2}(?:([ -])\d{2}\1\d{2}\1\d{2}\1| \d{6} )[A-D]$/i.test(written)) return false;
  const end = ctx.start + ctx.value.length;
  const labelled = wordOnSameLine(ctx.text, ctx.start, end, NINO_WORDS, 80, ctx.memo);
  // Lower case is how people type it into a form, rarely how code names things: without a label, low.
  if (ctx.value !== ctx.value.toUpperCase()) return labelled ? true : { confidence: 'low' };
  if (!/[ -]/.test(written) && !labelled) return { confidence: 'medium' };
  return true;
}

/**
 * Great Britain (DVLA) driver number: 16 characters, spaces allowed between its three parts (5, 6, 5).
 * 1-5: the surname's first five letters, padded with 9s; 6: the decade digit of the birth year; 7-8: the
 * birth month, plus 50 for women; 9-10: the day of birth; 11: the year digit; 12-13: the first two initials
 * (9 when there is no second); 14: an arbitrary digit; 15-16: two check characters, letters or digits. DVLA
 * publishes no algorithm for the check characters: the date of birth and the layout are what can be checked.
 */
export function gbDriverNumberValid(value: string): boolean {
  const v = value.replace(/ /g, '');
  const m = /^([A-Z]{1,5}9*)(\d)([0156]\d)(\d\d)(\d)[A-Z][A-Z9]\d[A-Z0-9]{2}$/.exec(v);
  if (!m || m[1].length !== 5) return false;
  if (value.includes(' ') && !/^\S{5} \S{6} \S{5}$/.test(value)) return false;
  const yy = Number(m[2] + m[5]);
  const month = Number(m[3]) % 50;
  const day = Number(m[4]);
  // The century is not written: the day must exist in 19yy or 20yy (29 February of 1900 does not, of 2000 does).
  return realDate(1900 + yy, month, day) || realDate(2000 + yy, month, day);
}

const GB_LICENCE_WORDS = [
  'driving licence', 'driving license', 'driving_licence', 'driving_license', 'drivinglicence',
  'licence number', 'license number', 'licence no', 'licence_number', 'license_number', 'dvla', 'driver number', 'driver no', 'driver_number',
];

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
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)[ \-${OTHER_DASHES}${OTHER_SPACES}]?\d{2}[ \-${OTHER_DASHES}${OTHER_SPACES}]?\d{2}[ \-${OTHER_DASHES}${OTHER_SPACES}]?\d{2}[ \-${OTHER_DASHES}${OTHER_SPACES}]?[A-D](?![A-Za-z0-9])`, 'i'),
    validators: [ninoVerdict],
    examples: {
      positive: [
        'NI number: JG 10 37 95 A',
        'nino=AB123789C',
        'National Insurance: SK 51 84 12 D',
        'NI No.: PP-71-27-18-C',
        'National Insurance No: YW 356420 D',
        'nino: kw753559a',
        'NI number: JG\u201310\u201337\u201395\u2013A',
        'NI number: JG\u00a010\u00a037\u00a095\u00a0A',
      ],
      lowConfidence: ['account holder kw753559a'],
      lowSeverity: ['NINO: QQ 12 34 56 C'],
      negative: [
        { text: 'NI number: GB 10 37 95 A', reason: 'GB is not an allocated prefix' },
        { text: 'NI number: JD 10 37 95 A', reason: 'D is never the second letter' },
        { text: 'NI number: JG 10 37 95 E', reason: 'the suffix is A-D' },
        { text: 'NI number: JG 10-37 95 A', reason: 'separators mixed within one number: not a printed grouping' },
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
    validators: [standaloneNumber, (ctx) => nhsValid(digitsOf(ctx.value)), requireLabelOnLine(['nhs', 'nhs number', 'nhs no'], 60)],
    // Under its label, this rule judges the number (src/rules/pii/health-numbers.ts reads it without one).
    overrides: ['uk-nhs-number-unlabelled'],
    examples: {
      positive: ['NHS number: 753 103 3410', 'nhs_no = 6546585057'],
      negative: [
        { text: 'NHS number: 753 103 3411', reason: 'fails the mod-11 check' },
        { text: 'nhs-api timeout 6546585058', reason: 'fails the mod-11 check' },
      ],
    },
  },
  {
    id: 'uk-driving-licence-number',
    title: 'UK driving licence number (DVLA driver number)',
    category: 'pii',
    kind: 'UK_DRIVING_LICENCE',
    severity: 'high',
    confidence: 'medium',
    description: "The DVLA driver number encodes its holder's surname, initials, date of birth and sex and proves identity to employers, insurers and car hire firms.",
    keywords: ['driving licen', 'driving_licen', 'drivinglicen', 'licence number', 'license number', 'licence no', 'licence_n', 'license_n', 'dvla', 'driver number', 'driver no', 'driver_n', ...columnKeywords('licence'), ...columnKeywords('license')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z0-9])[A-Z][A-Z9]{4} ?\d[0156]\d[0-3]\d\d ?[A-Z][A-Z9]\d[A-Z0-9]{2}(?![A-Za-z0-9])/,
    validators: [
      (ctx) => gbDriverNumberValid(ctx.value),
      // A column headed just "Licence" in a table of people counts; the bare word in prose ("MIT licence") does not.
      (ctx) => labelledOnLine(ctx, GB_LICENCE_WORDS) || columnLabelled(ctx, ['licence', 'license']),
    ],
    examples: {
      positive: [
        'Driving licence number: HARGR811237TJ9LK',
        'DVLA driver number NG999054091P98WX (issue 03)',
        'name,dob,driving_licence\nAmara Okafor,1964-02-29,OKAFO602294CE93F',
        'Licence number: HARGR 811237 TJ9LK',
        '| Driver | Licence |\n|---|---|\n| R. Patel | PATEL702185RK9AB |',
      ],
      negative: [
        { text: 'Driving licence number: HARGR813237TJ9LK', reason: 'month 13 is no month, for men or women (+50)' },
        { text: 'Driving licence number: HARGR802307TJ9LK', reason: 'an impossible date of birth: 30 February' },
        { text: 'Driving licence number: OKAFO702293CE93F', reason: '29 February of 1973 or 2073, which have none' },
        { text: 'Driving licence number: HA9GR811237TJ9LK', reason: 'the 9s only pad a short surname at its end' },
        { text: 'build HARGR811237TJ9LK passed', reason: 'no licence label near' },
        { text: 'Released under the MIT licence, build HARGR811237TJ9LK', reason: 'a bare "licence" in prose is not a driving licence label' },
        { text: 'Licence number: HARGR 811237TJ9LK', reason: 'the three parts spaced inconsistently' },
      ],
    },
  },
];
