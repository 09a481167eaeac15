import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { columnKeywords, low } from './checks';

/**
 * Person names in the name column of a table: a customer, patient or employee export pasted into a prompt.
 * Free text needs a language model to tell names from other capitalised words; a column labelled
 * "Full name" next to "Email" and "Date of birth" says it outright. The rule runs in such tables only.
 */

const normalise = (header: string): string => header.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Headers of a column of given names or family names alone: one word is a whole value there. */
const PART_HEADER =
  /^(?:(?:first|last|given|family|middle|maiden|sur|fore) ?name|surname|forename|first|last|vorname|nachname|pr[eé]nom|nom|nombre|apellidos?|nome|cognome|voornaam|achternaam)$/;

/** Headers of a column of whole names. */
const FULL_HEADER =
  /^(?:(?:full|legal|customer|client|patient|employee|member|guest|passenger|student|contact|account holder|card ?holder|holder|beneficiary|recipient|applicant|candidate|owner|person|billing|shipping|payee|insured|policy ?holder) ?name|name|customer|client|patient|employee|cardholder|passenger|beneficiary|recipient|applicant|policyholder)$/;

/** A header that names a person's data: a table with one of these is about people. */
const PERSONAL_HEADER =
  /e-?mail|phone|mobile|tel\b|birth|dob|address|street|city|zip|post ?code|ssn|social|passport|gender|sex|age|salary|iban|account|customer|patient|employee|national|tax|insurance|diagnosis/;

/** Names that documentation and test data use as stand-ins. */
const STAND_IN_NAME =
  /^(?:john|jane|richard|baby) doe$|^joe bloggs$|^(?:max|erika) mustermann$|^jean dupont$|^mario rossi$|^jan kowalski$|^juan p[eé]rez$|^fulano de tal$|^(?:test|demo|sample|dummy|example) (?:user|person|customer|name)$|^foo bar$/i;

/** Words that fill a name cell without naming anyone. */
const NOT_A_NAME = /^(?:n\/?a|none|null|nil|unknown|anonymous|tbd|tba|test|todo|redacted|hidden|private|other|various|name|first|last|admin|system|guest|user)$/i;

function nameVerdict(ctx: MatchContext): ValidatorResult {
  if (ctx.column === undefined) return false;
  const header = normalise(ctx.column);
  const words = ctx.value.split(/[\s,]+/);
  if (PART_HEADER.test(header)) {
    if (words.length > 3) return false;
  } else if (FULL_HEADER.test(header)) {
    if (words.length < 2 || words.length > 5) return false;
    // A bare "Name" column may list products or hosts: the table must hold other personal data.
    if (header === 'name' && !(ctx.headers ?? []).some((h) => h !== ctx.column && PERSONAL_HEADER.test(normalise(h)))) return false;
  } else {
    return false;
  }
  if (words.some((w) => NOT_A_NAME.test(w)) && words.length === 1) return false;
  if (NOT_A_NAME.test(ctx.value)) return false;
  if (STAND_IN_NAME.test(ctx.value)) return low('a stand-in name');
  return true;
}

const NAME_PART = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|du|del|della|le|la|bin|ibn|al|y|dos|das|e|ter|zu)`;

export const personNameRules: readonly Rule[] = [
  {
    id: 'person-name',
    title: 'Person name (in a table)',
    category: 'pii',
    kind: 'PERSON_NAME',
    severity: 'medium',
    confidence: 'medium',
    description: 'A name column of a customer, patient or employee list identifies every person in it.',
    keywords: [
      'first name', 'last name', 'full name', 'firstname', 'lastname', 'fullname', 'first_name', 'last_name', 'full_name',
      'surname', 'given name', 'family name', 'given_name', 'family_name', 'forename', 'vorname', 'nachname', 'prenom',
      'apellido', 'nombre', 'cognome', 'voornaam', 'achternaam', 'cardholder', 'card holder', 'policyholder', 'passenger',
      'customer name', 'patient name', 'employee name', 'client name', '"name"',
      ...columnKeywords('name'), ...columnKeywords('customer'), ...columnKeywords('patient'), ...columnKeywords('employee'),
    ],
    tableColumns: 'only',
    // A cell: one or more capitalised words (particles such as "van" or "de" between them), alone in its
    // field (quoted or not).
    // Or, quoted, "Family, Given".
    pattern: new RegExp(
      String.raw`(?<=(?:^|[,;\t|])[ ]?")${NAME_PART}(?:[ \t]{1,4}${NAME_PART})*,[ \t]{1,3}${NAME_PART}(?:[ \t]{1,4}(?:${NAME_PART}|${PARTICLE}(?=[ \t])))*(?=")|` +
        String.raw`(?<=(?:^|[,;\t|])[ ]?"?)${NAME_PART}(?:[ \t]{1,4}(?:${NAME_PART}|${PARTICLE}(?=[ \t])))*(?=[ \t]{0,8}"?[ \t]{0,8}(?:[,;\t|]|\r?$))`,
      'mu',
    ),
    validators: [nameVerdict],
    examples: {
      positive: [
        'customer_id,full_name,email,phone\n1001,Ana Silva,ana.silva@gmail.com,+351 912 345 678\n1002,Jan van der Berg,jan.berg@ziggo.nl,+31 6 12345678',
        'First Name\tLast Name\tDate of Birth\nMarie\tCurie\t1967-11-07\nHans\tMüller\t1984-03-12',
        '| Patient | DOB | Diagnosis |\n|---|---|---|\n| Olivia Chen | 1990-02-11 | asthma |',
        'name,email,phone\n"Curie, Marie",marie.curie@orange.fr,+33 6 12 34 56 78',
      ],
      negative: [
        { text: 'name,price,sku\nWidget Pro,19.99,WP-100\nGadget Max,24.50,GM-200', reason: 'a bare Name column in a product table' },
        { text: 'username,email\nOlivia Chen,olivia@fastmail.fm', reason: 'a user name column holds handles' },
        { text: 'full_name,email\nN/A,none@acme-corp.io', reason: 'no name in the cell' },
        { text: 'const row = { name, email };\nconsole.log(Ana Silva, x);', reason: 'code, not a table' },
      ],
      lowSeverity: ['full_name,email\nJohn Doe,john.doe@acme-corp.io'],
    },
  },
];
