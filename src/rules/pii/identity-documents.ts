/**
 * Identity document numbers of any country under their label: passports ("J8369854" in India, "YA1234567" in
 * Italy, "12AB34567" in France), identity cards (Italy's "CA12345AB" electronic card or "AB 1234567" paper one)
 * and driving licences (Italy's "AB1234567C"). Their layouts vary by country and say little on their own, so each
 * is read only on the line of its label, in English or the country's language; the US rules, which know their
 * country's layouts, take precedence where they report.
 */
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { labelledOnLine, repeatedDigitsVerdict } from './checks';

/** What people call a passport, in the languages most forms use. */
export const PASSPORT_WORDS = ['passport', 'travel document', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'paspoort', 'paszport', 'passaporte'];

const ID_CARD_WORDS = [
  'identity card', 'id card', 'id-card', 'national id card', "carta d'identità", "carta d'identita", 'carta di identità', 'carta di identita', 'carta identità',
  'cie', "carte d'identité", "carte d'identite", 'documento de identidad', 'documento di identità', 'documento di identita', 'identiteitskaart', 'identity document',
];

/** Keywords of every driving licence rule (the US one's too): rules with the same keywords share their windows. */
export const DRIVING_LICENCE_KEYWORDS = ['driver', 'dln', 'dl#', 'dl no', 'dl number', 'driving', 'patente', 'licenza di guida', 'führerschein', 'fuhrerschein', 'fuehrerschein', 'permis de conduire', 'carnet de conducir', 'licencia de conducir', 'rijbewijs', 'prawo jazdy', 'körkort'];

const LICENCE_WORDS = [
  "driver's license", "driver's licence", 'drivers license', 'drivers licence', 'driver license', 'driver licence', 'driving licence', 'driving license',
  'patente', 'licenza di guida', 'führerschein', 'fuhrerschein', 'fuehrerschein', 'permis de conduire', 'carnet de conducir', 'licencia de conducir', 'rijbewijs', 'prawo jazdy', 'körkort',
];

/**
 * A document number under its label: six to twelve capitals and digits with at least five digits (or the
 * paper identity card's "AB 1234567"), not a run like 1234567 or AAAAAAA. A code library's "passport" (the
 * passport.js strategy) names no document.
 */
function documentNumber(words: readonly string[]) {
  return (ctx: MatchContext): ValidatorResult => {
    const compact = ctx.value.replace(' ', '');
    // Italy's newer licences: U1, seven capitals or digits and a letter, whatever its digits.
    const enoughDigits = (compact.match(/\d/g) ?? []).length >= 5 || /^U1[A-Z0-9]{7}[A-Z]$/.test(compact);
    if (!enoughDigits) return false;
    const repetition = repeatedDigitsVerdict(compact.replace(/^[A-Z]+|[A-Z]+$/g, ''));
    if (repetition === false) return false;
    if (/passport\.(?:use|authenticate|initialize|session)|require\(['"]passport/.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start + 80))) return false;
    return labelledOnLine(ctx, words, 50) && repetition;
  };
}

/** A number of six to twelve capitals and digits, or two capitals, a space and seven digits; not inside a longer code. */
const DOCUMENT_NUMBER = /(?<![A-Za-z0-9-])(?:[A-Z]{2} \d{7}|(?=[A-Z0-9]{6,12}(?![A-Za-z0-9-]))[A-Z0-9]*\d[A-Z0-9]*)(?![A-Za-z0-9-])/;

const base = { category: 'pii', severity: 'high', confidence: 'medium', tableColumns: true, window: 80, pattern: DOCUMENT_NUMBER } as const;

export const identityDocumentRules: readonly Rule[] = [
  {
    ...base,
    id: 'passport-number',
    title: 'Passport number',
    kind: 'PASSPORT',
    description: 'A passport number is a government identity document number used for identity and travel fraud.',
    keywords: PASSPORT_WORDS,
    validators: [documentNumber(PASSPORT_WORDS)],
    examples: {
      positive: ['Passport number: J8369854', 'Passaporto: YA4820193', 'passeport n° 18AV59023', 'id,passport,status\n7,K4061837,active'],
      negative: [
        { text: 'Passport: AB1234567', reason: 'a sequential placeholder' },
        { text: 'passport.use(new LocalStrategy(VERIFY_42))', reason: 'the passport.js library, not a document' },
        { text: 'Passport: ABCDEFGH', reason: 'no digits: a word, not a document number' },
      ],
    },
  },
  {
    ...base,
    id: 'identity-card-number',
    title: 'Identity card number',
    kind: 'ID_CARD',
    description: 'An identity card number identifies its holder to the state, banks and employers.',
    keywords: ['identity card', 'id card', 'id-card', "carta d'identit", 'carta di identit', 'carta identit', 'cie:', 'cie ', "carte d'identit", 'documento de identidad', 'documento di identit', 'identiteitskaart', 'identity document'],
    wordStartKeywords: ['cie:', 'cie '],
    validators: [documentNumber(ID_CARD_WORDS)],
    examples: {
      positive: ["Carta d'identità: CA48213KM", 'ID card number: AT 4829135', 'CIE 5820413RB'],
      negative: [
        { text: 'ID card: AB 1234567', reason: 'a sequential placeholder' },
        { text: 'science 4829135', reason: 'no identity card label: "cie" inside a word' },
        { text: 'CIE: CA77777AB', reason: 'one digit throughout: a stand-in' },
      ],
      lowConfidence: ['La mia CIE è CB77267KD', "Carta d'identità n. AY 5856555"],
    },
  },
  {
    ...base,
    id: 'driving-licence-number',
    title: 'Driving licence number',
    kind: 'DRIVERS_LICENSE',
    description: "A driving licence number is an identity document number used for identity fraud.",
    // The US rule's keywords too, so that both share their windows: a second window at every "driver" in code costs.
    keywords: DRIVING_LICENCE_KEYWORDS,
    validators: [documentNumber(LICENCE_WORDS)],
    examples: {
      positive: ['Patente di guida: RM5820413K', 'Führerschein: B072RRE2I55', "Driver's licence: U1X8K29Q4T", 'patente n. U1KCBFOQ6R'],
      negative: [
        { text: 'Patente: AB1234567C', reason: 'a sequential placeholder' },
        { text: 'webdriver.timeout = 30000', reason: 'a web driver setting, not a licence' },
      ],
    },
  },
];
