/**
 * National and financial identifiers of the kinds that general PII detectors read by pattern: cards, bank
 * accounts and routing numbers, crypto wallets, US documents and the DEA number, Australian, Indian,
 * Singaporean, Spanish, Italian, Polish, Finnish, Korean and Thai numbers. Each is drawn in the formats its
 * issuer prints (check digits computed, separators as people type them) and written three ways: under an English
 * label, under a label in the country's language or a synonym, and, where the format alone is distinctive
 * (a check digit, a fixed layout), with no label at all, where it must still be found (at lower confidence).
 * Values are made from each format's documentation, never taken from a peer's tests.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, createBase58check } from '@scure/base';
import { luhnValid, mod97, verhoeffValid } from '../../../src/engine/validators';
import { repeatedDigitsVerdict, weightedSum } from '../../../src/rules/pii/checks';
import { abnValid, acnValid, medicareValid, tfnValid } from '../../../src/rules/pii/australia';
import { hetuValid } from '../../../src/rules/pii/finland';
import { partitaIvaValid } from '../../../src/rules/pii/italy';
import { rrnChecksumValid } from '../../../src/rules/pii/korea';
import { peselValid } from '../../../src/rules/pii/poland';
import { nricValid } from '../../../src/rules/pii/singapore';
import { thaiIdValid } from '../../../src/rules/pii/thailand';
import { DIGITS, UPPER, type Rng } from '../rng';
import type { Expected, Generator, Sample } from '../types';

interface Identifier {
  /** The eval's kind name. */
  readonly kind: string;
  /** English labels, and labels in the country's language or synonyms. */
  readonly labels: readonly string[];
  readonly localLabels: readonly string[];
  /**
   * Whether the value must be found with no label on its line (a distinctive, checksummed layout), or how to
   * write it there: only in the layout its card prints where bare digits would be any id or timestamp.
   */
  readonly bare: boolean | ((rng: Rng) => string);
  readonly make: (rng: Rng) => string;
}

/** Draws until `valid` accepts (each format's check digit leaves a valid draw one in ten to one in ninety). */
function drawValid(rng: Rng, draw: () => string, valid: (value: string) => boolean): string {
  for (;;) {
    const value = draw();
    if (valid(value)) return value;
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const group = (s: string, sizes: readonly number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) {
    parts.push(s.slice(at, at + n));
    at += n;
  }
  return parts.join(sep);
};

/** A card number of a major scheme, Luhn-valid, grouped as printed or bare. */
function card(rng: Rng): string {
  const [prefix, length] = rng.pick([['4', 16], ['5' + rng.int(1, 5), 16], ['3' + rng.pick(['4', '7']), 15], ['6011', 16]] as const);
  const body = prefix + rng.chars(DIGITS, length - prefix.length - 1);
  let digits = '';
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) digits = body + d;
  const sizes = length === 15 ? [4, 6, 5] : [4, 4, 4, 4];
  return rng.pick([() => group(digits, sizes, ' '), () => group(digits, sizes, '-'), () => digits])();
}

const base58check = createBase58check(sha256);

function bitcoin(rng: Rng): string {
  const hash = Uint8Array.from({ length: 20 }, () => rng.int(0, 255));
  return rng.pick([
    () => base58check.encode(Uint8Array.from([0, ...hash])),
    () => base58check.encode(Uint8Array.from([5, ...hash])),
    () => bech32.encode('bc', [0, ...bech32.toWords(hash)]),
  ])();
}

function iban(rng: Rng): string {
  const [country, bban] = rng.pick([
    () => ['GB', `${rng.chars(UPPER, 4)}${rng.chars(DIGITS, 14)}`],
    () => ['DE', rng.chars(DIGITS, 18)],
    () => ['FR', rng.chars(DIGITS, 23)],
    () => ['ES', rng.chars(DIGITS, 20)],
    () => ['IT', `${rng.chars(UPPER, 1)}${rng.chars(DIGITS, 10)}${rng.chars(DIGITS, 12)}`],
    () => ['NL', `${rng.chars(UPPER, 4)}${rng.chars(DIGITS, 10)}`],
    () => ['PL', rng.chars(DIGITS, 24)],
  ])();
  const check = String(98 - mod97(bban + country + '00')).padStart(2, '0');
  const value = country + check + bban;
  return rng.bool() ? value.replace(/(.{4})(?!$)/g, '$1 ') : value;
}

