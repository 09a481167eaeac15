/**
 * Personal data in the places it is pasted from: prose (a support ticket), a filled form, log lines,
 * CSV and Markdown tables. Values are well-formed (check digits computed) and not documentation values.
 * Add a kind by adding an entry to PII_KINDS; every place then holds it.
 */
import { luhnValid, mod97 } from '../../../src/engine/validators';
import { DIGITS, UPPER, type Rng } from '../rng';
import type { Expected, Generator, Sample } from '../types';

export interface PiiKind {
  /** The eval's kind name: 'email', 'iban'... */
  readonly kind: string;
  /** The label people write before it in a form or a table header. */
  readonly label: string;
  /** How a sentence introduces it: `the {label} is` by default. */
  readonly prose?: string;
  readonly make: (rng: Rng) => string;
}

const FIRST = ['Maria', 'James', 'Aiko', 'Lars', 'Fatima', 'Diego', 'Priya', 'Oliver', 'Chloé', 'Mateusz', 'Amara', 'Henrik'];
const LAST = ['Gonzalez', 'Whitfield', 'Tanaka', 'Lindqvist', 'Haddad', 'Moreno', 'Raghunathan', 'Brennan', 'Dubois', 'Kowalczyk', 'Okafor', 'Sørensen'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'acme-corp.io', 'fastmail.fm', 'northwind.co.uk', 'web.de'];

/** Digits completed by a Luhn check digit. */
function withLuhn(rng: Rng, prefix: string, length: number): string {
  const body = prefix + rng.chars(DIGITS, length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

/** An IBAN with its mod-97 check digits, from a country code and a BBAN. */
function iban(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  const check = String(98 - mod97(rearranged)).padStart(2, '0');
  return country + check + bban;
}

const group4 = (s: string, sep: string) => s.replace(/(.{4})(?!$)/g, `$1${sep}`);

function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

export const PII_KINDS: PiiKind[] = [
  { kind: 'person-name', label: 'Full name', prose: 'the customer is', make: person },
  {
    kind: 'email',
    label: 'Email',
    make: (rng) => `${rng.pick(FIRST).toLowerCase().replace('é', 'e')}.${rng.pick(LAST).toLowerCase().replace('ø', 'o')}${rng.bool() ? rng.int(1, 99) : ''}@${rng.pick(MAIL_DOMAINS)}`,
  },
  {
    kind: 'phone',
    label: 'Phone',
    make: (rng) =>
      rng.pick([
        () => `+1 ${rng.pick(['212', '415', '646', '312', '617'])}-${rng.int(201, 989)}-${rng.chars(DIGITS, 4)}`,
        () => `(${rng.pick(['212', '415', '718', '303'])}) ${rng.int(201, 989)}-${rng.chars(DIGITS, 4)}`,
        () => `+44 7${rng.int(400, 999)} ${rng.chars(DIGITS, 6)}`,
        () => `+49 30 ${rng.int(2, 9)}${rng.chars(DIGITS, 7)}`,
        () => `+33 6 ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)}`,
      ])(),
  },
  {
    kind: 'payment-card',
    label: 'Card number',
    make: (rng) => {
      const [prefix, length] = rng.pick([['4', 16], ['5' + rng.int(1, 5), 16], ['3' + rng.pick(['4', '7']), 15]] as const);
      const n = withLuhn(rng, prefix, length);
      return length === 15 ? n : group4(n, rng.pick([' ', '-', '']));
    },
  },
  {
    kind: 'iban',
    label: 'IBAN',
    make: (rng) => {
      const value = rng.pick([
        () => iban('DE', rng.chars(DIGITS, 18)),
        () => iban('GB', rng.chars(UPPER, 4) + rng.chars(DIGITS, 14)),
        () => iban('AT', rng.chars(DIGITS, 16)),
        () => iban('CH', rng.chars(DIGITS, 17)),
      ])();
      return rng.bool() ? group4(value, ' ') : value;
    },
  },
  {
    kind: 'us-ssn',
    label: 'SSN',
    prose: 'his social security number is',
    make: (rng) => {
      let area = rng.int(1, 899);
      if (area === 666) area = 667;
      return `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
    },
  },
  {
    kind: 'ipv4',
    label: 'IP address',
    prose: 'the requests came from',
    make: (rng) => `${rng.pick([23, 45, 62, 81, 93, 104, 141, 185, 212])}.${rng.int(1, 254)}.${rng.int(0, 254)}.${rng.int(1, 254)}`,
  },
  {
    kind: 'date-of-birth',
    label: 'Date of birth',
    prose: 'she was born on',
    make: (rng) => `${rng.int(1950, 2004)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
  },
];

type Entry = { kind: PiiKind; value: string };

const PLACES: Readonly<Record<string, (entries: readonly Entry[], rng: Rng) => string>> = {
  prose: (entries) =>
    `Hi team, following up on ticket #4821. ${entries.map((e) => `${e.kind.prose ?? `the ${e.kind.label.toLowerCase()} is`} ${e.value}`).join(', and ')}. Please update the record before Friday.\n`,
  form: (entries) => `Customer details\n----------------\n${entries.map((e) => `${e.kind.label}: ${e.value}`).join('\n')}\n`,
  log: (entries, rng) =>
    entries.map((e) => `2024-11-0${rng.int(1, 9)}T10:${rng.int(10, 59)}:07.311Z INFO  [api] update ${e.kind.label.toLowerCase().replace(/ /g, '_')}="${e.value}" by=support\n`).join(''),
  csv: (entries) => `id,${entries.map((e) => e.kind.label).join(',')},created\n1042,${entries.map((e) => e.value).join(',')},2024-10-01\n`,
  markdown: (entries) =>
    `| # | ${entries.map((e) => e.kind.label).join(' | ')} |\n|---|${entries.map(() => '---').join('|')}|\n| 1 | ${entries.map((e) => e.value).join(' | ')} |\n`,
};

export const pii: Generator = {
  name: 'pii',
  generate(rng) {
    const samples: Sample[] = [];
    for (const [syntax, place] of Object.entries(PLACES)) {
      // Three kinds at a time, as a ticket or a table row holds them.
      for (let i = 0; i < PII_KINDS.length; i += 3) {
        const entries = PII_KINDS.slice(i, i + 3).map((kind) => ({ kind, value: kind.make(rng) }));
        const expected: Expected[] = entries.map((e) => ({ category: 'pii', kind: e.kind.kind, value: e.value }));
        samples.push({ generator: 'pii', syntax, text: place(entries, rng), expected });
      }
    }
    return samples;
  },
};
