/**
 * People and their health records, the way support tickets, exports and logs hold them:
 * - person names under every label and synonym a form, a table or a log uses (Name, Customer, Patient,
 *   Employee, Contact, Cardholder, first_name + last_name columns, a `customer` object's `name`), after
 *   "Dear", introduced in a sentence, and beside the person's e-mail address;
 * - dates of birth under their labels and synonyms (DOB, born, birth date, date_of_birth, birthDate) in every
 *   date format (ISO, US, European, written months);
 * - national health numbers (UK NHS with its mod-11 check, Australian Medicare, US MBI, Swiss AHV) under their
 *   label, and without it, where they must still be found at lower confidence;
 * - names in code that name no one worth hiding (authors, copyright lines, CI step names, a salutation without
 *   a name, stand-ins): no finding at the default threshold.
 * Names mix given names that an English list knows with ones it does not (Priya, Mateusz, Oluwaseun).
 */
import { DIGITS, type Rng } from '../rng';
import type { Expected, Generator, Sample } from '../types';

const GIVEN = ['Margaret', 'Thomas', 'Rachel', 'Daniel', 'Sofia', 'Hannah', 'Patrick', 'Elena', 'Priya', 'Mateusz', 'Oluwaseun', 'Ingrid', 'Tomás', 'Yuki', 'Siobhán', 'Kwame'];
const FAMILY = ['Hargreaves', 'Okonkwo', 'Lindgren', 'Castellanos', 'Nakamura', 'Fitzgerald', 'Brandt', 'Novak', 'Achterberg', 'Delgado', 'Mbeki', 'Kowalski', 'Rossi', 'Thornton', "O'Sullivan", 'Van der Merwe'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'btinternet.com', 'gmx.de'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  readonly email: string;
}

function person(rng: Rng): Person {
  const given = rng.pick(GIVEN);
  const family = rng.pick(FAMILY);
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  return { given, family, full: `${given} ${family}`, email: `${plain(given)}.${plain(family)}${rng.bool() ? rng.int(1, 99) : ''}@${rng.pick(DOMAINS)}` };
}

/** A date of birth in one of the formats people write it. */
function birthDate(rng: Rng): string {
  const y = rng.int(1940, 2006);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const month = MONTHS[m - 1];
  return rng.pick([
    () => `${y}-${pad(m)}-${pad(d)}`,
    () => `${pad(m)}/${pad(d)}/${y}`,
    () => `${pad(d)}/${pad(m)}/${y}`,
    () => `${pad(d)}.${pad(m)}.${y}`,
    () => `${month} ${d}, ${y}`,
    () => `${d} ${month} ${y}`,
    () => `${pad(d)}-${month.slice(0, 3)}-${y}`,
    () => `${month.slice(0, 3)} ${d} ${y}`,
    () => `${y}-${pad(m)}-${pad(d)}T00:00:00Z`,
  ])();
}

/** The birth date in a written date: a date-time at midnight ("1987-02-14T00:00:00Z") holds it in its date part. */
const dateOf = (written: string) => written.replace(/T00:00:00Z$/, '');

/** A UK NHS number: nine digits and the mod-11 check digit (a draw whose check would be 10 is drawn again). */
function nhsNumber(rng: Rng): string {
  for (;;) {
    const body = rng.int(4, 7) + rng.chars(DIGITS, 8);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return body + check;
  }
}

/** An Australian Medicare card number: first digit 2-6, the ninth a weighted check digit, the tenth the issue number. */
function medicareNumber(rng: Rng): string {
  const body = rng.int(2, 6) + rng.chars(DIGITS, 7);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * weights[i];
  return `${body}${sum % 10}${rng.int(1, 9)}`;
}

/** A US Medicare Beneficiary Identifier in CMS's layout (letters without S, L, O, I, B, Z). */
function mbi(rng: Rng): string {
  const L = 'ACDEFGHJKMNPQRTUVWXY';
  const LD = L + DIGITS;
  const c = rng.int(1, 9) + rng.chars(L, 1) + rng.chars(LD, 1) + rng.chars(DIGITS, 1) + rng.chars(L, 1) + rng.chars(LD, 1) + rng.chars(DIGITS, 1) + rng.chars(L, 2) + rng.chars(DIGITS, 2);
  return rng.bool() ? `${c.slice(0, 4)}-${c.slice(4, 7)}-${c.slice(7)}` : c;
}

