import { ID_NUMBER, INDIA_PAN } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive, verhoeffValid } from '../../engine/validators';
import { columnKeywords, digitsOf, looksLikeDateStamp, requireLabelOnLine, standaloneNumber, textAfter, textBefore, wordOnSameLine, labelledOnLine, repeatedDigitsVerdict } from './checks';

const AADHAAR_WORDS = ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार'];

function aadhaarVerdict(ctx: MatchContext): ValidatorResult {
  if (standaloneNumber(ctx) === false) return false;
  const d = digitsOf(ctx.value);
  if (!verhoeffValid(d) || isRepetitive(d)) return false;
  // Part of a longer run of digit groups (an IBAN, a card number).
  if (/\d[ -]$/.test(textBefore(ctx, 2)) || /^[ -]\d/.test(textAfter(ctx, 2))) return false;
  const labelled = labelledOnLine(ctx, AADHAAR_WORDS) || wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, AADHAAR_WORDS, 80, ctx.memo);
  if (labelled) return true;
  // Unlabelled, the grouping printed on the Aadhaar letter and card (spaces) counts; dashed 4-4-4 groups may be
  // serials and reference codes (a tenth of any such numbers pass the Verhoeff check), so low; twelve bare
  // digits are ids and account numbers.
  if (/ /.test(ctx.value)) return { confidence: 'medium' };
  if (/-/.test(ctx.value)) return { confidence: 'low', note: 'no label, dashed groups' };
  return /^\d{12}$/.test(ctx.value) && bareInText(ctx, d) ? { confidence: 'low', note: 'no label, twelve bare digits' } : false;
}

