import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { columnKeywords, requireLabelOnLine, wordOnSameLine, repeatedDigitsVerdict } from './checks';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spain DNI: 8 digits + letter = DNI_LETTERS[n mod 23]. */
function dniValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  const m = /^(\d{8})([A-Z])$/.exec(v);
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

/** Spain NIE: X/Y/Z (as 0/1/2) + 7 digits + letter, same letter table as the DNI. */
function nieValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(v);
  if (!m) return false;
  const n = Number(String('XYZ'.indexOf(m[1])) + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

const SPAIN_ID_WORDS = ['dni', 'nie', 'nif', 'documento', 'identidad', 'extranjero', 'id number', 'cif'];

function spainVerdict(valid: (v: string) => boolean) {
  return (ctx: MatchContext): ValidatorResult => {
    if (/[A-Za-z0-9]/.test(ctx.text[ctx.start - 1] ?? '')) return false;
    if (!valid(ctx.value)) return false;
    const repetition = repeatedDigitsVerdict(ctx.value.replace(/\D/g, ''));
    if (repetition === false) return false;
    const labelled = wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, SPAIN_ID_WORDS, 80, ctx.memo);
    // A recurring digit is kept only under a label (at low confidence): bare, it is more likely a code.
    if (repetition !== true) return labelled ? repetition : false;
    return labelled ? true : { confidence: 'medium' };
  };
}

/** Labels of a company's tax code; whole words, so 'NIF-IVA', 'cif_empresa' and 'NIF/CIF' count too. */
const CIF_LABELS = ['cif', 'nif', 'c.i.f', 'n.i.f'];

/**
 * Spain NIF of a legal entity (formerly CIF), Orden EHA/451/2008: an entity-type letter, seven digits (the
 * first two a province code, 00 for non-residents) and a control character. Over the seven digits, the
 * digits in even places plus the digit sums of twice those in odd places give S; the control is the digit
 * (10 - S mod 10) mod 10, or the letter of that digit in JABCDEFGHI (J for 0, A for 1...). Public bodies,
 * religious bodies, the State's organs and permanent establishments (P, Q, R, S, W), and non-residents
 * (00), carry the letter; public and limited companies, joint ownerships and owners' associations (A, B, E,
 * H) the digit; the other types may carry either.
 */
export function cifValid(value: string): boolean {
  const m = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(value);
  if (!m) return false;
  const [, type, digits, control] = m;
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    sum += i % 2 === 1 ? d : Math.floor((2 * d) / 10) + ((2 * d) % 10);
  }
  const check = (10 - (sum % 10)) % 10;
  const letter = /[A-J]/.test(control);
  if (letter ? control !== 'JABCDEFGHI'[check] : Number(control) !== check) return false;
  if ('PQRSW'.includes(type) || digits.startsWith('00')) return letter;
  return 'ABEH'.includes(type) ? !letter : true;
}

export const spainRules: readonly Rule[] = [
  {
    id: 'es-dni',
    title: 'Spain national ID (DNI/NIF)',
    category: 'pii',
    kind: 'ES_DNI',
    severity: 'high',
    description: 'The DNI identifies a Spanish citizen and doubles as their tax number (NIF).',
    keywords: [],
    anchor: ID_NUMBER,
    // From the check letter, its eight digits read behind it: the regex engine skips to the letters instead of
    // trying every digit of the numbers in code (a third of the time over the id-number windows).
    pattern: /[TRWAGMYFPDXBNJZSQVHLCKE](?<=(?<!\d)(?<number>\d{8}-?)[TRWAGMYFPDXBNJZSQVHLCKE])(?![A-Za-z0-9])/,
    valueStartGroup: 'number',
    // The verdict judges repeated digits itself (a recurring digit lowers confidence, a run rejects): the
    // generic placeholder filter would drop "66696656Z" whole.
    allowPlaceholders: true,
    validators: [spainVerdict(dniValid)],
    examples: {
      positive: ['DNI: 47391826G', 'nif = "73629184-C"'],
      negative: [
        { text: 'DNI: 47391826A', reason: 'wrong check letter' },
        { text: 'hash 0x47391826G', reason: 'part of a longer token' },
        { text: 'DNI: 11111111H', reason: 'one repeated digit: a placeholder' },
        { text: 'ref 55545572C', reason: 'a recurring digit and no label: more likely a code' },
      ],
      lowConfidence: ['DNI: 55545572C'],
    },
  },
  {
    id: 'es-nie',
    title: 'Spain foreigner ID (NIE)',
    category: 'pii',
    kind: 'ES_NIE',
    severity: 'high',
    description: 'The NIE identifies a foreign resident in Spain for tax, work and residence.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /[XYZ]-?\d{7}-?[TRWAGMYFPDXBNJZSQVHLCKE](?![A-Za-z0-9])/,
    validators: [spainVerdict(nieValid)],
    examples: {
      positive: ['NIE: X4718253X', 'nie=Y-3829174-X'],
      negative: [
        { text: 'NIE: X4718253Y', reason: 'wrong check letter' },
        { text: 'NIE: W4718253X', reason: 'NIEs start with X, Y or Z' },
      ],
    },
  },
  {
    id: 'es-cif',
    title: 'Spain company tax code (CIF/NIF of a legal entity)',
    category: 'pii',
    kind: 'ES_CIF',
    severity: 'medium',
    confidence: 'medium',
    description: "The CIF identifies a Spanish company or association to the tax office; it is reported because it travels with its officers' and customers' personal data.",
    // 'cif' and 'nif' alone would wake inside every "specific" and "manifest": only their label forms.
    keywords: ['c.i.f', 'n.i.f', ...['cif', 'nif'].flatMap((w) => [`${w}:`, `${w} `, `${w}=`, `${w}"`, `${w}'`, `${w}#`, `${w}/`, `${w}-`, `${w}.`, `${w}_`, ...columnKeywords(w)])],
    tableColumns: true,
    window: 80,
    pattern: /(?<![A-Za-z0-9])(?:ES)?([ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J])(?![A-Za-z0-9])/,
    secretGroup: 1,
    validators: [
      (ctx) => cifValid(ctx.value) && repeatedDigitsVerdict(ctx.value.slice(1, 8)),
      requireLabelOnLine(CIF_LABELS, 60),
    ],
    examples: {
      positive: ['CIF: B84510270', 'Proveedor: Talleres Norte S.L., NIF ESB84510270', 'razon_social;cif\nAyuntamiento de Ejemplo;Q2817094B', 'cif=N0047193H'],
      negative: [
        { text: 'CIF: B84510271', reason: 'wrong control digit' },
        { text: 'CIF: B8451027J', reason: 'a limited company (B) carries a digit, never a letter' },
        { text: 'CIF: Q28170942', reason: 'a public body (Q) carries a letter, never a digit' },
        { text: 'CIF: T84510270', reason: 'T is no entity type' },
        { text: 'pedido B84510270 enviado', reason: 'no CIF or NIF label near' },
        { text: 'CIF: B12345674', reason: 'a sequential placeholder' },
      ],
      lowConfidence: ['CIF: B85555456'],
    },
  },
];
