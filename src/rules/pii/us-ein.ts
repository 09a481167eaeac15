import type { MatchContext, Rule } from '../../engine/types';
import { isRepetitive, lineBounds } from '../../engine/validators';
import { columnKeywords, columnLabelled, standaloneNumber } from './checks';

/**
 * The prefixes the IRS assigns EINs under (its "How EINs are assigned and valid EIN prefixes"): one or more per
 * campus, the Internet application and the Small Business Administration. 00, 07-09, 17-19, 28, 29, 49, 69,
 * 70, 78, 79, 89, 96 and 97 are never issued.
 */
const EIN_PREFIXES = new Set(
  ['01-06', '10-16', '20-27', '30-48', '50-68', '71-77', '80-88', '90-95', '98-99'].flatMap((range) => {
    const [from, to] = range.split('-').map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }),
);

/** US Employer Identification Number: NN-NNNNNNN under an assigned prefix. */
export function einValid(value: string): boolean {
  const m = /^(\d{2})-(\d{7})$/.exec(value);
  return m !== null && EIN_PREFIXES.has(Number(m[1])) && !isRepetitive(m[1] + m[2]) && m[2] !== '0000000';
}

const EIN_COLUMN_WORDS = ['ein', 'fein', 'employer identification', 'employer id', 'tax id', 'taxid', 'tax_id', 'federal tax id', 'tax identification'];

/**
 * What may follow 'ein' in a label: a separator or punctuation ('EIN: ', '"ein":', 'ein_no', 'EIN#'), or the N
 * of 'einNumber'. The keywords are these, so that 'ein' inside words ('being', 'reinit', 'protein') wakes nothing.
 */
const AFTER_EIN = ' \t:"\'_#=)/.,;|-';

/**
 * Labels written before the number on its line: 'EIN' in capitals, or 'ein' as a key (ein:, "ein", ein_no,
 * companyEin, einNumber), but not the German article 'ein' in prose; the longer labels in any case.
 */
/** A character class of `chars`. */
const classOf = (chars: string) => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;
/** After the label in capitals or camelCase: any of AFTER_EIN, or the N of 'EINNo'/'einNumber'. */
const LABEL_END = `(?=${classOf(AFTER_EIN)}|N)`;
/** After 'ein' in lower case: punctuation, or the words a label goes on with; a space alone is prose. */
const KEY_END = `(?=${classOf(AFTER_EIN.replace(/[ \t]/g, ''))}|[ \t]*[:=#]|[ \t]+(?:no|num|number)\\b|N)`;
const EIN_LABEL = new RegExp(`(?<![A-Za-z])F?EIN${LABEL_END}|(?<![A-Za-z])f?ein${KEY_END}|[a-z]Ein${LABEL_END}`);
const TAX_ID_LABEL = /(?<![a-z])(?:employer id(?:entification)?|(?:taxpayer |tax ?)id(?:entification)?|tax[_-]id)(?![a-z])/i;

/** Characters before the number searched for its label, on its line. */
const LABEL_REACH = 48;

function einLabelled(ctx: MatchContext): boolean {
  if (columnLabelled(ctx, EIN_COLUMN_WORDS)) return true;
  const line = lineBounds(ctx.text, ctx.start, ctx.start, LABEL_REACH);
  const before = ctx.text.slice(line.start, ctx.start);
  return EIN_LABEL.test(before) || TAX_ID_LABEL.test(before);
}

export const usEinRules: readonly Rule[] = [
  {
    id: 'us-ein',
    title: 'US Employer Identification Number (EIN)',
    category: 'pii',
    kind: 'US_EIN',
    severity: 'medium',
    confidence: 'medium',
    description:
      'The EIN is the IRS number of a business; a sole proprietor or single-member LLC files under it as a personal tax id, and it is used to file fraudulent returns and open credit in the business name.',
    keywords: [...new Set([...[...AFTER_EIN, 'n'].map((c) => `ein${c}`), ...columnKeywords('ein')])].concat(['employer id', 'tax id', 'taxid', 'tax_id', 'tax-id', 'taxpayer id']),
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d-])\d{2}-\d{7}(?![\d-])/,
    validators: [standaloneNumber, (ctx) => einValid(ctx.value), einLabelled],
    helpUrl: 'https://www.irs.gov/businesses/small-businesses-self-employed/employer-id-numbers',
    examples: {
      positive: [
        'W-9 received. Business name: Harbor Lane Bakery LLC, EIN: 46-2817390',
        'vendor,ein,remit_to\nNorthwind Supplies Inc.,84-1937265,PO Box 4410 Tulsa OK',
        'Federal Tax ID: 27-5019384 (sole proprietor)',
        '{"companyEin": "61-4072958", "state": "KY"}',
      ],
      negative: [
        { text: 'EIN: 07-2817390', reason: 'prefix 07 is never assigned' },
        { text: 'ticket 46-2817390 closed', reason: 'no EIN label' },
        { text: 'Ich habe ein 46-2817390 Paket bekommen', reason: "the German article 'ein' in prose, not a label" },
        { text: 'EIN: 46-2817390-01', reason: 'part of a longer dashed reference' },
        { text: 'protein 46-2817390', reason: "'ein' inside a word" },
      ],
    },
  },
];