/** Names of ids, times, amounts and contact numbers: twelve digits right after one are that, not an Aadhaar number. */
const ID_NAME_BEFORE =
  /(?:\b(?:ids?|no|nr|number|num|account|acct|order|invoice|ref|reference|ticket|case|txn|transaction|tx|trace|request|req|session|job|build|run|pid|user|customer|client|item|sku|serial|tracking|shipment|batch|seq|sequence|version|ver|ts|timestamp|time|epoch|port|size|bytes|count|total|amount|price|balance|phone|tel|mobile|fax|imei|isbn|ean|upc|gtin)|#|\$|€|£|₹)[ \t:=#.'"-]{0,3}$/i;

/**
 * Twelve bare digits with a valid Verhoeff check and no label: an Aadhaar number in a sentence, at low
 * confidence. A tenth of all twelve-digit ids pass the check, so only where a sentence holds it: after a blank
 * or at a line's start (not a key's value, a table's field or a path), before a blank or a sentence's
 * punctuation, with no id's, time's or amount's name before it, not a date stamp (202401151230), and of five
 * different digits or more (not 444455556666).
 */
function bareInText(ctx: MatchContext, digits: string): boolean {
  const before = textBefore(ctx, 24);
  const after = textAfter(ctx, 2);
  if (!/(?:^|[ \t(])$/.test(before) && ctx.start > 0 && ctx.text[ctx.start - 1] !== '\n') return false;
  if (!/^(?:[ \t\r\n)]|[.,;!?](?!\w)|$)/.test(after)) return false;
  if (ID_NAME_BEFORE.test(before) || looksLikeDateStamp(digits)) return false;
  return new Set(digits).size >= 5;
}

/** Twelve digits, the first 2-9, bare or in the 4-4-4 groups of the Aadhaar letter (spaces), dashes or colons. */
const AADHAAR_LAYOUT = /[2-9](?<!\d[2-9])\d{3}(?: \d{4} \d{4}|-\d{4}-\d{4}|:\d{4}:\d{4}|\d{8})(?!\d)/;

/** PAN 4th letter: the holder's status (Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority, Juridical, Government). */
function panVerdict(ctx: MatchContext): ValidatorResult {
  const labelled = wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, ['pan', 'pan no', 'pan number', 'permanent account', 'income tax', 'pan card'], 80, ctx.memo);
  if (labelled) return true;
  // Unlabelled: the common individual form at medium confidence; a company, firm or trust's (and a code-like
  // constant that takes the shape) at low, never a run like AAAAA1111A.
  // A recurring digit ("7877") lowers confidence; a run ("1234", "1111") is a stand-in.
  const digits = repeatedDigitsVerdict(ctx.value.slice(5, 9));
  if (isRepetitive(ctx.value) || digits === false) return false;
  if (digits !== true) return digits;
  return ctx.value[3] === 'P' ? { confidence: 'medium' } : { confidence: 'low', note: 'no label, not an individual' };
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
    pattern: AADHAAR_LAYOUT,
    // Where both read a labelled number, one finding: this rule's.
    overrides: ['in-aadhaar-number-labelled'],
    validators: [aadhaarVerdict],
    examples: {
      positive: ['Aadhaar: 3264 4545 0992', 'aadhaar_no=499118665205', 'UID 3675 9834 6071'],
      lowConfidence: ['licence key 3264-4545-0992 activated', 'Please double-check 499118665205 before Friday.'],
      negative: [
        { text: 'Aadhaar: 3264 4545 0993', reason: 'fails the Verhoeff check' },
        { text: 'Aadhaar: 1264 4545 0992', reason: 'Aadhaar numbers never start with 0 or 1' },
        { text: 'account 499118665205 created', reason: 'twelve bare digits after an account\'s name' },
        { text: 'order_id=499118665205', reason: "twelve bare digits as a key's value" },
        { text: '2024-11-02T10:14:07Z INFO job 499118665205 finished', reason: "a job's id in a log line" },
        { text: 'built 202401151236 ok', reason: 'a date stamp' },
        { text: 'id="444455556666"', reason: "a key's value, and four kinds of digits" },
        { text: 'route 2001:4860:4860::8888', reason: 'colon groups without a label: an IPv6 address' },
        { text: 'IBAN DE75 5121 0800 1245 1261 98', reason: 'digit groups inside a longer number' },
      ],
    },
  },
  {
    id: 'in-aadhaar-number-labelled',
    title: 'India Aadhaar number',
    category: 'pii',
    kind: 'IN_AADHAAR',
    severity: 'high',
    description: 'An Aadhaar number is India\'s biometric-backed national ID, linked to bank accounts and benefits.',
    // Beside its label or under its column, where the anchored rule above does not look: twelve bare digits
    // under an Aadhaar column ("id,Aadhaar number\n7,499118665205"), and the colon groups some forms print
    // ("Aadhaar 3264:4545:0992"), which no anchor wakes on. Its keywords are rare words.
    keywords: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'आधार', ...columnKeywords('uid')],
    tableColumns: true,
    window: 80,
    pattern: AADHAAR_LAYOUT,
    validators: [(ctx) => labelledOnLine(ctx, AADHAAR_WORDS), aadhaarVerdict],
    examples: {
      positive: ['id,Aadhaar number,status\n417,499118665205,active', 'name;uid\nAsha Rao;326445450992', 'Aadhaar 3264:4545:0992', 'UIDAI no. 3264:4545:0992'],
      negative: [
        { text: 'id,Aadhaar number,status\n417,499118665206,active', reason: 'fails the Verhoeff check' },
        { text: 'id,order,aadhaar\n417,499118665205,pending', reason: 'in another column than the Aadhaar one' },
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
        { text: 'const CODE = "ABCCD1234E";', reason: 'a sequential run in the digits' },
      ],
      lowConfidence: ['Please file AAFCK4821M before Friday.', 'Please check BNZPM7877K again.'],
    },
  },
  {
    id: 'in-voter-id',
    title: 'India voter ID (EPIC) number',
    category: 'pii',
    kind: 'IN_VOTER',
    severity: 'high',
    confidence: 'medium',
    description: "The Elector's Photo Identity Card number identifies an Indian voter and serves as proof of identity and address.",
    // 'epic' alone stands in prose and code ("epic fail", Jira epics): only with the digits of the number after it.
    wordStartKeywords: ['elector'], // not 'selector'
    keywords: ['voter', 'elector', 'epic no', 'epic number', 'epic:', 'epic card', ...columnKeywords('epic')],
    tableColumns: true,
    window: 80,
    // Three letters (the issuing constituency's code) and seven digits.
    overrides: ['identity-card-number'],
    pattern: /(?<![A-Za-z0-9])[A-Z]{3}\d{7}(?![A-Za-z0-9])/,
    validators: [(ctx) => repeatedDigitsVerdict(ctx.value.slice(3)), requireLabelOnLine(['voter', 'voter id', 'elector', 'epic', 'epic no', 'epic number'], 60)],
    examples: {
      positive: ['Voter ID: KRT4820193', 'EPIC no. ZXB0583716', 'Elector photo identity card MHD6639027'],
      negative: [
        { text: 'Voter ID: ABC1234567', reason: 'a sequential placeholder' },
        { text: 'build ABC4820193 passed', reason: 'no voter ID label' },
      ],
      lowConfidence: ['Voter ID: TQD6066606'],
    },
  },
  {
    id: 'in-vehicle-registration',
    title: 'India vehicle registration number',
    category: 'pii',
    kind: 'IN_VEHICLE_REGISTRATION',
    severity: 'medium',
    confidence: 'medium',
    description: "A vehicle registration number leads to its owner's name and address in the RTO's records.",
    // 'rto' only as a word of its own or its start ('Toronto' and 'shortcut' name no transport office).
    wordStartKeywords: ['rto'],
    keywords: ['vehicle', 'rto', 'number plate', 'licence plate', 'license plate', 'registration no', 'registration number', 'reg no', 'reg. no', 'registration plate'],
    tableColumns: true,
    window: 80,
    // A state or territory code, the district's RTO number, a series of one to three letters and four digits
    // ("MH 12 AB 1234"), or a Bharat series number ("22 BH 1234 AA").
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|UT|WB)([ -]?)\d{1,2}\1[A-Z]{1,3}\1\d{4}|\d{2}([ -]?)BH\2\d{4}\2[A-HJ-NP-Z]{1,2})(?![A-Za-z0-9])`,
    ),
    validators: [(ctx) => !/0000$/.test(ctx.value), requireLabelOnLine(['vehicle', 'rto', 'plate', 'registration', 'reg no', 'reg. no'], 60)],
    examples: {
      positive: ['Vehicle registration: MH12AB4821', 'vehicle no MH 14 DX 0219', 'RTO registration no KA-05-MN-7720', 'Vehicle: 22 BH 4821 AA'],
      negative: [
        { text: 'Vehicle registration: MH12AB0000', reason: 'no number 0000 is issued' },
        { text: 'commit MH12AB4821 merged', reason: 'no vehicle label' },
      ],
    },
  },
];
