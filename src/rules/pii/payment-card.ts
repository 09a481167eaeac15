import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { columnLabelled, consistentSeparators, digitsOf, low, standaloneNumber, textBefore } from './checks';

/** Issuer (IIN) ranges and the card lengths each issues. */
const ISSUERS: readonly { name: string; test: (d: string) => boolean; lengths: readonly number[] }[] = [
  { name: 'Visa', test: (d) => d[0] === '4', lengths: [13, 16, 19] },
  { name: 'Mastercard', test: (d) => /^5[1-5]/.test(d) || (+d.slice(0, 4) >= 2221 && +d.slice(0, 4) <= 2720), lengths: [16] },
  { name: 'American Express', test: (d) => /^3[47]/.test(d), lengths: [15] },
  { name: 'Diners Club', test: (d) => /^3(?:0[0-5]|09|[68])/.test(d), lengths: [14, 16, 19] },
  { name: 'Discover', test: (d) => /^6(?:011|5|4[4-9]|22(?:12[6-9]|1[3-9]\d|[2-8]\d\d|9[01]\d|92[0-5]))/.test(d), lengths: [16, 19] },
  { name: 'JCB', test: (d) => +d.slice(0, 4) >= 3528 && +d.slice(0, 4) <= 3589, lengths: [16, 17, 18, 19] },
  { name: 'UnionPay', test: (d) => /^62/.test(d), lengths: [16, 17, 18, 19] },
  { name: 'Maestro', test: (d) => /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/.test(d), lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'Mir', test: (d) => /^220[0-4]/.test(d), lengths: [16, 17, 18, 19] },
];

/** Test numbers published by card networks and payment providers (Stripe, Braintree, Adyen, PayPal...). */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556', '4000000000000002',
  '4000000000009995', '4000000000000077', '4000002500003155', '4000000000003220', '4000000000000341', '4005519200000004',
  '4009348888881881', '4012000033330026', '4012000077777777', '4217651111111119', '4500600000000061', '4917610000000000',
  '5555555555554444', '5200828282828210', '5105105105105100', '5431111111111111', '5454545454545454', '2223003122003222',
  '2221000000000009', '378282246310005', '371449635398431', '378734493671000', '340000000000009', '6011111111111117',
  '6011000990139424', '6011000000000004', '6011601160116611', '3056930009020004', '36227206271667', '30569309025904',
  '38520000023237', '3566002020360505', '3530111333300000', '3566111111111113', '6200000000000005', '6759649826438453',
]);

function cardVerdict(ctx: MatchContext): ValidatorResult {
  if (standaloneNumber(ctx) === false) return false;
  const v = ctx.value;
  if (!consistentSeparators(v)) return false;
  const d = digitsOf(v);
  const issuer = ISSUERS.find((i) => i.test(d));
  if (!issuer || !issuer.lengths.includes(d.length)) return false;
  if (!luhnValid(d)) return false;
  // Grouped numbers must use a real grouping: 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-1..4.
  if (/\D/.test(v)) {
    const groups = v.split(/\D/).map((g) => g.length).join('-');
    if (!/^4-4-4-[1-4]$|^4-4-4-4-[1-3]$|^4-6-[45]$/.test(groups)) return false;
  }
  if (TEST_CARDS.has(d)) return low('published test card number');
  if (isRepetitive(d)) return false;
  // A bare run of digits in code is usually an id or a big constant: ask for a payment word near it.
  if (!/\D/.test(v)) {
    const near = (textBefore(ctx, 60) + ctx.text.slice(ctx.start + v.length, ctx.start + v.length + 30)).toLowerCase();
    if (!/card|credit|debit|visa|master|amex|pan\b|cc_?num|ccn|payment|kreditkarte|carte|tarjeta|cartão/.test(near)) {
      // The value of a key that names something else ("id=", "\"ts\":", "order_no:") is that thing: logs
      // and JSON are full of such numbers, and a tenth of them pass the Luhn check. So are unlabelled runs
      // of other lengths than the 16 digits of most cards and the 15 of American Express: 13-digit Visa
      // numbers are long retired, and 12- to 19-digit ids abound.
      if (keyNamesSomethingElse(ctx) || (d.length !== 15 && d.length !== 16)) return false;
      return { confidence: 'medium' };
    }
  }
  return true;
}

/** The key or label written right before a value: `id=`, `"userId": "`, `order_no: `. */
const KEY_BEFORE = /([A-Za-z][A-Za-z0-9_.-]*)["']?[ \t]*(?::|=>?)[ \t]*["']?$/;
/** Word parts of keys that name what a number is, when it is not a card. */
const OTHER_NUMBER_WORDS = new Set([
  'id', 'ids', 'uid', 'uuid', 'guid', 'key', 'ts', 'time', 'timestamp', 'date', 'epoch', 'created', 'updated', 'seq',
  'sequence', 'serial', 'nonce', 'count', 'size', 'length', 'offset', 'version', 'rev', 'port', 'pid', 'hash',
  'checksum', 'crc', 'order', 'invoice', 'ref', 'reference', 'tracking', 'phone', 'tel', 'mobile', 'msisdn', 'imei',
  'iccid', 'isbn', 'ean', 'upc', 'gtin', 'sku', 'account', 'acct', 'iban', 'routing', 'amount', 'price', 'total',
  'balance', 'qty', 'quantity', 'zip', 'user', 'customer', 'session', 'request', 'trace', 'span', 'build', 'job',
]);

function keyNamesSomethingElse(ctx: MatchContext): boolean {
  const key = KEY_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))?.[1];
  if (!key) return false;
  const parts = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return parts.some((p) => OTHER_NUMBER_WORDS.has(p));
}

