import { ID_NUMBER } from '../../engine/anchors';
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { MemoKey } from '../../engine/memo';
import { isRepetitive } from '../../engine/validators';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { columnLabelled, consistentSeparators, digitsOf, isWordChar, looksLikeDateStamp, low, OTHER_DASHES, OTHER_SPACES, plainSeparators, textAfter, textBefore, wordOnSameLine } from './checks';

/** Separators between the groups of a number: any space (no-break, thin...), dot, any dash (en dash, non-breaking hyphen...). */
const SEP = ` .\\-${OTHER_DASHES}${OTHER_SPACES}`;

/** Words that say a number nearby is a phone number. */
export const PHONE_WORDS = [
  'phone', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'cellphone', 'call', 'fax', 'whatsapp', 'sms', 'contact',
  'landline', 'hotline', 'telefon', 'telefono', 'teléfono', 'téléphone', 'handy', 'portable', 'celular', 'numéro', 'dial',
];

/** A phone label directly before a value: the word, an optional suffix, quotes, ':' or '='. */
const PHONE_LABEL_BEFORE = /(?:phone|tel|telephone|mobile|cell|cellphone|fax|whatsapp|handy|landline|hotline)[\w.-]{0,12}["']?\s{0,3}[:=]?\s{0,3}["']?$/i;

/** Regions tried for numbers written without a country code (most common first). */
const NATIONAL_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'ES', 'IT', 'NL', 'BR', 'AU', 'CA', 'MX', 'JP'];

/** Fictional numbers reserved for drama and documentation (NANP 555-01xx, Ofcom drama ranges). */
function isFictional(p: PhoneNumber): boolean {
  const n = p.nationalNumber;
  if (p.countryCallingCode === '1') return /^\d{3}55501\d{2}$/.test(n);
  if (p.countryCallingCode === '44') return /^(?:7700900|20794600|1134960|1614960|1174960)\d{0,3}$/.test(n);
  if (p.countryCallingCode === '61') return /^(?:491570|255501)/.test(n);
  return false;
}

/**
 * The separators of a number after its country code: one kind throughout, or the national layout that many
 * countries write after it: spaces first and dashes (or dots) in the last groups ("+1 415 555-2671",
 * "+7 495 123-45-67", "+55 11 96177-7109"), or a dash after the area code and spaces after it ("+46 70-123 45 67",
 * "+60 12-358 3974").
 */
function internationalSeparators(national: string): boolean {
  return consistentSeparators(national) || /^\d+(?: \d+)+(?:-\d+)+$|^\d+(?: \d+)+(?:\.\d+)+$|^\d+-\d+(?: \d+)+$/.test(national);
}

/** Shared checks on a phone-like match: a number in code (version, timestamp, id, arithmetic) is rejected. */
function plausibleInText(ctx: MatchContext): boolean {
  const before = textBefore(ctx, 1);
  if (before === '+') return false;
  const after = textAfter(ctx, 2);
  if (isWordChar(before) || isWordChar(after[0])) return false;
  if (/[.\-/:]/.test(after[0] ?? '') && /\d/.test(after[1] ?? '')) return false;
  if (/[.\-/:]/.test(before) && /\d/.test(ctx.text[ctx.start - 2] ?? '')) return false;
  const national = ctx.value.replace(/^\+\d{1,3}\s?|[()]/g, '').trim();
  return (ctx.value.startsWith('+') ? internationalSeparators(national) : consistentSeparators(national)) || /[()]/.test(ctx.value);
}

function verdict(p: PhoneNumber | undefined): ValidatorResult {
  if (!p || !p.isValid()) return false;
  if (isFictional(p)) return low('fictional number reserved for documentation');
  return true;
}

/**
 * The verdict on a number as written, for one region ('' when it carries its country code). Parsing and
 * validating against the full metadata takes 5 to 30 µs a number, up to thirteen regions each for a national
 * number: remembered, a rescan of the same contact list costs next to nothing.
 */
const VERDICTS = new MemoKey<ValidatorResult>('phone verdicts', 20_000);

/**
 * The number as libphonenumber reads it: ASCII dashes, and without the trunk prefix some write after the
 * country code ("+44 (0) 7612 ..."), which is not dialled from abroad.
 */
const dialled = (written: string): string => plainSeparators(written).replace(/^(\+\d{1,3}) ?\(0\) ?/, '$1 ');

function phoneVerdict(ctx: MatchContext, region: CountryCode | ''): ValidatorResult {
  const value = dialled(ctx.value);
  const compute = () => verdict(parsePhoneNumberFromString(value, region || undefined));
  return ctx.remembered ? ctx.remembered.of(VERDICTS).get(`${region}|${value}`, compute) : compute();
}

