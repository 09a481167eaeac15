/**
 * Anchors for rules that have no literal keyword (mostly PII: numbers and codes), or only one too common in code
 * to stand alone (a provider's short prefix, with the shape of what follows it). The prefilter finds every
 * anchor in the same single pass as the keywords, and the rules that name an anchor run only around its
 * occurrences, in windows they share. An anchor must match inside (or within the rule's window of) every
 * real match of each rule using it; the rules' own examples check that.
 *
 * Anchors are written in a small subset of regex syntax (see shape.ts: classes, `\d`, `(?:|)`, `?`, `{m,n}`;
 * no match longer than 16 characters). A class such as `[^A-Za-z0-9]` stands for the boundary before a
 * code; the start of the text counts as a line break.
 */
import { expandShapes, type Shape } from './shape';

export interface Anchor {
  /** Names the anchor in tests and the bench. */
  readonly name: string;
  /** The anchor, in the shape subset of regex syntax. */
  readonly source: string;
  /** Every sequence of character sets it matches (what the prefilter looks for). */
  readonly shapes: readonly Shape[];
}

function anchor(name: string, source: string): Anchor {
  return { name, source, shapes: expandShapes(source) };
}

const ALNUM_BOUNDARY = '[^A-Za-z0-9]';

/**
 * Any character beyond ASCII (and the ASCII control characters other than tab and line breaks): where a word
 * processor, a form or a PDF puts an en dash, an em dash, a non-breaking hyphen, a minus sign or a no-break
 * space between the digit groups of a number ("536–22–8475"). Shapes cannot name a non-ASCII character, only
 * all of them.
 */
const OTHER_DASH = '[^\t\n\r -~]';

/**
 * The start of a number (cards, phone numbers, national ids, IBANs): a non-digit, then its first six digits
 * in one of the groupings these numbers are written in; or the "/XXXX-99" block of a formatted alphanumeric
 * Brazilian CNPJ. Only the start: a long run of digits wakes its rules once, not at every digit. Every rule
 * using it begins its match at a digit that follows a non-digit, or within its window of one.
 *
 * The groupings, by where the separators fall among the first six digits:
 * - none: every number written bare;
 * - spaces after 2 (IBAN "DE89 3704"), 4 with four more digits (card, Aadhaar, a later IBAN group "4539 1488"),
 *   2 and 4 (NINO "AB 12 34 56"), 1, 3 and 5 (NIR "2 69 05 49"), 3 and 5 with four more digits (SSN
 *   "536 22 8475") or a NIR's next groups ("185 05 78 006", "185 05 2A 006");
 * - dashes after 3 and 5 (SSN), after 4 with four more digits (card, Aadhaar "4539-1488": not an ISO date
 *   "2024-03-14");
 * - dots after 3 and 5 with four more digits (SSN "536.22.8475"), a spaced dash after 3 and 5 ("536 - 22 - 8475");
 * - dashes after 2, 4 and 6 before a letter A-D (NINO "AB-12-34-56-C");
 * - a US phone number's dashes or dots after 3 and 6 with four more digits ("555-123-4567", "555.123.4567"),
 *   or after 3 with four more ("(555) 123-4567"); a CPF's dots after 3 and 6 and its dash after 9
 *   ("123.456.789-09"); a CNPJ's dots after 2 and 5 and its slash after 8 ("12.345.678/0001-95");
 *   so that no dotted quad (an IP address: at most three digits between its dots) and no run of
 *   three-digit groups ("ip-10-0-203-166", a node name) wakes these rules;
 * - a dash or space other than the ASCII ones (en dash, em dash, non-breaking hyphen, minus, no-break
 *   space) where SSNs, US phone numbers and NINOs have their separators, and between pairs of digits (a
 *   French phone number or a NINO with no-break spaces);
 * - after a "+", any separators (international phone numbers have every grouping), or a country code and an
 *   area code in parentheses ("+971 (50) 190 9219", "+44(0)20").
 * Other groupings are data, not identifiers: font outlines and coordinates ("502 400 514", "q 173 81 222 33",
 * "l 1033 66"), dates, versions. Those two of a font's were a third of this anchor's occurrences in code.
 * A dot before the digits counts as the boundary only after a non-digit ("No.123456"): after a digit it makes
 * a decimal fraction ("3.14159265"), which no rule reports.
 */
export const ID_NUMBER = anchor(
  'id-number',
  String.raw`(?:[^0-9.]|[^0-9]\.)(?:\d{6}|\d\d \d{4}|\d{4} \d{4}|\d\d \d\d \d\d|\d \d\d \d\d \d|\d{3} \d\d (?:\d{4}|\d\d \d{3}|2[AB] \d{3})|\d{3}-\d\d-\d|\d{3}\.\d\d\.\d{4}|\d\d-\d\d-\d\d-[A-Da-d]|\d{3} - \d\d - \d|\d{3}-\d{3}[-.]\d{4}|\d{3}[-.]\d{4}|\d{3}\.\d{3}(?:[-.]\d{4}|\.\d{3}-)|\d{4}-\d{4}|\d\d\.\d{3}\.\d{3}\/|` +
    `\\d{3}${OTHER_DASH}\\d\\d${OTHER_DASH}\\d|\\d{3} ${OTHER_DASH} \\d\\d ${OTHER_DASH} \\d|(?:\\d{3}${OTHER_DASH})?\\d{3}${OTHER_DASH}\\d{4}|\\d\\d${OTHER_DASH}\\d\\d${OTHER_DASH}\\d\\d)` +
    String.raw`|\+\d(?:[ .-]?\d){5}|\+\d{1,3}[ .-]?\(\d|\/[0-9A-Z]{4}-\d{2}`,
);

