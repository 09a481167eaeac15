/**
 * National numbers, bank accounts and phone numbers in the separators and groupings people type, next to
 * other numbers, with their label abbreviated, glued to the value, or missing; and documentation values
 * (published test cards, 555-01xx numbers, example.com mail, RFC 5737/3849 addresses), which must show at
 * `--min-severity low` and stay hidden at the default.
 */
import { mod97 } from '../../../src/engine/validators';
import { DIGITS, UPPER, type Rng } from '../rng';
import type { Expected, Generator, Sample } from '../types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function ssnDigits(rng: Rng): [string, string, string] {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return [pad(area, 3), pad(rng.int(1, 99), 2), pad(rng.int(1, 9999), 4)];
}

function itinDigits(rng: Rng): [string, string, string] {
  return [`9${pad(rng.int(0, 99), 2)}`, String(rng.pick([rng.int(50, 65), rng.int(70, 88), rng.int(90, 92), rng.int(94, 99)])), pad(rng.int(1, 9999), 4)];
}

/** A UK National Insurance number: two prefix letters from the allowed sets, six digits, a suffix A-D. */
function ninoParts(rng: Rng): [string, string, string, string, string] {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let prefix: string;
  do prefix = rng.pick([...first]) + rng.pick([...second]);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix));
  return [prefix, rng.chars(DIGITS, 2), rng.chars(DIGITS, 2), rng.chars(DIGITS, 2), rng.pick(['A', 'B', 'C', 'D'])];
}

function iban(country: string, bban: string): string {
  const check = String(98 - mod97(bban + country + '00')).padStart(2, '0');
  return country + check + bban;
}

const group4 = (s: string, sep: string) => s.replace(/(.{4})(?!$)/g, `$1${sep}`);

interface Case {
  readonly kind: string;
  readonly syntax: string;
  /** The text, with the value in it. */
  readonly text: string;
  readonly value: string;
  readonly severity?: 'low';
}

type Maker = (rng: Rng) => Case;

const SEPARATED: readonly Maker[] = [
  (rng) => {
    const [a, g, s] = ssnDigits(rng);
    // Word processors and PDFs write en dashes, non-breaking hyphens and no-break spaces where a form had "-" or " ".
    const sep = rng.pick(['-', ' ', '.', '\u2013', ' - ', '\u2011', '\u00a0']);
    const value = `${a}${sep}${g}${sep}${s}`;
    return { kind: 'us-ssn-separators', syntax: 'form', text: `SSN: ${value}\n`, value };
  },
  (rng) => {
    const [a, g, s] = ssnDigits(rng);
    const value = `${a}-${g}-${s}`;
    const label = rng.pick(['Soc. Sec. #', 'social security no.', 'SSN#', 'SS#', 'Social Security Number']);
    return { kind: 'us-ssn-label-forms', syntax: 'form', text: `${label}${rng.pick(['', ' ', ': '])}${value}\n`, value };
  },
  (rng) => {
    const [a, g, s] = ssnDigits(rng);
    const value = `${a}-${g}-${s}`;
    return { kind: 'us-ssn-next-to-numbers', syntax: 'csv', text: `id,ssn,opened,balance\n${rng.int(1000, 9999)},${value},19${rng.int(50, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)},${rng.int(10, 999)}.${rng.int(10, 99)}\n`, value };
  },
  (rng) => {
    const [a, g, s] = ssnDigits(rng);
    const value = `${a}-${g}-${s}`;
    return { kind: 'us-ssn-unlabelled', syntax: 'prose', text: `Her number is ${value}, please keep it on file.\n`, value };
  },
  (rng) => {
    const [a, g, s] = itinDigits(rng);
    const sep = rng.pick(['-', ' ', '.']);
    const value = `${a}${sep}${g}${sep}${s}`;
    return { kind: 'us-itin-separators', syntax: 'form', text: `ITIN: ${value}\n`, value };
  },
  (rng) => {
    const [p, a, b, c, sfx] = ninoParts(rng);
    const value = rng.pick([`${p} ${a} ${b} ${c} ${sfx}`, `${p}${a}${b}${c}${sfx}`, `${p}-${a}-${b}-${c}-${sfx}`, `${p} ${a}${b}${c} ${sfx}`, `${p}${a}${b}${c}${sfx}`.toLowerCase(), [p, a, b, c, sfx].join('\u00a0')]);
    return { kind: 'uk-nino-separators', syntax: 'form', text: `${rng.pick(['NI number', 'National Insurance No', 'NINO', 'NI No.'])}: ${value}\n`, value };
  },
  (rng) => {
    const value = rng.pick([
      () => iban('DE', rng.chars(DIGITS, 18)),
      () => iban('GB', rng.chars(UPPER, 4) + rng.chars(DIGITS, 14)),
      () => iban('BE', rng.chars(DIGITS, 12)),
      () => iban('NL', rng.chars(UPPER, 4) + rng.chars(DIGITS, 10)),
      () => iban('FR', rng.chars(DIGITS, 23)),
    ])();
    const written = group4(value, ' ');
    const after = rng.pick([' SEPA', ' BANK', ' Barclays', ', BIC DEUTDEFF', ' (EUR)', ' REF 2291']);
    return { kind: 'iban-then-word', syntax: 'prose', text: `Please pay to ${written}${after} by Friday.\n`, value: written };
  },
  (rng) => {
    const value = rng.pick([
      () => `+1 (${rng.pick(['415', '646', '312'])}) ${rng.int(201, 989)}-${rng.chars(DIGITS, 4)}`,
      () => `+1.${rng.pick(['415', '646', '312'])}.${rng.int(201, 989)}.${rng.chars(DIGITS, 4)}`,
      () => `+49 (0)30 ${rng.int(2, 9)}${rng.chars(DIGITS, 6)}`,
      () => `0044 7${rng.int(400, 999)} ${rng.chars(DIGITS, 6)}`,
      () => `+33 (0)6 ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)}`,
      () => `+44 (0) 7${rng.int(400, 999)} ${rng.chars(DIGITS, 3)} ${rng.chars(DIGITS, 3)}`,
      () => ['+33', '6', rng.chars(DIGITS, 2), rng.chars(DIGITS, 2), rng.chars(DIGITS, 2), rng.chars(DIGITS, 2)].join('\u00a0'),
      () => `${rng.pick(['415', '646', '312'])}\u2013${rng.int(201, 989)}\u2013${rng.chars(DIGITS, 4)}`,
    ])();
    return { kind: 'phone-groupings', syntax: 'form', text: `Phone: ${value}\n`, value };
  },
  (rng) => {
    const value = `(${rng.pick(['415', '646', '312'])}) ${rng.int(201, 989)}-${rng.chars(DIGITS, 4)}`;
    return { kind: 'phone-next-to-numbers', syntax: 'log', text: `2024-11-0${rng.int(1, 9)} 10:${rng.int(10, 59)}:07 call ${rng.int(100, 999)} from ${value} lasted ${rng.int(2, 59)} min\n`, value };
  },
];