function internationalVerdict(ctx: MatchContext): ValidatorResult {
  const prev = textBefore(ctx, 2);
  // '1e+21', 'x+1234567', '"a"+12345678': arithmetic and exponents, not phone numbers.
  if (/[A-Za-z0-9_)\]]$/.test(prev)) return false;
  if (!plausibleInText(ctx)) return false;
  const digits = digitsOf(ctx.value);
  if (digits.length < 8 || digits.length > 15) return false;
  const v = phoneVerdict(ctx, '');
  if (v !== false) return v;
  // Demote, don't drop: under a phone label, a number of the right length for its country but outside the
  // ranges libphonenumber knows (a pager or personal number, a range newer than the metadata) is still a number.
  const labelled = wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, PHONE_WORDS, 60, ctx.memo) || columnLabelled(ctx, PHONE_WORDS);
  if (!labelled || isRepetitive(digits)) return false;
  const parsed = parsePhoneNumberFromString(dialled(ctx.value));
  return parsed?.isPossible() ? { confidence: 'low', note: 'a number outside the known ranges of its country' } : false;
}

function nationalVerdict(ctx: MatchContext): ValidatorResult {
  // With its country code, a number is no national format: the labelled international rule reports it.
  if (ctx.value.startsWith('+')) return false;
  if (!plausibleInText(ctx)) return false;
  const digits = digitsOf(ctx.value);
  // "0044 7725 434391": the international call prefix 00 and a country code add up to five digits.
  if (digits.length < 7 || digits.length > (digits.startsWith('00') ? 18 : 13)) return false;
  const end = ctx.start + ctx.value.length;
  if (!wordOnSameLine(ctx.text, ctx.start, end, PHONE_WORDS, 60, ctx.memo) && !columnLabelled(ctx, PHONE_WORDS)) return false;
  // A bare run of digits near a weak word ('call', 'contact') is more likely an argument in code.
  const formatted = /[ .\-/()]/.test(ctx.value) || ctx.value.startsWith('0');
  if (!formatted && looksLikeDateStamp(digits)) return false;
  // A bare run of digits counts only right after a phone label ('phone: 4158675309', "tel='...'"), not in
  // code that merely mentions a cell or a call ('CellData;e.content=2097152').
  if (!formatted && !columnLabelled(ctx, PHONE_WORDS) && !PHONE_LABEL_BEFORE.test(textBefore(ctx, 40))) return false;
  for (const region of NATIONAL_REGIONS) {
    const v = phoneVerdict(ctx, region);
    if (v !== false) return v;
  }
  return false;
}

/** US/Canada numbers in their recognisable national format: (415) 555-2671, 415-555-2671, 415.555.2671. */
function nanpVerdict(ctx: MatchContext): ValidatorResult {
  if (!plausibleInText(ctx)) return false;
  const prev = textBefore(ctx, 3);
  if (/[\d+]\s?$/.test(prev) || /[-.]\d?$/.test(prev)) return false;
  return phoneVerdict(ctx, 'US');
}

/** A number with its country code: '+', the code and the groups of the national number. */
const INTERNATIONAL_NUMBER = new RegExp(String.raw`\+[1-9](?:\d{7,14}|\d{0,3}(?:[${SEP}]?\(\d{1,4}\)\d{0,4})?(?:[${SEP}]\d{1,8}){1,6})(?!\d)`);

/** The national rule's label words, which the labelled international rule reads in table headers too. */
const PHONE_KEYWORDS = ['phone', 'tel:', 'tel.', 'tel ', 'tel=', 'tel#', 'mobile', 'mob:', 'mob.', 'mob ', 'cell', 'call ', 'call:', 'fax', 'whatsapp', 'sms', 'contact', 'landline', 'hotline', 'handy', 'portable', 'celular', 'dial'];
const PHONE_WORD_START_KEYWORDS = ['tel:', 'tel.', 'tel ', 'tel=', 'tel#', 'mob:', 'mob.', 'mob ', 'call ', 'call:', 'cell', 'dial', 'fax', 'sms'];

