import type { Rule } from '../../engine/types';
import { columnKeywords, requireLabelOnLine } from './checks';

/**
 * The letters an MBI may hold: A-Z without S, L, O, I, B and Z (CMS leaves out those read as digits).
 * Positions (CMS, "Understanding the MBI format"): 1 digit 1-9, 2 letter, 3 letter or digit, 4 digit,
 * 5 letter, 6 letter or digit, 7 digit, 8-9 letters, 10-11 digits; printed with dashes after 4 and 7.
 */
const L = '[AC-HJKMNP-RT-Y]';
const LD = '[AC-HJKMNP-RT-Y0-9]';
/** An MBI with both dashes or none (4TW7HK2RN58), as a regex source. */
export const MBI_ANY = `[1-9]${L}${LD}\\d(-?)${L}${LD}\\d\\1${L}{2}\\d{2}`;

const MBI_WORDS = ['mbi', 'medicare beneficiary', 'medicare number', 'medicare no', 'medicare id', 'medicare #', 'medicare'];

export const usMbiRules: readonly Rule[] = [
  {
    id: 'us-medicare-beneficiary-identifier',
    title: 'US Medicare Beneficiary Identifier (MBI)',
    category: 'pii',
    kind: 'US_MBI',
    severity: 'high',
    confidence: 'medium',
    description: "The MBI is a Medicare patient's identifier on every claim: with it, anyone can bill Medicare in the patient's name or read their coverage.",
    // 'mbi' alone is inside "combine" and "ambient": only its label forms.
    keywords: ['mbi:', 'mbi ', 'mbi#', 'mbi=', 'mbi_', 'mbi-', 'mbi"', "mbi'", 'mbi\t', 'medicare', ...columnKeywords('mbi')],
    tableColumns: true,
    window: 80,
    pattern: new RegExp(`(?<![A-Za-z0-9-])${MBI_ANY}(?![A-Za-z0-9-])`),
    validators: [requireLabelOnLine(MBI_WORDS, 60)],
    helpUrl: 'https://www.cms.gov/medicare/new-medicare-card',
    // Under its label, this rule judges the number (src/rules/pii/health-numbers.ts reads it without one).
    overrides: ['us-medicare-beneficiary-identifier-unlabelled'],
    examples: {
      positive: [
        'Medicare Beneficiary Identifier: 4TW7-HK2-RN58',
        'member_id,last_name,first_name,mbi,part_a_start\n88412,Okafor,Grace,7CP2MX9DA05,2021-06-01',
        'Eligibility check (270): Medicare ID 2QJ6E84UY31, Part B active',
      ],
      negative: [
        { text: 'Medicare Beneficiary Identifier: 4TW7-HS2-RN58', reason: 'S is never used in an MBI' },
        { text: 'MBI: 0TW7-HK2-RN58', reason: 'the first character is 1 to 9' },
        { text: 'MBI: 4TW7-HK2RN58', reason: 'one dash of the two: no printed layout' },
        { text: 'sku=4TW7HK2RN58 qty=2', reason: 'no Medicare label near' },
      ],
    },
  },
];
