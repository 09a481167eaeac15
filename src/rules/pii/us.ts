import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { DRIVING_LICENCE_KEYWORDS, PASSPORT_WORDS } from './identity-documents';
import { columnKeywords, digitsOf, isWordChar, low, OTHER_DASHES, OTHER_SPACES, plainSeparators, requireLabelOnLine, standaloneNumber, textBefore, weightedSum, wordOnSameLine, labelledOnLine, repeatedDigitsVerdict } from './checks';

const SSN_WORDS = ['ssn', 'social security', 'social sec', 'soc sec', 'taxpayer', 'tin'];

/** SSNs printed on sample cards and in advertising (078-05-1120, the Woolworth wallet card, and others). */
const ADVERTISED_SSNS = new Set(['078051120', '219099999', '457555462', '123456789']);


const ITIN_WORDS = ['itin', 'taxpayer', 'tin', 'tax id'];

/**
 * Dashed numbers read as SSNs even without a label, at lower confidence; bare, spaced and
 * dotted digits are too common in data (amounts, coordinates, versions) to read without one on their line.
 */
const DASHED = /\d-\d|\d - \d/;

/**
 * The dashes between digit groups, as the start of a regex class: the ASCII one, an en dash, em dash,
 * non-breaking hyphen or minus sign.
 */
const DASH = `-${OTHER_DASHES}`;

/** Area, group and serial rules shared by the SSN and ITIN checks; returns the bare digits or undefined. */
/** An SSN label glued to the number before it ("Social Security Number354-93-6917", "SSN536228475"). */
const GLUED_SSN_LABEL = /(?:ssn|social ?security ?(?:number|no|nr)?|soc\.? ?sec\.? ?(?:number|no)?)$/;

function ssnShape(ctx: MatchContext): string | undefined {
  const glued = GLUED_SSN_LABEL.test(textBefore(ctx, 24)) && !isWordChar(ctx.text[ctx.start + ctx.value.length]);
  if (!glued && standaloneNumber(ctx) === false) return undefined;
  const v = plainSeparators(ctx.value);
  // One separator throughout: "536-22-8475", "536 22 8475", "536.22.8475", "536 - 22 - 8475".
  if (/\D/.test(v) && !/^\d{3}( - |[ .-])\d{2}\1\d{4}$/.test(v)) return undefined;
  const d = digitsOf(v);
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return undefined;
  return d;
}

/**
 * US DEA registration number: a registrant-type letter, the registrant's surname initial (or 9 for a business)
 * and seven digits, the last the final digit of (d1 + d3 + d5) + 2·(d2 + d4 + d6).
 */
export function deaNumberValid(value: string): boolean {
  const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})$/.exec(value.toUpperCase());
  return m !== null && weightedSum(m[1], [1, 2, 1, 2, 1, 2]) % 10 === Number(m[1][6]);
}

function ssnVerdict(ctx: MatchContext): ValidatorResult {
  // Nine bare or space-separated digits are an SSN only when the text says so. Tested first: a table of
  // figures holds thousands of nine-digit numbers, and a line without letters answers at once.
  if (!DASHED.test(plainSeparators(ctx.value)) && !labelledOnLine(ctx, SSN_WORDS)) return false;
  const d = ssnShape(ctx);
  if (!d) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (isRepetitive(d) && !ADVERTISED_SSNS.has(d)) return false;
  if (ADVERTISED_SSNS.has(d)) return low('SSN published in advertising or documentation');
  // Dashed 3-2-4 numbers in code are rare but exist (part numbers); without a label, lower confidence.
  if (!wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, SSN_WORDS, 100, ctx.memo)) return { confidence: 'medium' };
  return true;
}

function itinVerdict(ctx: MatchContext): ValidatorResult {
  if (!DASHED.test(plainSeparators(ctx.value)) && !labelledOnLine(ctx, ITIN_WORDS)) return false;
  const d = ssnShape(ctx);
  if (!d) return false;
  const group = Number(d.slice(3, 5));
  if (!((group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99))) return false;
  return !isRepetitive(d);
}

