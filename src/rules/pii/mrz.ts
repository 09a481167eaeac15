import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive, lineBounds } from '../../engine/validators';
import { icaoCheckDigit, low, realDate } from './checks';

/**
 * Machine-readable zones of travel documents (ICAO Doc 9303 parts 3 to 6), as OCR pastes them: the zone is
 * two or three lines of upper-case letters, digits and the filler '<', one per line of the document.
 *
 * - TD3 (passports): 2 lines of 44. Line 1: 'P', a type letter or '<', the issuing state, the name. Line 2:
 *   document number (9) + check, nationality, birth date + check, sex, expiry + check, personal number (14)
 *   + check, composite check.
 * - TD2 (ID cards, crew cards): 2 lines of 36. Line 1: 'I', 'A' or 'C', a type letter or '<', the state,
 *   the name. Line 2: as TD3 with 7 characters of optional data and no check digit of their own.
 * - TD1 (ID cards): 3 lines of 30. Line 1: code, state, document number + check, optional data (15).
 *   Line 2: birth date + check, sex, expiry + check, nationality, optional data (11), composite check.
 *   Line 3: the name.
 *
 * Every name field holds the primary identifier followed by '<<' (before the given names or the filler), so
 * a letter followed by '<<' is in every zone: the rule's keywords. C++ and shell write '<<' after a space
 * ('cout << x', 'cat <<EOF') or after a digit ('1<<4'), and a run of '<' alone holds no letter.
 */

/** Characters searched around a keyword: a TD1 zone starts up to three lines of 30 (and their indentation) before its name. */
const ZONE_WINDOW = 128;

/** Indentation allowed before each line of the zone (a quoted or indented OCR dump). */
const MAX_INDENT = 8;

/** True when `digit` (one character) is the check digit of `field`. */
function checks(field: string, digit: string): boolean {
  return /^\d$/.test(digit) && icaoCheckDigit(field) === Number(digit);
}

/** A YYMMDD date with its check digit: a real day in either century. */
function dateValid(yymmdd: string, digit: string): boolean {
  if (!/^\d{6}$/.test(yymmdd) || !checks(yymmdd, digit)) return false;
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(yymmdd.slice(i, i + 2)));
  return realDate(1900 + yy, mm, dd) || realDate(2000 + yy, mm, dd);
}

/**
 * The document number and whether its check digit holds. In TD1 and TD2, a number longer than nine
 * characters leaves '<' in the check digit's place and continues in the optional data, its check digit last.
 */
function documentNumberValid(first9: string, digit: string, optional: string | undefined): boolean {
  let number = first9;
  let check = digit;
  if (digit === '<' && optional !== undefined) {
    const rest = /^[A-Z0-9]{2,}/.exec(optional)?.[0];
    if (!rest) return false;
    number += rest.slice(0, -1);
    check = rest.slice(-1);
  }
  const bare = number.replace(/<+$/, '');
  return bare.length >= 5 && !bare.includes('<') && !isRepetitive(bare) && checks(number, check);
}

/** A state or nationality code: three letters, or fewer letters padded with '<' ('D<<'). */
const STATE = /^[A-Z]{1,3}<{0,2}$/;
const SEX = /^[MFX<]$/;

/** The checks of one zone (lines without indentation); a verdict on the layout they fit. */
function zoneVerdict(lines: readonly string[]): ValidatorResult {
  const [l1, l2, l3] = lines;
  const code = l1[0];
  let states: string[];
  if (lines.length === 3) {
    // TD1.
    if (l1.length !== 30 || l2.length !== 30 || l3.length !== 30 || !'IAC'.includes(code)) return false;
    if (!/[A-Z]/.test(l3) || /[^A-Z<]/.test(l3)) return false;
    if (!documentNumberValid(l1.slice(5, 14), l1[14], l1.slice(15, 30))) return false;
    if (!dateValid(l2.slice(0, 6), l2[6]) || !SEX.test(l2[7]) || !dateValid(l2.slice(8, 14), l2[14])) return false;
    if (!checks(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29])) return false;
    states = [l1.slice(2, 5), l2.slice(15, 18)];
  } else {
    const td3 = l1.length === 44;
    if (td3 ? l2.length !== 44 || code !== 'P' : l1.length !== 36 || l2.length !== 36 || !'IAC'.includes(code)) return false;
    if (/[^A-Z<]/.test(l1)) return false;
    const optional = td3 ? undefined : l2.slice(28, 35);
    if (!documentNumberValid(l2.slice(0, 9), l2[9], optional)) return false;
    if (!dateValid(l2.slice(13, 19), l2[19]) || !SEX.test(l2[20]) || !dateValid(l2.slice(21, 27), l2[27])) return false;
    if (td3) {
      // The personal number's own check digit: '<' or 0 when the field is empty.
      const personal = l2.slice(28, 42);
      const empty = /^<+$/.test(personal);
      if (!(empty && (l2[42] === '<' || l2[42] === '0')) && !checks(personal, l2[42])) return false;
    }
    const last = l2.length - 1;
    if (!checks(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, last), l2[last])) return false;
    states = [l1.slice(2, 5), l2.slice(10, 13)];
  }
  if (!states.every((s) => STATE.test(s))) return false;
  // 'UTO' (Utopia) is the fictitious state of the specimens in Doc 9303 and in vendors' documentation.
  if (states.includes('UTO')) return low('specimen document of the fictitious state Utopia');
  return true;
}

