import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive, mod97 } from '../../engine/validators';
import { columnKeywords, digitsOf, requireLabelOnLine, standaloneNumber, labelledOnLine } from './checks';

/** US ABA routing number prefix: 9 digits starting with a Federal Reserve routing symbol. */
function abaPrefixValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  return (prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

/** US ABA routing number check digit: the 3-7-1 weighted sum is divisible by 10. */
function abaCheckDigitValid(digits: string): boolean {
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * w[i % 3];
  return sum % 10 === 0 && sum !== 0;
}

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 ' +
    'EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
    'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 ' +
    'NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 ' +
    'SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);


/** Documentation IBANs (the SWIFT registry's and banks' published examples). */
const EXAMPLE_IBANS = new Set(['DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'CH9300762011623852957', 'BE68539007547034']);

function ibanVerdict(ctx: MatchContext): ValidatorResult {
  if (/[A-Za-z0-9]/.test(ctx.text[ctx.start - 1] ?? '')) return false;
  const v = ctx.value.replace(/ /g, '');
  if (IBAN_LENGTHS[v.slice(0, 2)] !== v.length) return false;
  // Printed IBANs come in groups of four.
  if (ctx.value.includes(' ') && !/^[A-Z0-9]{4}(?: [A-Z0-9]{4})* ?[A-Z0-9]{0,4}$/.test(ctx.value)) return false;
  if (mod97(v.slice(4) + v.slice(0, 4)) !== 1) return false;
  if (EXAMPLE_IBANS.has(v)) return { severity: 'low', note: 'documentation IBAN' };
  return true;
}

/**
 * No rule reports SWIFT/BIC codes: a BIC names a bank (or one of its branches), not a person. BICs are public
 * directory data, printed on every bank's website and invoice; one reveals at most which bank a person uses,
 * which their IBAN already says (its bank code). Reporting them was a false alarm on every payment page.
 */
export const bankRules: readonly Rule[] = [
  {
    id: 'iban',
    title: 'International bank account number (IBAN)',
    category: 'pii',
    kind: 'IBAN',
    severity: 'high',
    description: 'An IBAN identifies a person\'s bank account; with a name it enables direct-debit fraud and invoice scams.',
    keywords: [],
    anchor: ID_NUMBER,
    // After a space, a group holds a digit (the first, the bank code, excepted): a word after the IBAN
    // ('... 7034 SEPA', '... 61 REF') is not swallowed into it, which would break its length and checksum.
    pattern: /[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})(?: (?=[A-Z]{0,3}\d)[A-Z0-9]{4}|[A-Z0-9]{4}){1,6}(?: (?=[A-Z]{0,2}\d)[A-Z0-9]{1,3}|[A-Z0-9]{1,3})?(?![A-Za-z0-9])/,
    validators: [ibanVerdict],
    // Checksummed and structured: it wins over the looser number shapes on the same digits, wherever it is listed.
    overrides: ['us-bank-account-number', 'us-bank-routing-number', 'phone-number-international', 'phone-number-international-labelled', 'phone-number-national', 'phone-number-us'],
    examples: {
      positive: [
        'IBAN: DE75 5121 0800 1245 1261 99',
        'iban=FR7630006000011234567890189',
        'Please pay to GB09 BUKB 2020 1547 3829 61', 'NL56RABO0374829163',
        'Please pay to BE31 0142 4156 7380 SEPA by Friday.',
        'IBAN DE75 5121 0800 1245 1261 99 REF 2291',
      ],
      negative: [
        { text: 'IBAN: DE75 5121 0800 1245 1261 98', reason: 'fails the mod-97 check' },
        { text: 'DE7551210800124512619', reason: 'one character short for a German IBAN' },
        { text: 'const KEY = "AB12CDEFGHIJKLMNOP"', reason: 'AB is not an IBAN country' },
      ],
      lowSeverity: ['iban: DE89 3704 0044 0532 0130 00'],
    },
  },
  {
    id: 'us-bank-routing-number',
    title: 'US bank routing number (ABA)',
    category: 'pii',
    kind: 'BANK_ACCOUNT',
    severity: 'medium',
    confidence: 'medium',
    description: 'A routing number with an account number is all it takes to set up ACH debits against the account.',
    // 'aba' alone would wake on "database" and "abandon": only its label forms.
    keywords: ['routing', 'aba:', 'aba ', 'aba#', 'aba=', 'rtn', ...columnKeywords('aba')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{9}(?!\d)/,
    // A number outside the Federal Reserve prefixes is no routing number ("routing table: 991000248 entries");
    // under its label, one that fails only the check digit is more likely a mistyped one: demoted, not dropped.
    validators: [
      standaloneNumber,
      (ctx) => abaPrefixValid(ctx.value) && !isRepetitive(ctx.value),
      (ctx) => abaCheckDigitValid(ctx.value) || { confidence: 'low', note: 'fails the ABA check digit' },
      requireLabelOnLine(['routing', 'aba', 'rtn', 'routing number', 'transit'], 60),
    ],
    examples: {
      positive: ['routing number: 121000248', 'ABA 026009593', 'id,ABA,status\n7,026009593,active'],
      lowConfidence: ['routing number: 121000249'],
      negative: [
        { text: 'routing: 991000248', reason: '99 is not a Federal Reserve routing prefix' },
        { text: 'routing number: 000000000', reason: 'a placeholder of one repeated digit' },
        { text: 'build 121000249 passed', reason: 'no routing label' },
      ],
    },
  },
  {
    id: 'us-bank-account-number',
    title: 'US bank account number',
    category: 'pii',
    kind: 'BANK_ACCOUNT',
    severity: 'high',
    confidence: 'medium',
    description: 'A bank account number with its routing number allows ACH debits and cheque fraud.',
    keywords: ['account', 'acct', 'a/c'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d])\d{8,17}(?!\d)/,
    validators: [
      standaloneNumber,
      (ctx) => !/^(?:0+|(\d)\1+)$/.test(ctx.value) && !/^1[5-7]\d{8}(?:\d{3})?$/.test(ctx.value),
      (ctx) =>
        labelledOnLine(ctx, ['account number', 'account no', 'acct', 'bank account', 'account #', 'checking account', 'savings account', 'a/c'], 50),
      (ctx) => digitsOf(ctx.value).length >= 8,
    ],
    examples: {
      positive: ['Bank account number: 4829103756', 'acct # 000123984561'],
      negative: [
        { text: 'account created at 1700000000', reason: 'a Unix timestamp near the word account' },
        { text: 'bank account number: 00000000', reason: 'all zeros: a placeholder' },
        { text: 'accountId = 48291037', reason: 'an account id in code, not a bank account label' },
      ],
    },
  },
];
