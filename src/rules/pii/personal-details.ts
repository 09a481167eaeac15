import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { low, labelledOnLine } from './checks';

const DOB_WORDS = [
  'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'bday', 'born', 'birth', 'dateofbirth',
  'geburtsdatum', 'geboren', 'geb', 'date de naissance', 'né le', 'née le', 'fecha de nacimiento', 'nacido', 'data di nascita', 'nato il',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parses the matched date into [year, month, day]; undefined when no reading is a real date. */
function parseDate(v: string): [number, number, number] | undefined {
  const named = /([a-z]{3})[a-z]*\.?/i.exec(v);
  const nums = (v.match(/\d+/g) ?? []).map(Number);
  let y: number, m: number, d: number;
  if (named) {
    m = MONTHS.indexOf(named[1].toLowerCase()) + 1;
    if (m === 0 || nums.length !== 2) return undefined;
    [d, y] = nums[0] > 31 ? [nums[1], nums[0]] : [nums[0], nums[1]];
  } else if (/^\d{4}/.test(v)) {
    [y, m, d] = nums;
  } else {
    // dd/mm/yyyy or mm/dd/yyyy: accept when either reading is valid.
    [d, m, y] = nums;
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (y < 100) y += y > new Date().getFullYear() % 100 ? 1900 : 2000;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return [y, m, d];
}

/** A time of day right after a date: "T06:30:33", " 14:05". A birth date stored as a date-time is at midnight. */
const TIME_AFTER = /^(?:T| {1,2})(\d{1,2}):(\d{2})(?::(\d{2}))?/;

function dobVerdict(ctx: MatchContext): ValidatorResult {
  if (/[\d./-]/.test(ctx.text[ctx.start - 1] ?? '') || /[\d]/.test(ctx.text[ctx.start + ctx.value.length] ?? '')) return false;
  // A timestamp (a log line's "2024-11-08T06:30:33Z ... dob=..."): an event, not a birth.
  const time = TIME_AFTER.exec(ctx.text.slice(ctx.start + ctx.value.length, ctx.start + ctx.value.length + 9));
  if (time && (Number(time[1]) !== 0 || Number(time[2]) !== 0 || Number(time[3] ?? 0) !== 0)) return false;
  const parsed = parseDate(ctx.value);
  if (!parsed) return false;
  const [y] = parsed;
  const now = new Date().getFullYear();
  if (y < 1900 || y > now) return false;
  return labelledOnLine(ctx, DOB_WORDS, 40);
}

const ADDRESS_WORDS = [
  'address', 'street', 'ship to', 'shipping', 'billing', 'mailing', 'residence', 'resides', 'lives at', 'live at', 'living at', 'home',
  'postal', 'deliver', 'delivery', 'anschrift', 'adresse', 'wohnhaft', 'straße', 'strasse', 'domicile', 'dirección', 'indirizzo',
];

/** Towns that forms, docs and fixtures make up: "Anytown", "Musterstadt". */
const STAND_IN_TOWN = /\b(?:any ?(?:town|ville|city|where)|some ?(?:town|ville|city|where|place)|example ?(?:town|ville|city)|test ?(?:town|ville|city)|fake ?(?:town|ville|city)|your ?(?:town|city)|nowhere ?(?:ville|town)?|muster(?:stadt|dorf|hausen))\b/i;

/**
 * Streets that stand in for anyone's: a counted house number (123, 1234, 1) on Main or Elm Street, a street
 * named Fake, Example, Sample, Test, Any or Some, the Mustermann's Musterstraße, and fiction's best known
 * (742 Evergreen Terrace, 4 Privet Drive, 221B Baker Street, 42 Wallaby Way, 1313 Mockingbird Lane).
 */
const STAND_IN_STREET =
  /^(?:(?:1|12|123|1234|12345|111|1111|100|555|999) (?:Main|Elm|Oak|Maple|First|1st) (?:Street|St|Avenue|Ave|Road|Rd)\b|\d{1,6} (?:Fake|Example|Sample|Test|Any|Some|Anywhere|Nowhere|Placeholder|Dummy|Your) |742 Evergreen Terrace|4 Privet Drive|221B Baker Street|42 Wallaby Way|1313 Mockingbird Lane|123 Sesame Street|Muster(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz))/i;

/** US ZIP codes that stand in for any: 12345, 00000, 99999. */
const STAND_IN_ZIP = /\b(?:12345|00000|99999)(?:-\d{4})?\b/;

function addressVerdict(ctx: MatchContext): ValidatorResult {
  if (!labelledOnLine(ctx, ADDRESS_WORDS, 100)) return false;
  const after = ctx.text.slice(ctx.start + ctx.value.length, ctx.start + ctx.value.length + 60).split('\n')[0];
  if (STAND_IN_STREET.test(ctx.value) || STAND_IN_TOWN.test(ctx.value) || STAND_IN_TOWN.test(after) || STAND_IN_ZIP.test(ctx.value)) {
    return low('a stand-in address');
  }
  return true;
}

export const personalDetailsRules: readonly Rule[] = [
  {
    id: 'date-of-birth',
    title: 'Date of birth',
    category: 'pii',
    kind: 'DATE_OF_BIRTH',
    severity: 'medium',
    confidence: 'medium',
    description: 'A date of birth, with a name, identifies a person and answers common identity-verification questions.',
    keywords: ['dob', 'd.o.b', 'birth', 'born', 'bday', 'geburtsdatum', 'geboren', 'geb.', 'naissance', 'nacimiento', 'nacido', 'nascita', 'nato il'],
    window: 60,
    tableColumns: true,
    pattern:
      /(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\.?(?: of)?[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?[ -]\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})/i,
    validators: [dobVerdict],
    examples: {
      positive: [
        'DOB: 14/03/1987',
        'Date of birth: 1979-11-02',
        'born on March 3rd, 1962',
        'Geburtsdatum: 07.09.1990',
        'DOB: 06-Apr-1985',
        'born on the 3rd of March 1962',
        '{ "dateOfBirth": "1977-09-05T00:00:00Z" }',
        '2024-11-08T06:30:33.117Z INFO [kyc] verify dob=2001-01-18 result=pass',
      ],
      negative: [
        { text: 'DOB: 31/02/1987', reason: 'February 31st does not exist' },
        { text: 'born: 2150-01-01', reason: 'a date in the future' },
        { text: 'created: 14/03/1987', reason: 'a date without a birth label' },
        { text: '2024-11-08T06:30:33.117Z INFO [kyc] verify dob', reason: "a log line's timestamp: an event, not a birth" },
        { text: 'born 2019-03-14 14:05 UTC (build date)', reason: 'a date with a time of day' },
      ],
    },
  },
  {
    id: 'postal-address',
    title: 'Postal address',
    category: 'pii',
    kind: 'POSTAL_ADDRESS',
    severity: 'medium',
    confidence: 'medium',
    description: 'A home address locates a person physically; with a name it enables stalking, fraud and doxxing.',
    keywords: ['address', 'street', 'ship to', 'shipping', 'billing', 'mailing', 'residence', 'resides', 'lives at', 'live at', 'living at', 'postal', 'deliver', 'anschrift', 'adresse', 'wohnhaft', 'domicile', 'direcci', 'indirizzo'],
    window: 120,
    tableColumns: true,
    pattern:
      /\d{1,6}[A-Za-z]? (?:[NSEW]\.? )?[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,3} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Circle|Highway|Hwy|Square|Sq)\b\.?(?:,? (?:Apt|Suite|Unit|#)\.? ?\d{1,5}[A-Z]?)?(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?, [A-Z]{2} \d{5}(?:-\d{4})?)?|[A-ZÄÖÜ][a-zäöüß]{2,30}(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm) \d{1,4}[a-z]?(?:, \d{5} [A-ZÄÖÜ][a-zäöüß]{2,30})?/,
    // Made-up addresses ("123 Fake Street") are reported at low severity by the validator, not dropped.
    allowPlaceholders: true,
    validators: [addressVerdict],
    examples: {
      positive: [
        'Ship to: 1842 Larkspur Avenue, Eugene, OR 97403',
        'home address: 1600 Pennsylvania Avenue',
        'Anschrift: Lindenstraße 23, 10969 Berlin',
        "I'm Jane, I live at 22 Baker Street, London NW1 6XE.",
      ],
      negative: [
        { text: 'Ship to: the warehouse', reason: 'no street address' },
        { text: 'The 3 Main Street tests passed', reason: 'no address label near it' },
        { text: 'address: 12 apples', reason: 'no street type' },
      ],
      lowSeverity: [
        '"shipping_address": "123 Main St, Anytown, CA 12345"',
        'billing address: 456 Elm Street, Anytown, NY 10001',
        'Address: 1234 Main Street',
        'address: 123 Fake Street',
        'Ship to: 742 Evergreen Terrace, Springfield, OR 97403',
        'Anschrift: Musterstraße 1, 12345 Musterstadt',
        'home address: 18 Birch Lane, Anytown',
      ],
    },
  },
];