/** The zone stands on lines of its own (after at most a short indentation), and its lines are a layout that checks out. */
function mrzVerdict(ctx: MatchContext): ValidatorResult {
  const line = lineBounds(ctx.text, ctx.start, ctx.start, MAX_INDENT);
  const end = ctx.start + ctx.value.length;
  if (line.startCut || /[^ \t]/.test(ctx.text.slice(line.start, ctx.start))) return false;
  if (!/^[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(end, end + MAX_INDENT + 2))) return false;
  return zoneVerdict(ctx.value.split(/\r?\n[ \t]*/));
}

const td3 = (l1: string, l2: string) => `${l1}\n${l2}`;

export const mrzRules: readonly Rule[] = [
  {
    id: 'passport-mrz',
    title: 'Machine-readable zone of a passport or ID card',
    category: 'pii',
    kind: 'PASSPORT_MRZ',
    severity: 'high',
    description: "A passport's or ID card's machine-readable zone holds the holder's name, document number, nationality, birth date and sex: enough to impersonate them.",
    keywords: [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => `${letter}<<`),
    window: ZONE_WINDOW,
    multiline: true,
    // The filler '<' is a placeholder mark everywhere else; here the check digits decide.
    allowPlaceholders: true,
    pattern:
      /(?<![^\s])[PIAC][A-Z<][A-Z<]{3}(?:[A-Z<]{39}\r?\n[ \t]{0,8}[A-Z0-9<]{44}|[A-Z<]{31}\r?\n[ \t]{0,8}[A-Z0-9<]{36}|[A-Z0-9<]{25}\r?\n[ \t]{0,8}[A-Z0-9<]{30}\r?\n[ \t]{0,8}[A-Z<]{30})(?![A-Z0-9<])/,
    validators: [mrzVerdict],
    helpUrl: 'https://www.icao.int/publications/pages/publication.aspx?docnum=9303',
    examples: {
      positive: [
        [
          'OCR result (page 2 of scan_0417.pdf):',
          'KINGDOM OF THE NETHERLANDS  PASSPORT',
          'P<NLDVAN<DER<VELDE<<JOHANNA<PETRA<<<<<<<<<<<',
          'NRK4Y82T12NLD8805175F3109225<<<<<<<<<<<<<<<2',
        ].join('\n'),
        'Guest passport (check-in desk):\r\n' + 'P<CANOKAFOR<<DANIEL<CHIDI<<<<<<<<<<<<<<<<<<<\r\n' + 'HT615093<6CAN9202298M2903046<<<<<<<<<<<<<<<8\r\n',
        td3('PDITAMARINO<<LUCA<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'YA77304126ITA7508114M3301018MRNLCU75M11H5092'),
        'Back of ID card:\n    IDD<<LZ6311T475<<<<<<<<<<<<<<<\n    8309260M3204304D<<<<<<<<<<<<<4\n    BRANDT<<FELIX<JONAS<<<<<<<<<<<\n',
        'I<BELB920476155<<<<<<<<<<<<<<<\n9701023F2707196BEL970102314821\nPEETERS<<LOTTE<ELS<<<<<<<<<<<<',
        // A document number of eleven characters, continued in the optional data with its check digit.
        'tesseract back.png stdout:\nI<ROUX7K20931Q<W54<<<<<<<<<<<<\n8611046M3302288ROU<<<<<<<<<<<2\nPOPESCU<<ANDREI<MIHAI<<<<<<<<<\n',
        'Residence card, zone read by the kiosk:\nI<PRTSOUSA<FERREIRA<<INES<<<<<<<<<<<\nC7T20518<4PRT0108124F2805117<<<<<<<4',
      ],
      negative: [
        {
          text: td3('P<NLDVAN<DER<VELDE<<JOHANNA<PETRA<<<<<<<<<<<', 'NRK4Y82T13NLD8805175F3109225<<<<<<<<<<<<<<<2'),
          reason: 'the document number fails its check digit',
        },
        {
          text: td3('P<CANOKAFOR<<DANIEL<CHIDI<<<<<<<<<<<<<<<<<<<', 'HT615093<6CAN9202313M2903046<<<<<<<<<<<<<<<8'),
          reason: 'the birth date (31 February) is no day, though its check digit would pass',
        },
        {
          text: td3('P<CANOKAFOR<<DANIEL<CHIDI<<<<<<<<<<<<<<<<<<<', 'HT615093<6CAN9202298M2903046<<<<<<<<<<<<<<<9'),
          reason: 'the composite check digit is wrong',
        },
        {
          text: 'std::cout << "P<<" << name << std::endl;\ncat <<EOF\nPAYLOAD<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nEOF',
          reason: "C++ stream output and a shell heredoc: '<<' in code, no zone",
        },
        {
          text: '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
          reason: 'lines of filler alone',
        },
        {
          text: 'x = "P<NLDVAN<DER<VELDE<<JOHANNA<PETRA<<<<<<<<<<<\nNRK4Y82T12NLD8805175F3109225<<<<<<<<<<<<<<<2"',
          reason: 'the first line does not start the line: a string in code cut from a longer value',
        },
      ],
      lowSeverity: [td3('P<UTOQUILLFEATHER<<ROSALIND<<<<<<<<<<<<<<<<<', 'W08K221937UTO6904030F3006151<<<<<<<<<<<<<<<8')],
    },
  },
];