/** An Indian PAN whole (ten characters: five letters, the fourth a holder type, four digits, a letter). */
export const INDIA_PAN = anchor('india-pan', String.raw`${ALNUM_BOUNDARY}[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]`);

/**
 * The start of an Italian codice fiscale: six letters, the year (digits, or their omocodia letters) and a
 * month letter.
 */
export const CODICE_FISCALE = anchor('codice-fiscale', String.raw`${ALNUM_BOUNDARY}[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T]`);

/** The start of a base58 Bitcoin address: 1 or 3 after a boundary, then six base58 characters. */
export const BITCOIN_BASE58 = anchor('bitcoin-base58', String.raw`${ALNUM_BOUNDARY}[13][1-9A-HJ-NP-Za-km-z]{6}`);

/** Three hex pairs joined by colons or dashes (MAC addresses). */
export const HEX_PAIRS = anchor('hex-pairs', String.raw`[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}`);

/**
 * The start of an IPv6 address worth reading: the first group of a global unicast (2000::/3) or unique local
 * (fc00::/7) address and its colon, or the prefix of an IPv4-mapped (::ffff:) or NAT64 (64:ff9b:) address.
 */
export const IPV6_GROUP = anchor('ipv6-group', String.raw`(?:[23][0-9a-fA-F]{3}|[fF][c-eC-E][0-9a-fA-F]{2}|::[fF]{4}|64:[fF]{2}9[bB]):`);

/** A digit, a dot, one to three digits, a dot and a digit: the middle of a dotted quad. */
export const DOTTED_DIGITS = anchor('dotted-digits', String.raw`\d\.\d{1,3}\.\d`);

/**
 * National health and social insurance numbers in the layout printed on their cards, whole enough to be told
 * from other numbers without a label: a UK NHS number "943 476 5919", an Australian Medicare number
 * "2953 71649 1", a Swiss AHV number "756.3819.4620.54", a US MBI "4TW7-HK2-RN58".
 */
export const HEALTH_NUMBER = anchor(
  'health-number',
  String.raw`[^0-9.](?:\d{3} \d{3} \d{4}|[2-6]\d{3} \d{5} \d|756\.\d{4}\.\d{4})|[^A-Za-z0-9-][1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]`,
);

/**
 * The start of a Discord bot token without its keyword: the bot's user id (a snowflake, all digits) in base64,
 * whose every three digits encode to four characters of a fixed shape: [MNO] from the first digit, [DTjz]
 * from the first's low bits and the second's high ones, [AEIMQUYcgk] from the second's low bits, [w-z0-5]
 * from the third. Nine digits of that shape are text no one else writes.
 */
const BASE64_DIGITS = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
export const DISCORD_USER_ID = anchor('discord-user-id', `[^A-Za-z0-9_.-]${BASE64_DIGITS}${BASE64_DIGITS}${BASE64_DIGITS}`);

/**
 * An Airtable personal access token's start: 'pat' after a boundary, then twelve of the fourteen letters and
 * digits that follow it. A provider prefix too common in code to stand alone: as a keyword, 'pat' woke its rule
 * 54,000 times in the bench corpus's code (path, pattern, patch).
 */
export const AIRTABLE_PAT = anchor('airtable-pat', String.raw`[^A-Za-z0-9_-]pat[A-Za-z0-9]{12}`);

/**
 * National identity numbers in layouts that other data rarely takes, read without their label: a Finnish
 * henkilötunnus's birth date and century sign ("131052-308T"), a Korean resident registration number's birth
 * date, dash and sex digit ("850314-1"), a Singapore NRIC/FIN ("S1234567D"), a Thai national ID in the card's
 * groups ("3-7104-01562"). Far rarer in code than the six-digit runs that ID_NUMBER wakes on.
 */
export const NATIONAL_ID_LAYOUT = anchor(
  'national-id-layout',
  String.raw`[^0-9A-Za-z]\d{6}[-+A-FU-Y]\d{3}|[^0-9-]\d{6}-[1-4]\d|[^A-Za-z0-9][STFG]\d{7}[A-Z]|[^0-9]\d[ -]\d{4}[ -]\d{5}`,
);

/** Every anchor, for the tests. */
export const ALL_ANCHORS: readonly Anchor[] = [AIRTABLE_PAT, ID_NUMBER, INDIA_PAN, CODICE_FISCALE, BITCOIN_BASE58, HEX_PAIRS, IPV6_GROUP, DOTTED_DIGITS, HEALTH_NUMBER, DISCORD_USER_ID, NATIONAL_ID_LAYOUT];