export const usRules: readonly Rule[] = [
  {
    id: 'us-ssn',
    title: 'US Social Security number',
    category: 'pii',
    kind: 'US_SSN',
    severity: 'high',
    description: 'An SSN is the key to identity theft in the US: credit applications, tax refunds, benefits.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: new RegExp(String.raw`[0-8](?<!\d[0-8])\d{2}(?:[${DASH}.]\d{2}[${DASH}.]|[ ${OTHER_SPACES}]\d{2}[ ${OTHER_SPACES}]| [${DASH}] \d{2} [${DASH}] |\d{2})\d{4}(?!\d)`),
    validators: [ssnVerdict],
    examples: {
      positive: [
        'SSN: 536-22-8475',
        'social security number 412 65 7023',
        'ssn=536228475',
        'name,phone,ssn\nAna,555-0100,536-22-8475',
        'SSN: 810.34.6902',
        'SSN: 865 - 54 - 4500',
        'social security no.036-08-3365',
        'SSN: 476\u201353\u20136525',
        'SSN: 476\u201153\u20116525',
        'SSN: 476 \u2014 53 \u2014 6525',
        'SSN: 476\u00a053\u00a06525',
        'Social Security Number354-93-6917',
      ],
      negative: [
        { text: 'SSN: 1536-22-8475', reason: 'the tail of a longer number' },
        { text: 'SSN: 666-12-3456', reason: 'area 666 is never assigned' },
        { text: 'SSN: 536-00-8475', reason: 'group 00 is never assigned' },
        { text: 'version 536.22.8475 released', reason: 'dotted digits without an SSN label: a version' },
        { text: 'SSN: 536-22.8475', reason: 'two different separators: not one printed number' },
        { text: 'SSN: 536-22-0000', reason: 'serial 0000 is never assigned' },
        { text: 'order_id = 536228475', reason: 'nine bare digits without an SSN label' },
        { text: 'SSN verified: yes\nPassport No: 561947283', reason: 'the SSN label belongs to the line above' },
        { text: '"o": "m 536 22 8475 q 1025 208"', reason: 'space-separated glyph coordinates without an SSN label' },
      ],
      lowSeverity: ['ssn: 078-05-1120'],
    },
  },
  {
    id: 'us-itin',
    title: 'US Individual Taxpayer Identification Number',
    category: 'pii',
    kind: 'US_ITIN',
    severity: 'high',
    description: 'An ITIN identifies a US taxpayer without an SSN and is abused for tax-refund fraud like an SSN.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: new RegExp(String.raw`9(?<!\d9)\d{2}(?:[${DASH}.][5-9]\d[${DASH}.]|[ ${OTHER_SPACES}][5-9]\d[ ${OTHER_SPACES}]| [${DASH}] [5-9]\d [${DASH}] |[5-9]\d)\d{4}(?!\d)`),
    validators: [itinVerdict],
    examples: {
      positive: ['ITIN: 912-78-4521', 'taxpayer id 945 52 1187', 'ITIN: 949.74.7410', 'ITIN: 912\u201378\u20134521'],
      negative: [
        { text: 'ITIN: 912-93-4521', reason: 'group 93 is not an ITIN group' },
        { text: 'itin 912-40-4521', reason: 'group 40 is not in the ITIN ranges' },
        { text: 'value 912784521 in code', reason: 'nine bare digits without an ITIN label' },
        { text: 'path: "m 912 78 4521 q 1032 465"', reason: 'space-separated coordinates without an ITIN label' },
      ],
    },
  },
  {
    id: 'us-passport-number',
    title: 'US passport number',
    category: 'pii',
    kind: 'PASSPORT',
    severity: 'high',
    confidence: 'medium',
    description: 'A passport number is a government identity document number used for identity and travel fraud.',
    keywords: PASSPORT_WORDS,
    tableColumns: true,
    window: 80,
    // A label may be glued to the number ('PassportNo561947283').
    pattern: /(?:(?<=[Pp]assport(?:[Nn]o|[Nn]r|[Nn]umber|#)?)|(?<![A-Za-z0-9]))(?:[A-Z]\d{8}|\d{9})(?![A-Za-z0-9])/,
    // The other countries' layouts are read by src/rules/pii/identity-documents.ts; this rule knows the US one.
    overrides: ['passport-number'],
    validators: [
      (ctx) => !isRepetitive(ctx.value),
      requireLabelOnLine(PASSPORT_WORDS, 50),
      (ctx) => !/passport\.(?:use|authenticate|initialize|session)|require\(['"]passport/.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start + 80)),
    ],
    examples: {
      positive: [
        'Passport No: 561947283',
        'passport_number: "A58219473"',
        'Travel document number: C04712958',
        'Reisepass: 561947283',
        'PassportNo561947283',
      ],
      negative: [
        { text: 'passport: 123456789', reason: 'a sequential placeholder' },
        { text: 'passport.use(new Strategy({ maxAge: 864000000 }))', reason: 'the passport.js library, not a document' },
        { text: 'passports issued: 561947283 in total', reason: 'a count next to the word, not a document number: the label must name one' },
      ],
    },
  },
  {
    id: 'us-drivers-license-number',
    title: "US driver's license number",
    category: 'pii',
    kind: 'DRIVERS_LICENSE',
    severity: 'high',
    confidence: 'medium',
    description: "A driver's license number is a state identity document number used for identity fraud.",
    keywords: DRIVING_LICENCE_KEYWORDS,
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{5,13}|\d{7,12})(?![A-Za-z0-9])/,
    overrides: ['driving-licence-number'],
    validators: [
      (ctx) => !isRepetitive(ctx.value),
      requireLabelOnLine(["driver's license", 'drivers license', 'driver license', "driver's licence", 'driving licence', 'driving license', 'dln', 'dl#', 'dl no', 'dl number', 'license number', 'licence number', 'lic no', 'lic#'], 60),
      (ctx) => digitsOf(ctx.value).length >= 6,
    ],
    examples: {
      positive: ["Driver's License: D8274619", 'driver license number 94713286'],
      negative: [
        { text: "Driver's License: D1234567", reason: 'a sequential placeholder' },
        { text: 'webdriver.timeout = 30000', reason: 'a web driver setting, not a licence' },
      ],
    },
  },
  {
    id: 'us-dea-number',
    title: 'US DEA registration number',
    category: 'pii',
    kind: 'US_DEA_NUMBER',
    severity: 'high',
    confidence: 'medium',
    description: 'The DEA number identifies a prescriber of controlled substances; leaked, it is used to forge prescriptions.',
    keywords: ['dea', ...columnKeywords('dea')],
    wordStartKeywords: ['dea'], // not 'idea'
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z0-9])[A-Za-z][A-Za-z9]\d{7}(?![A-Za-z0-9])/,
    validators: [
      (ctx) => deaNumberValid(ctx.value) && repeatedDigitsVerdict(ctx.value.slice(2)),
      requireLabelOnLine(['dea', 'dea no', 'dea number', 'dea registration', 'dea#'], 60),
    ],
    examples: {
      positive: ['DEA number: BK3147825', 'prescriber,npi,dea\nDr. Kim,1457382916,FS5207394'],
      negative: [
        { text: 'DEA number: BK3147826', reason: 'wrong check digit' },
        { text: 'DEA number: IK3147825', reason: 'I is no registrant type' },
        { text: 'part BK3147825', reason: 'no DEA label near' },
        { text: 'DEA number: AB1234563', reason: 'a sequential placeholder' },
      ],
      lowConfidence: ['DEA: FM5888788', 'prescriber,dea\nDr. Ruiz,BR7377737'],
    },
  },
];