/** Labels of a card security code, as a table header writes them. */
const CVV_WORDS = ['cvv', 'cvv2', 'cvc', 'cvc2', 'csc', 'cvn', 'cv2', 'cid', 'security code', 'card code', 'cryptogramme'];

export const paymentCardRules: readonly Rule[] = [
  {
    id: 'payment-card-number',
    title: 'Payment card number',
    category: 'pii',
    kind: 'CREDIT_CARD',
    severity: 'high',
    description: 'A card number (PAN) is enough for fraud in card-not-present payments and falls under PCI DSS.',
    keywords: [],
    anchor: ID_NUMBER,
    // Published test cards are repetitive ('4242...'): the validator reports them at low severity.
    allowPlaceholders: true,
    pattern: /[2-6](?<!\d[2-6])\d{3}(?:\d{8,15}| \d{4} \d{4} \d{1,4}(?: \d{1,3})?|-\d{4}-\d{4}-\d{1,4}(?:-\d{1,3})?|[ -]\d{6}[ -]\d{4,5})(?!\d)/,
    validators: [cardVerdict],
    examples: {
      positive: [
        'card: 4539 1488 0343 6467',
        'cc_number=5425233430109903',
        'Amex 3782 822463 10013 on file',
        'visa 4916-3385-0608-2832',
        'discover 6011 6273 9184 5629',
        'charged 4539148803436467 at 10:42',
        'id,amount,card\n17,12.50,4539148803436467',
        'name,dob,card,amount\nAna Silva,1984-03-14,4539148803436467,12.50',
        '{"number": "4539148803436467", "exp": "04/27"}',
      ],
      negative: [
        { text: 'tracking 94532015112830366 shipped', reason: 'the tail of a longer number: a card number stands alone' },
        { text: 'card: 4539 1488 0343 6468', reason: 'fails the Luhn check' },
        { text: 'id = 9539148803436467', reason: 'no card issuer starts with 9' },
        { text: 'card: 4539 14880 3436 467', reason: 'not a card grouping' },
        { text: 'timestamp 1700000000000', reason: 'a millisecond timestamp, not a card' },
        { text: 'INFO request id=5425233430109903 took 12ms', reason: 'the value of an id key, not a card' },
        { text: 'ratio = 3,4539148803436467', reason: 'the decimals of a number written with a decimal comma' },
        { text: 'batch 4532015112830 and 6205839471056273815', reason: 'unlabelled runs of 13 and 19 digits: ids, not the common card lengths' },
        { text: '{"orderId": 4539148803436467, "total": 12.5}', reason: 'a key naming an order id' },
      ],
      lowSeverity: ['Use test card 4242 4242 4242 4242 in sandbox', 'card=4111111111111111'],
    },
  },
  {
    id: 'card-security-code',
    title: 'Card security code (CVV/CVC)',
    category: 'pii',
    kind: 'CARD_SECURITY_CODE',
    severity: 'high',
    confidence: 'medium',
    description: 'The code on the back of a card completes an online payment; PCI DSS forbids keeping it at all.',
    keywords: ['cvv', 'cvc', 'csc', 'cvn', 'cv2', 'cid:', 'cid=', 'security code', 'card code', 'cryptogramme', 'pruefnummer'],
    window: 40,
    tableColumns: true,
    // The label then the code; or, in a table, a cell of three or four digits (its column header must be
    // the label, which the validator checks). Both start at a digit: said first, the regex engine skips to
    // digits instead of trying the label's look-behind at every character (five times faster).
    pattern:
      /(?=\d)(?:(?<=(?<![A-Za-z0-9])(?:cvv2?|cvc2?|csc|cvn|cv2|cid|(?:card )?security code|card code|cryptogramme(?: visuel)?|kartenpruefnummer)["']?(?:[ \t]{0,3}(?:[:=#-]|is)[ \t]{0,3}|[ \t]{1,3})["']?)\d{3,4}(?![\dA-Za-z])|(?<=(?:^|[,;\t|])[ ]?"?)(?<cell>\d{3,4})(?="?[ ]?(?:[,;\t|]|\r?$)))/im,
    validators: [
      (ctx) => {
        if (ctx.match.groups?.cell !== undefined && !columnLabelled(ctx, CVV_WORDS)) return false;
        // Codes documentation and test forms use: reported low.
        if (/^(?:0{3,4}|1{3,4}|123|1234|999|9999)$/.test(ctx.value)) return low('a stand-in code');
        // A CSS colour or an HTTP status after "cid" is no card code.
        return !/#$/.test(textBefore(ctx, 1));
      },
    ],
    examples: {
      positive: [
        'card 5425 2334 3010 9903 exp 04/27 cvv 837',
        'payment = { number: "...", cvc: "4921" }',
        'Security code: 602',
        'name,card,exp,cvv\nAna Silva,5425233430109903,04/27,837',
      ],
      negative: [
        { text: 'cvv_length = 3', reason: 'a length setting, no code' },
        { text: 'the CVV is printed on the back of the card', reason: 'no code given' },
        { text: 'cvc: {{ card.cvc }}', reason: 'a template' },
        { text: 'csc709Inverse( dctData );', reason: 'an identifier (a colour-space conversion), not a label' },
        { text: 'cvv,amount\nyes,250', reason: 'a number in another column than the code\'s' },
      ],
      lowSeverity: ['test card 4242 4242 4242 4242, CVC 123'],
    },
  },
];