export const phoneRules: readonly Rule[] = [
  {
    id: 'phone-number-international',
    title: 'Phone number (international format)',
    category: 'pii',
    kind: 'PHONE',
    severity: 'medium',
    description: 'A phone number identifies and reaches a person (calls, SMS phishing, SIM-swap attempts).',
    keywords: [],
    anchor: ID_NUMBER,
    // '+' first: the scan skips quickly to the rare '+' followed by a digit.
    pattern: INTERNATIONAL_NUMBER,
    validators: [internationalVerdict],
    // "+44 (0) 7612 893 973": the national rule reads only "7612 893 973"; the whole number wins.
    overrides: ['phone-number-national', 'phone-number-international-labelled'],
    examples: {
      positive: [
        'Call me at +44 20 7946 0123 tomorrow',
        'phone: "+49 1512 3456789"',
        'contact +1 (415) 867-5309',
        '+33 6 12 34 56 78',
        'Tel: +1 646\u2011321\u20117788',
        'Portable\u00a0: +33\u00a06\u00a012\u00a034\u00a056\u00a078',
        'Reach her on +971 (50) 190 9219 after six.',
        'cell +1 646 321-7788',
        'WhatsApp +7 (495) 123-45-67',
        'mobil: +46 70-381 52 94',
      ],
      negative: [
        { text: 'const big = 1e+21;', reason: 'exponent in a number literal' },
        { text: 'total = count+12345678;', reason: 'arithmetic in code' },
        { text: 'tel: +1234567890', reason: 'not a valid number plan (sequential placeholder)' },
        { text: 'offset: +0530 +10000000', reason: 'timezone offset / no valid country code' },
        { text: 'release +1 2024-11-05', reason: 'a date after a plus sign: not a national layout' },
      ],
      lowSeverity: ['Phone: +1 415 555 0123'],
      lowConfidence: ['Phone: +44 7667 196565', 'whatsapp +44 7612 893 973'],
    },
  },
  {
    id: 'phone-number-national',
    title: 'Phone number (national format)',
    category: 'pii',
    kind: 'PHONE',
    severity: 'medium',
    confidence: 'medium',
    description: 'A phone number identifies and reaches a person (calls, SMS phishing, SIM-swap attempts).',
    // 'tel' and 'call' alone would wake on "intel", "hotel" and every "callback": only their label forms,
    // where a word starts ('Intel Mac OS X' stands in most browsers' user agent, on each line of a web log).
    keywords: PHONE_KEYWORDS,
    wordStartKeywords: PHONE_WORD_START_KEYWORDS,
    tableColumns: true,
    window: 80,
    pattern: new RegExp(String.raw`\+?(?:\(\d{2,5}\) ?)?\d{2,12}(?:[${SEP}\/]\d{2,8}){0,4}(?!\d)`),
    validators: [nationalVerdict],
    examples: {
      positive: [
        'Phone: 020 7946 0123',
        'mobile: 0151 48273916',
        'Tel. 06 12 34 56 78',
        'whatsapp 98451 72630',
      ],
      negative: [
        { text: 'id,name,phone\n7,Ana Silva,+44 7667 196565', reason: 'with its country code: the labelled international rule reports it' },
        { text: 'setTimeout(callback, 1500000)', reason: 'a duration in code, not a phone number' },
        { text: 'phone_schema_version = 20240115', reason: 'a date stamp near the word phone' },
        { text: 'Contact us: 12345', reason: 'too short to be a phone number' },
      ],
    },
  },
  {
    id: 'phone-number-international-labelled',
    title: 'Phone number (international format)',
    category: 'pii',
    kind: 'PHONE',
    severity: 'medium',
    description: 'A phone number identifies and reaches a person (calls, SMS phishing, SIM-swap attempts).',
    // A number with its country code in a phone column, which the anchored international rule cannot read
    // ("+44 7667 196565" under Phone, outside the ranges libphonenumber knows: low). On a line with its label,
    // the anchored rule reads it: this one runs only in tables whose header holds a phone word.
    keywords: PHONE_KEYWORDS,
    wordStartKeywords: PHONE_WORD_START_KEYWORDS,
    tableColumns: 'only',
    window: 80,
    pattern: INTERNATIONAL_NUMBER,
    validators: [internationalVerdict],
    examples: {
      positive: ['| # | customer | mobile |\n|---|---|---|\n| 1 | Ana Silva | +44 7667 196565 |', 'name;whatsapp\nKim Ødegaard;+44 7667 284913'],
      lowConfidence: ['id,name,phone\n7,Ana Silva,+44 7667 196565'],
      negative: [
        { text: 'id,name,phone\n7,Ana Silva,+1234567890', reason: 'a sequential placeholder' },
        { text: 'id,name,phone\n7,Ana Silva,+0530', reason: 'a time zone offset, no country code' },
      ],
    },
  },
  {
    id: 'phone-number-us',
    title: 'Phone number (US/Canada format)',
    category: 'pii',
    kind: 'PHONE',
    severity: 'medium',
    description: 'A phone number identifies and reaches a person (calls, SMS phishing, SIM-swap attempts).',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: new RegExp(String.raw`(?:\([2-9]\d{2}\)[ ${OTHER_SPACES}]?|[2-9]\d{2}[.\-${OTHER_DASHES}])[2-9]\d{2}[.\-${OTHER_DASHES}]\d{4}(?!\d)`),
    validators: [nanpVerdict],
    overrides: ['phone-number-national'],
    examples: {
      positive: ['Reach Dana at (415) 867-5309.', 'emergency contact 646-321-7788', 'cell 646\u2013321\u20137788'],
      negative: [
        { text: 'order 212-555-0123-4567', reason: 'part of a longer dashed identifier' },
        { text: 'build 123-456-7890', reason: 'area codes cannot start with 1' },
        { text: 'ts: 2024.11.2025', reason: 'not the 3-3-4 grouping' },
      ],
      lowSeverity: ['Call (212) 555-0142 for a demo'],
    },
  },
];