/** A Swiss AHV/AVS number: 756, nine digits and an EAN-13 check digit, printed in dotted groups. */
function ahvNumber(rng: Rng): string {
  const body = '756' + rng.chars(DIGITS, 9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const digits = body + ((10 - (sum % 10)) % 10);
  return `${digits.slice(0, 3)}.${digits.slice(3, 7)}.${digits.slice(7, 11)}.${digits.slice(11)}`;
}

const spaced334 = (d: string) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
const stamp = (rng: Rng) => `2024-11-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.${rng.chars(DIGITS, 3)}Z`;

interface Case {
  readonly kind: string;
  readonly syntax: string;
  readonly text: string;
  /** Each value, with its own kind when it is not the case's (an e-mail address beside a name). */
  readonly expected: readonly { value: string; severity?: 'low'; kind?: string }[];
  /** A negative sample's class: what is found must be low severity at most. */
  readonly negative?: string;
}

type Maker = (rng: Rng) => Case;

const NAME_LABELS = ['Name', 'Full name', 'Customer', 'Patient', 'Patient name', 'Employee', 'Contact', 'Cardholder', 'Account holder', 'Client name', 'Guest'];

const NAMES: readonly Maker[] = [
  (rng) => {
    const p = person(rng);
    return { kind: 'person-name-label', syntax: 'form', text: `${rng.pick(NAME_LABELS)}: ${p.full}\nEmail: ${p.email}\n`, expected: [{ value: p.full }, { value: p.email, kind: 'email' }] };
  },
  (rng) => {
    const p = person(rng);
    return { kind: 'person-name-salutation', syntax: 'prose', text: `Dear ${p.full},\n\nThank you for your order #${rng.int(10000, 99999)}. It ships on Monday.\n`, expected: [{ value: p.full }] };
  },
  (rng) => {
    const p = person(rng);
    const text = rng.pick([
      () => `Customer ${p.full} called about invoice ${rng.int(1000, 9999)} and wants a refund.\n`,
      () => `The patient, ${p.full}, was admitted on Tuesday with chest pain.\n`,
      () => `Escalating: our client ${p.full} cannot log in since the update.\n`,
      () => `Employee ${p.full} starts on the 4th; please set up her laptop.\n`,
      () => `Spoke to the customer (${p.full}) this morning, she is happy with the fix.\n`,
    ])();
    return { kind: 'person-name-prose', syntax: 'prose', text, expected: [{ value: p.full }] };
  },
  (rng) => {
    const p = person(rng);
    const text = rng.pick([
      () => `Please add ${p.full} <${p.email}> to the beta list.\n`,
      () => `Reported by ${p.full} (${p.email}) at 09:14.\n`,
      () => `From: ${p.full} <${p.email}>\nSubject: Refund for order ${rng.int(10000, 99999)}\n`,
    ])();
    return { kind: 'person-name-beside-email', syntax: 'prose', text, expected: [{ value: p.full }, { value: p.email, kind: 'email' }] };
  },
  (rng) => {
    const a = person(rng);
    const b = person(rng);
    const text = `customer_id,first_name,last_name,email\n${rng.int(1000, 4999)},${a.given},${a.family},${a.email}\n${rng.int(5000, 9999)},${b.given},${b.family},${b.email}\n`;
    const names = [a.given, a.family, b.given, b.family].map((value) => ({ value }));
    return { kind: 'person-name-columns', syntax: 'csv', text, expected: [...names, { value: a.email, kind: 'email' }, { value: b.email, kind: 'email' }] };
  },
  (rng) => {
    const p = person(rng);
    const header = rng.pick(['Patient', 'Customer', 'Employee', 'Name', 'Full name', 'Contact']);
    const text = `| ${header} | Email | Status |\n|:---|:---|:---:|\n| ${p.full} | ${p.email} | active |\n`;
    return { kind: 'person-name-columns', syntax: 'markdown', text, expected: [{ value: p.full }, { value: p.email, kind: 'email' }] };
  },
  (rng) => {
    const p = person(rng);
    const text = rng.pick([
      () => `${stamp(rng)} INFO  [billing] charge ok customer="${p.full}" amount=${rng.int(5, 500)}.00\n`,
      () => `{"ts":"${stamp(rng)}","level":"info","event":"signup","customer":{"name":"${p.full}","email":"${p.email}"}}\n`,
      () => `${stamp(rng)} WARN [patient=${p.full}] appointment moved\n`,
      () => `level=info msg="profile updated" full_name="${p.full}" user_id=${rng.int(1000, 9999)}\n`,
      () => `[${stamp(rng)}] [support] ticket ${rng.int(1000, 9999)} opened by ${p.full} <${p.email}>\n`,
    ])();
    const expected = [{ value: p.full }, ...(text.includes(p.email) ? [{ value: p.email, kind: 'email' }] : [])];
    return { kind: 'person-name-log', syntax: 'log', text, expected };
  },
];

const DOB_LABELS = ['DOB', 'Date of birth', 'Birth date', 'Birthdate', 'D.O.B.', 'Birthday', 'Born'];

const BIRTHS: readonly Maker[] = [
  (rng) => {
    const written = birthDate(rng);
    return { kind: 'dob-label', syntax: 'form', text: `${rng.pick(DOB_LABELS)}: ${written}\n`, expected: [{ value: dateOf(written) }] };
  },
  (rng) => {
    const written = birthDate(rng);
    const key = rng.pick(['date_of_birth', 'dateOfBirth', 'birthDate', 'dob', 'birth_date']);
    return { kind: 'dob-key', syntax: 'json', text: `{ "id": ${rng.int(100, 999)}, "${key}": "${written}", "plan": "basic" }\n`, expected: [{ value: dateOf(written) }] };
  },
  (rng) => {
    const written = birthDate(rng);
    const text = rng.pick([
      () => `She was born on ${written} in Leeds.\n`,
      () => `Patient DOB ${written}, allergic to penicillin.\n`,
      () => `${stamp(rng)} INFO [kyc] verify dob=${written} result=pass\n`,
    ])();
    return { kind: 'dob-in-text', syntax: text.includes('INFO') ? 'log' : 'prose', text, expected: [{ value: dateOf(written) }] };
  },
  (rng) => {
    const p = person(rng);
    const written = birthDate(rng).replace(/,/g, '');
    return { kind: 'dob-column', syntax: 'csv', text: `name,date_of_birth,city\n${p.full},${written},Bristol\n`, expected: [{ value: p.full, kind: 'person-name-columns' }, { value: dateOf(written) }] };
  },
];

const HEALTH: readonly Maker[] = [
  (rng) => {
    const d = nhsNumber(rng);
    const value = rng.pick([spaced334(d), d, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`]);
    const label = rng.pick(['NHS number', 'NHS No.', 'nhs_number', 'NHS#']);
    return { kind: 'health-number-labelled', syntax: 'form', text: `${label}: ${value}\n`, expected: [{ value }] };
  },
  (rng) => {
    const p = person(rng);
    const value = spaced334(nhsNumber(rng));
    const text = rng.pick([
      () => `Referral for ${p.full}, ${value}, seen in clinic on Friday.\n`,
      () => `Patient ${p.given}'s number is ${value}; please update the GP record.\n`,
      () => `Re: ${value} - discharge summary attached.\n`,
    ])();
    return { kind: 'health-number-unlabelled', syntax: 'prose', text, expected: [{ value }] };
  },
  (rng) => {
    const value = rng.pick([
      () => {
        const d = medicareNumber(rng);
        return `${d.slice(0, 4)} ${d.slice(4, 9)} ${d.slice(9)}`;
      },
      () => mbi(rng),
      () => ahvNumber(rng),
    ])();
    const text = rng.pick([`Card: ${value}\n`, `Her number is ${value}, expiry 03/27.\n`, `id=${value} status=verified\n`]);
    return { kind: 'health-number-unlabelled', syntax: text.startsWith('id=') ? 'log' : 'prose', text, expected: [{ value }] };
  },
];

/** Names that no one would hide: no finding at the default threshold (stand-ins at low severity only). */
const NOT_PRIVATE: readonly Maker[] = [
  (rng) => {
    const p = person(rng);
    return { kind: 'code-credit', syntax: 'javascript', negative: 'name-in-code', text: `/**\n * @author ${p.full}\n * @license MIT\n */\n`, expected: [] };
  },
  (rng) => {
    const p = person(rng);
    return { kind: 'code-credit', syntax: 'text', negative: 'name-in-code', text: `Copyright (c) ${rng.int(2010, 2024)} ${p.full}\n\nPermission is hereby granted, free of charge, to any person\n`, expected: [] };
  },
  (rng) => ({
    kind: 'ci-step',
    syntax: 'yaml',
    negative: 'name-in-code',
    text: `steps:\n  - name: ${rng.pick(['Mark Stale Issues', 'Grant Permissions', 'Will It Build', 'Pat Down Caches', 'Set Up Node', 'Bill Of Materials'])}\n    run: npm ci\n`,
    expected: [],
  }),
  (rng) => ({
    kind: 'salutation',
    syntax: 'prose',
    negative: 'name-in-code',
    text: `${rng.pick(['Dear Customer', 'Dear Sir or Madam', 'Dear Valued Member', 'Dear Team', 'Dear Hiring Manager'])},\n\nYour subscription renews soon.\n`,
    expected: [],
  }),
  (rng) => ({
    kind: 'ui-text',
    syntax: 'typescript',
    negative: 'name-in-code',
    text: `const labels = { title: '${rng.pick(['Customer Portal', 'Patient Records', 'Employee Directory', 'Contact Us', 'Client Credentials'])}', save: 'Save' };\n`,
    expected: [],
  }),
  (rng) => {
    const value = rng.pick(['John Doe', 'Jane Doe', 'Joe Bloggs']);
    const text = rng.pick([`Dear ${value},\n\nWelcome aboard.\n`, `Customer: ${value}\nPlan: trial\n`]);
    return { kind: 'stand-in', syntax: 'prose', negative: 'name-in-code', text, expected: [{ value, severity: 'low' }] };
  },
];

/**
 * Given and family names from many cultures, most of them beyond an English list of given names: in a sentence
 * after a person noun they must still be found at the default threshold.
 */
const WORLD_GIVEN = ['Adaeze', 'Chukwuemeka', 'Thandiwe', 'Wanjiru', 'Kofi', 'Nkechi', 'Wojciech', 'Agnieszka', 'Dmitri', 'Svetlana', 'Yusuf', 'Ayşe', 'Mehmet', 'Fatemeh', 'Reza', 'Hiroshi', 'Haruto', 'Seo-yeon', 'Jiho', 'Xiaoming', 'Arjun', 'Ananya', 'Rohan', 'Siddharth', 'Joaquín', 'Bruna', 'Thiago', 'Leilani', 'Niamh', 'Saoirse', 'Björn', 'Zoltán', 'Ioana', 'Bogdan', 'Tariq', 'Youssef', 'Ngozi', 'Kwabena'];
const WORLD_FAMILY = ['Okafor', 'Adeyemi', 'Mwangi', 'Nowak', 'Wiśniewska', 'Petrov', 'Yılmaz', 'Hosseini', 'Tran', 'Pham', 'Watanabe', 'Zhang', 'Iyer', 'Chatterjee', 'Reddy', 'Gutiérrez', 'Oliveira', 'Kahale', 'Gunnarsdóttir', 'Horváth', 'Popescu', 'Haddad', 'Boateng', 'Nwosu', 'Lindqvist', 'Achterberg'];

const WORLD_PEOPLE: readonly Maker[] = [
  (rng) => {
    const full = `${rng.pick(WORLD_GIVEN)} ${rng.pick(WORLD_FAMILY)}`;
    const text = rng.pick([
      () => `Applicant ${full} submitted the form on ${birthDate(rng)}.\n`,
      () => `The tenant ${full} reported a leak in flat ${rng.int(1, 80)}.\n`,
      () => `Our customer, ${full}, asked for a callback after 5pm.\n`,
      () => `Patient ${full} missed the appointment again.\n`,
      () => `Ticket ${rng.int(1000, 9999)}: customer ${full} cannot reset the password.\n`,
      () => `The employee ${full} has left the company; revoke the badge.\n`,
      () => `Passenger ${full} was rebooked on flight BA${rng.int(100, 999)}.\n`,
      () => `I spoke with our client ${full} today about the renewal.\n`,
      () => `Hello, my name is ${full} and I cannot log in to my account.\n`,
      () => `Name: ${full}\nWard: ${rng.int(1, 9)}B\n`,
    ])();
    return { kind: 'person-name-prose-world', syntax: 'prose', text, expected: [{ value: full }] };
  },
  (rng) => ({
    kind: 'capitalised-role-phrase',
    syntax: 'prose',
    negative: 'name-in-code',
    text: `The ${rng.pick(['Customer Success Team', 'Customer Support Portal', 'Client Credentials Flow', 'Employee Self Service', 'Customer Data Platform', 'Customer Lifetime Value', 'Client Secret Rotation', 'Patient Intake Form', 'Applicant Tracking System'])} ${rng.pick(['is down', 'was updated', 'needs a review'])} since ${rng.pick(['Monday', 'the release', 'noon'])}.\n`,
    expected: [],
  }),
];

export const people: Generator = {
  name: 'people',
  generate(rng) {
    const samples: Sample[] = [];
    for (const make of [...NAMES, ...BIRTHS, ...HEALTH, ...NOT_PRIVATE, ...WORLD_PEOPLE]) {
      for (let i = 0; i < 3; i++) {
        const c = make(rng);
        const expected: Expected[] = c.expected.map((e) => ({ category: 'pii', kind: e.kind ?? c.kind, value: e.value, ...(e.severity ? { severity: e.severity } : {}) }));
        samples.push({ generator: 'people', syntax: c.syntax, text: c.text, expected, ...(c.negative ? { negative: c.negative } : {}) });
      }
    }
    return samples;
  },
};