/** A US ABA routing number: its 3-7-1 weighted sum is a multiple of 10. */
const routing = (rng: Rng) => drawValid(rng, () => `${pad2(rng.pick([rng.int(1, 12), rng.int(21, 32), rng.int(61, 72)]))}${rng.chars(DIGITS, 7)}`, (d) => weightedSum(d, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0);

/** A DEA registration number: two letters, six digits and a check digit ((d1+d3+d5) + 2(d2+d4+d6)) mod 10. */
function dea(rng: Rng): string {
  const six = rng.chars(DIGITS, 6);
  const check = weightedSum(six, [1, 2, 1, 2, 1, 2]) % 10;
  return `${rng.pick(['A', 'B', 'F', 'G', 'M'])}${rng.chars(UPPER, 1)}${six}${check}`;
}

/** A Spanish DNI (eight digits and the mod-23 letter) or NIE (X, Y or Z, seven digits, the letter). */
function spanishId(rng: Rng, foreign: boolean): string {
  const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
  if (!foreign) {
    const n = rng.chars(DIGITS, 8);
    return `${n}${rng.bool(0.3) ? '-' : ''}${letters[Number(n) % 23]}`;
  }
  const lead = rng.pick(['X', 'Y', 'Z']);
  const n = rng.chars(DIGITS, 7);
  return `${lead}${n}${letters[Number('XYZ'.indexOf(lead) + n) % 23]}`;
}

/**
 * Digits in which one digit recurs (three of five, five of seven), as issued numbers often do: drawn until one
 * digit makes three to four fifths of them without a run or a repeated unit, and `valid` holds.
 */
function recurringDigits(rng: Rng, length: number, valid: (digits: string) => boolean = () => true): string {
  return drawValid(
    rng,
    () => {
      const c = rng.chars(DIGITS, 1);
      return Array.from({ length }, () => (rng.bool(0.7) ? c : rng.chars(DIGITS, 1))).join('');
    },
    (d) => typeof repeatedDigitsVerdict(d) === 'object' && valid(d),
  );
}

/** Identifiers whose digits repeat one digit, each under its label: found, at low confidence at least. */
const RECURRING: readonly { label: string; make: (rng: Rng) => string }[] = [
  { label: 'DEA number', make: (rng) => `${rng.pick(['A', 'B', 'F', 'M'])}${rng.chars(UPPER, 1)}${recurringDigits(rng, 7, (d) => weightedSum(d, [1, 2, 1, 2, 1, 2]) % 10 === Number(d[6]))}` },
  { label: 'CIE', make: (rng) => `${rng.chars(UPPER, 2)}${recurringDigits(rng, 5)}${rng.chars(UPPER, 2)}` },
  { label: 'Voter ID', make: (rng) => `${rng.chars(UPPER, 3)}${recurringDigits(rng, 7)}` },
  { label: 'DNI', make: (rng) => { const n = recurringDigits(rng, 8); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]}`; } },
];

const aadhaar = (rng: Rng) => drawValid(rng, () => rng.int(2, 9) + rng.chars(DIGITS, 11), verhoeffValid);
const thaiId = (rng: Rng) => drawValid(rng, () => rng.int(1, 8) + rng.chars(DIGITS, 12), thaiIdValid);

const IDENTIFIERS: readonly Identifier[] = [
  { kind: 'id-payment-card', labels: ['Card number', 'Credit card'], localLabels: ['Visa', 'Kartennummer'], bare: true, make: card },
  { kind: 'id-crypto-wallet', labels: ['BTC wallet', 'Bitcoin address'], localLabels: ['wallet', 'BTC address'], bare: true, make: bitcoin },
  { kind: 'id-iban', labels: ['IBAN', 'Bank account'], localLabels: ['Kontonummer (IBAN)', 'Numéro de compte'], bare: true, make: iban },
  { kind: 'id-us-bank-account', labels: ['Account number', 'Bank account no'], localLabels: ['acct #', 'checking account'], bare: false, make: (rng) => rng.chars(DIGITS, rng.int(8, 14)) },
  { kind: 'id-us-routing', labels: ['Routing number', 'ABA'], localLabels: ['ABA routing #', 'RTN'], bare: false, make: routing },
  {
    kind: 'id-us-driver-license',
    labels: ["Driver's license", 'DL number'],
    localLabels: ['Driver license #', 'driving licence no'],
    bare: false,
    make: (rng) => rng.pick([() => `${rng.chars(UPPER, 1)}${rng.chars(DIGITS, 7)}`, () => rng.chars(DIGITS, 9), () => `${rng.chars(UPPER, 1)}${rng.chars(DIGITS, 12)}`])(),
  },
  { kind: 'id-us-passport', labels: ['Passport number', 'Passport No'], localLabels: ['travel document', 'passport #'], bare: false, make: (rng) => (rng.bool() ? `${rng.pick(['A', 'C', 'E'])}${rng.chars(DIGITS, 8)}` : `${rng.int(1, 9)}${rng.chars(DIGITS, 8)}`) },
  { kind: 'id-medical-license', labels: ['DEA number', 'DEA#'], localLabels: ['DEA registration', 'prescriber DEA'], bare: false, make: dea },
  {
    kind: 'id-au-abn',
    labels: ['ABN', 'Australian Business Number'],
    localLabels: ['business number (ABN)'],
    bare: false,
    make: (rng) => group(drawValid(rng, () => rng.int(1, 9) + rng.chars(DIGITS, 10), abnValid), [2, 3, 3, 3], rng.pick([' ', ''])),
  },
  { kind: 'id-au-acn', labels: ['ACN', 'Australian Company Number'], localLabels: ['company number (ACN)'], bare: false, make: (rng) => group(drawValid(rng, () => rng.chars(DIGITS, 9), acnValid), [3, 3, 3], rng.pick([' ', ''])) },
  { kind: 'id-au-tfn', labels: ['TFN', 'Tax file number'], localLabels: ['tax file no.'], bare: false, make: (rng) => group(drawValid(rng, () => rng.chars(DIGITS, 9), tfnValid), [3, 3, 3], rng.pick([' ', ''])) },
  { kind: 'id-au-medicare', labels: ['Medicare number', 'Medicare card'], localLabels: ['Medicare no.'], bare: false, make: (rng) => group(drawValid(rng, () => rng.int(2, 6) + rng.chars(DIGITS, 7) + rng.int(0, 9) + rng.int(1, 9), medicareValid), [4, 5, 1], rng.pick([' ', ''])) },
  {
    kind: 'id-in-pan',
    labels: ['PAN', 'Permanent account number'],
    localLabels: ['PAN card'],
    bare: true,
    make: (rng) => `${rng.chars(UPPER, 3)}${rng.pick(['P', 'C', 'H', 'F'])}${rng.chars(UPPER, 1)}${rng.chars(DIGITS, 4)}${rng.chars(UPPER, 1)}`,
  },
  {
    kind: 'id-in-aadhaar',
    labels: ['Aadhaar', 'Aadhaar number'],
    localLabels: ['UIDAI number', 'आधार'],
    make: (rng) => group(aadhaar(rng), [4, 4, 4], rng.pick([' ', '-', ''])),
    bare: (rng) => group(aadhaar(rng), [4, 4, 4], ' '),
  },
  { kind: 'id-in-passport', labels: ['Passport number', 'Indian passport'], localLabels: ['passport no.'], bare: false, make: (rng) => `${rng.pick(['J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'Z'])}${rng.int(1, 9)}${rng.chars(DIGITS, 5)}${rng.int(1, 9)}` },
  { kind: 'id-in-voter', labels: ['Voter ID', 'EPIC number'], localLabels: ['Elector photo identity card'], bare: false, make: (rng) => `${rng.chars(UPPER, 3)}${rng.chars(DIGITS, 7)}` },
  {
    kind: 'id-in-vehicle',
    labels: ['Vehicle registration', 'Vehicle number'],
    localLabels: ['RTO registration no', 'number plate'],
    bare: false,
    make: (rng) => {
      const state = rng.pick(['MH', 'KA', 'DL', 'TN', 'UP', 'GJ', 'WB', 'KL']);
      const parts = [state, pad2(rng.int(1, 40)), rng.chars(UPPER, rng.int(1, 2)), String(rng.int(1, 9999)).padStart(4, '0')];
      return parts.join(rng.pick(['', ' ', '-']));
    },
  },
  {
    kind: 'id-sg-nric',
    labels: ['NRIC', 'FIN'],
    localLabels: ['IC number'],
    bare: true,
    make: (rng) => drawValid(rng, () => `${rng.pick(['S', 'T', 'F', 'G'])}${rng.chars(DIGITS, 7)}${rng.chars(UPPER, 1)}`, nricValid),
  },
  { kind: 'id-es-nif', labels: ['DNI', 'NIF'], localLabels: ['Documento Nacional de Identidad'], bare: true, make: (rng) => spanishId(rng, false) },
  { kind: 'id-es-nie', labels: ['NIE', 'Foreigner ID'], localLabels: ['Número de identidad de extranjero'], bare: true, make: (rng) => spanishId(rng, true) },
  {
    kind: 'id-it-vat',
    labels: ['VAT number', 'Partita IVA'],
    localLabels: ['P.IVA'],
    bare: false,
    make: (rng) => drawValid(rng, () => `${rng.chars(DIGITS, 7)}${String(rng.int(1, 100)).padStart(3, '0')}${rng.int(0, 9)}`, partitaIvaValid),
  },
  {
    kind: 'id-it-driver-license',
    labels: ['Driving licence', "Driver's license"],
    localLabels: ['Patente di guida', 'patente n.'],
    bare: false,
    make: (rng) => (rng.bool(0.7) ? `${rng.chars(UPPER, 2)}${rng.chars(DIGITS, 7)}${rng.chars(UPPER, 1)}` : `U1${rng.chars(UPPER + DIGITS, 7)}${rng.chars(UPPER, 1)}`),
  },
  { kind: 'id-it-passport', labels: ['Passport number', 'Passport'], localLabels: ['Passaporto', 'passaporto n.'], bare: false, make: (rng) => `${rng.chars(UPPER, 2)}${rng.chars(DIGITS, 7)}` },
  {
    kind: 'id-it-identity-card',
    labels: ['Identity card', 'ID card number'],
    localLabels: ["Carta d'identità", 'CIE'],
    bare: false,
    make: (rng) => rng.pick([() => `${rng.chars(UPPER, 2)}${rng.chars(DIGITS, 5)}${rng.chars(UPPER, 2)}`, () => `${rng.chars(UPPER, 2)} ${rng.chars(DIGITS, 7)}`, () => `${rng.chars(DIGITS, 7)}${rng.chars(UPPER, 2)}`])(),
  },
  {
    kind: 'id-pl-pesel',
    labels: ['PESEL', 'PESEL number'],
    localLabels: ['numer PESEL'],
    bare: false,
    make: (rng) => drawValid(rng, () => `${pad2(rng.int(50, 99))}${pad2(rng.int(1, 12))}${pad2(rng.int(1, 28))}${rng.chars(DIGITS, 5)}`, peselValid),
  },
  {
    kind: 'id-fi-hetu',
    labels: ['Personal identity code', 'HETU'],
    localLabels: ['henkilötunnus', 'personbeteckning'],
    bare: true,
    make: (rng) => {
      const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
      for (;;) {
        const [dd, mm, yy] = [pad2(rng.int(1, 28)), pad2(rng.int(1, 12)), pad2(rng.int(0, 99))];
        const sign = rng.pick(['-', 'A', '-']);
        const n = String(rng.int(2, 899)).padStart(3, '0');
        const value = `${dd}${mm}${yy}${sign}${n}${chars[Number(dd + mm + yy + n) % 31]}`;
        if (hetuValid(value)) return value;
      }
    },
  },
  {
    kind: 'id-kr-rrn',
    labels: ['Resident registration number', 'RRN'],
    localLabels: ['주민등록번호'],
    bare: true,
    make: (rng) => {
      const digits = drawValid(rng, () => `${pad2(rng.int(60, 99))}${pad2(rng.int(1, 12))}${pad2(rng.int(1, 28))}${rng.int(1, 2)}${rng.chars(DIGITS, 6)}`, rrnChecksumValid);
      return `${digits.slice(0, 6)}-${digits.slice(6)}`;
    },
  },
  {
    kind: 'id-th-tnin',
    labels: ['Thai national ID', 'Citizen ID'],
    localLabels: ['เลขประจำตัวประชาชน'],
    make: (rng) => group(thaiId(rng), [1, 4, 5, 2, 1], rng.pick(['-', ' ', ''])),
    bare: (rng) => group(thaiId(rng), [1, 4, 5, 2, 1], rng.pick(['-', ' '])),
  },
];

export const identifiers: Generator = {
  name: 'identifiers',
  generate(rng) {
    const samples: Sample[] = [];
    for (const id of IDENTIFIERS) {
      const written: { syntax: string; text: (v: string) => string; make?: (rng: Rng) => string }[] = [
        { syntax: 'form', text: (v) => `${rng.pick(id.labels)}: ${v}\n` },
        { syntax: 'prose', text: (v) => `Hi, my ${rng.pick(id.localLabels)} is ${v}, can you update the file?\n` },
        { syntax: 'csv', text: (v) => `id,${rng.pick(id.labels)},status\n${rng.int(100, 999)},${v},active\n` },
      ];
      const bare = id.bare;
      if (bare) written.push({ syntax: 'prose', text: (v) => `Please double-check ${v} before Friday.\n`, make: typeof bare === 'function' ? bare : undefined });
      for (const w of written) {
        const value = (w.make ?? id.make)(rng);
        const expected: Expected[] = [{ category: 'pii', kind: id.kind, value }];
        samples.push({ generator: 'identifiers', syntax: w.syntax, text: w.text(value), expected });
      }
    }
    for (const id of RECURRING) {
      const value = id.make(rng);
      samples.push({ generator: 'identifiers', syntax: 'form', text: `${id.label}: ${value}\n`, expected: [{ category: 'pii', kind: 'id-recurring-digit', value }] });
    }
    // HMRC's documentation prefix: found, at low severity only.
    const qq = `QQ ${pad2(rng.int(10, 99))} ${pad2(rng.int(10, 99))} ${pad2(rng.int(10, 99))} ${rng.pick(['A', 'B', 'C', 'D'])}`;
    samples.push({ generator: 'identifiers', syntax: 'form', text: `NI number: ${qq}\n`, expected: [{ category: 'pii', kind: 'doc-nino-qq', value: qq, severity: 'low' }] });
    return samples;
  },
};
