/**
 * Shapes: fixed-length sequences of character sets, the prefilter's second kind of needle (beside literal
 * keywords). A rule without a literal keyword (a national id, an IP address, a wallet address) names an
 * anchor, written in a small subset of regex syntax, and the prefilter finds the anchor's shapes in
 * the same single pass as the keywords: no extra pass over the text per anchor.
 *
 * The subset: literal characters, escapes (`\d` and escaped punctuation), classes (`[A-F0-9]`, `[^A-Za-z0-9]`),
 * non-capturing groups with alternation, and the quantifiers `?`, `{n}` and `{m,n}`. Every match of such a
 * pattern has one of finitely many lengths, so it expands into a list of plain sequences of sets.
 */

/** Index of the one symbol that stands for every character above U+007F. */
export const NON_ASCII = 128;
/** Size of the symbol alphabet: the 128 ASCII characters and NON_ASCII. */
export const SYMBOLS = 129;
/** The automaton reports where a shape ends; no shape may be longer than this. */
export const MAX_SHAPE_LENGTH = 16;
/** A pattern expanding into more sequences than this is refused (the automaton would grow needlessly). */
const MAX_EXPANSIONS = 256;

/** Membership of each symbol (ASCII code, or NON_ASCII) in the set: 1 or 0. */
export type CharSet = Uint8Array;
/** A fixed-length sequence of character sets. */
export type Shape = readonly CharSet[];

export class ShapeSyntaxError extends Error {}

function setOf(codes: Iterable<number>): CharSet {
  const s = new Uint8Array(SYMBOLS);
  for (const c of codes) s[c] = 1;
  return s;
}

const range = (from: string, to: string): number[] =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => from.charCodeAt(0) + i);
const DIGITS = range('0', '9');

/** Recursive-descent parser producing, for each sub-pattern, the list of sequences it can match. */
class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Shape[] {
    const out = this.alternation();
    if (this.pos < this.src.length) this.fail(`unexpected "${this.src[this.pos]}"`);
    return out;
  }

  private fail(msg: string): never {
    throw new ShapeSyntaxError(`anchor /${this.src}/: ${msg} at ${this.pos}`);
  }

  private alternation(): Shape[] {
    const out = [...this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      for (const shape of this.sequence()) out.push(shape);
    }
    return this.capped(out);
  }

  private sequence(): Shape[] {
    let acc: Shape[] = [[]];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.quantified(this.atom());
      const next: Shape[] = [];
      for (const a of acc) for (const b of atom) next.push([...a, ...b]);
      acc = this.capped(next);
    }
    return acc;
  }

  private capped(list: Shape[]): Shape[] {
    if (list.length > MAX_EXPANSIONS) this.fail(`more than ${MAX_EXPANSIONS} alternatives`);
    for (const s of list) if (s.length > MAX_SHAPE_LENGTH) this.fail(`a match longer than ${MAX_SHAPE_LENGTH} characters`);
    return list;
  }

  private atom(): Shape[] {
    const c = this.src[this.pos];
    if (c === '(') {
      if (!this.src.startsWith('(?:', this.pos)) this.fail('only non-capturing groups (?:...) are supported');
      this.pos += 3;
      const inner = this.alternation();
      if (this.src[this.pos] !== ')') this.fail('unclosed group');
      this.pos++;
      return inner;
    }
    if (c === '[') return [[this.charClass()]];
    if (c === '\\') return [[this.escape()]];
    if ('*+.^$?{})'.includes(c)) this.fail(`"${c}" is not supported here`);
    if (c.charCodeAt(0) > 127) this.fail('only ASCII characters are supported');
    this.pos++;
    return [[setOf([c.charCodeAt(0)])]];
  }

  /** `\d` or an escaped punctuation character. */
  private escape(): CharSet {
    const e = this.src[this.pos + 1];
    if (e === undefined) this.fail('dangling backslash');
    this.pos += 2;
    if (e === 'd') return setOf(DIGITS);
    if (/[A-Za-z0-9]/.test(e) || e.charCodeAt(0) > 127) this.fail(`escape \\${e} is not supported`);
    return setOf([e.charCodeAt(0)]);
  }

  private charClass(): CharSet {
    const ascii = (c: string): number => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : this.fail('only ASCII characters are supported'));
    this.pos++; // [
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const members = new Uint8Array(SYMBOLS);
    const single = (): number => {
      const c = this.src[this.pos];
      if (c === undefined) this.fail('unclosed class');
      if (c !== '\\') {
        this.pos++;
        return ascii(c);
      }
      const e = this.src[this.pos + 1];
      if (e === undefined || /[A-Za-z0-9]/.test(e)) this.fail(`escape \\${e ?? ''} is not supported in a class`);
      this.pos += 2;
      return e.charCodeAt(0);
    };
    while (this.src[this.pos] !== ']') {
      if (this.src.startsWith('\\d', this.pos)) {
        this.pos += 2;
        for (const d of DIGITS) members[d] = 1;
        continue;
      }
      const lo = single();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const hi = single();
        if (hi < lo) this.fail('range out of order');
        for (let x = lo; x <= hi; x++) members[x] = 1;
      } else {
        members[lo] = 1;
      }
    }
    this.pos++; // ]
    if (negated) for (let i = 0; i < SYMBOLS; i++) members[i] ^= 1;
    return members;
  }

  private quantified(atom: Shape[]): Shape[] {
    const c = this.src[this.pos];
    let min: number;
    let max = 1;
    if (c === '?') {
      this.pos++;
      min = 0;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d+))?\}/.exec(this.src.slice(this.pos));
      if (!m) this.fail('malformed {m,n}');
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : Number(m[2]);
      if (max < min || max > MAX_SHAPE_LENGTH) this.fail('bad repeat count');
    } else {
      return atom;
    }
    const out: Shape[] = [];
    let power: Shape[] = [[]];
    for (let n = 0; n <= max; n++) {
      if (n >= min) for (const shape of power) out.push(shape);
      if (n === max) break;
      const next: Shape[] = [];
      for (const a of power) for (const b of atom) next.push([...a, ...b]);
      power = this.capped(next);
    }
    return this.capped(out);
  }
}

/** Every sequence of sets the pattern can match. Throws ShapeSyntaxError outside the supported subset. */
export function expandShapes(source: string): Shape[] {
  const shapes = new Parser(source).parse();
  if (shapes.some((s) => s.length === 0)) throw new ShapeSyntaxError(`anchor /${source}/ can match the empty string`);
  return shapes;
}

/** True when the symbol of UTF-16 code unit `code` is in the set. */
export function inSet(set: CharSet, code: number): boolean {
  return set[code < 128 ? code : NON_ASCII] === 1;
}