/** Documentation values: found, but at low severity only. */
const DOCUMENTATION: readonly Maker[] = [
  (rng) => {
    const value = rng.pick(['4111 1111 1111 1111', '4242 4242 4242 4242', '5555 5555 5555 4444', '4000 0566 5566 5556']);
    return { kind: 'doc-test-card', syntax: 'form', text: `Card number: ${value}\n`, value, severity: 'low' };
  },
  (rng) => {
    const value = `(${rng.pick(['212', '415', '310'])}) 555-01${rng.chars(DIGITS, 2)}`;
    return { kind: 'doc-555-phone', syntax: 'form', text: `Phone: ${value}\n`, value, severity: 'low' };
  },
  (rng) => {
    const value = `${rng.pick(['jane.doe', 'john', 'alice', 'support'])}@${rng.pick(['example.com', 'example.org', 'example.net'])}`;
    return { kind: 'doc-example-mail', syntax: 'prose', text: `Write to ${value} for access.\n`, value, severity: 'low' };
  },
  (rng) => {
    const value = `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
    return { kind: 'doc-ipv4', syntax: 'log', text: `client connected from ${value} port 51234\n`, value, severity: 'low' };
  },
  (rng) => {
    const value = `2001:db8:${rng.int(1, 0xffff).toString(16)}::${rng.int(1, 0xffff).toString(16)}`;
    return { kind: 'doc-ipv6', syntax: 'log', text: `client connected from ${value} port 51234\n`, value, severity: 'low' };
  },
  (rng) => {
    const value = `${rng.pick(['212', '646'])}-555-01${rng.chars(DIGITS, 2)}`;
    return { kind: 'doc-555-phone', syntax: 'csv', text: `name,phone\nAna,${value}\n`, value, severity: 'low' };
  },
];

export const piiFormats: Generator = {
  name: 'pii-formats',
  generate(rng) {
    const samples: Sample[] = [];
    for (const make of [...SEPARATED, ...DOCUMENTATION]) {
      for (let i = 0; i < 3; i++) {
        const c = make(rng);
        const expected: Expected[] = [{ category: 'pii', kind: c.kind, value: c.value, ...(c.severity ? { severity: c.severity } : {}) }];
        samples.push({ generator: 'pii-formats', syntax: c.syntax, text: c.text, expected });
      }
    }
    return samples;
  },
};
