/**
 * Prefilter: one pass over the text finds every occurrence of every rule keyword (ASCII, case-insensitive)
 * and of every anchor (a few short fixed-length sequences of character sets, see shape.ts), so that rules
 * whose needles are absent cost nothing and the others only run near their needles.
 *
 * Two DFAs over character classes step together on each character: an Aho-Corasick automaton for the keywords
 * and a subset-construction automaton for the anchors. One DFA for both would be the product of the two,
 * several times larger than either, because an anchor's progress through a run of letters is independent of
 * the keyword trie's; two small tables stay in cache, and their two chains of loads run in parallel.
 *
 * A class groups the characters that every needle treats alike; in the keyword DFA, a character in no
 * keyword is class 0, whose column sends every state back to the root. A transition into a state that
 * reports needles is stored bit-inverted (negative), so each step of the hot loop is two loads and a sign
 * test (see Arena).
 */
import { NON_ASCII, SYMBOLS, type Shape } from './shape';

/** One DFA as built: character classes, transitions by state id, and what each state reports. */
interface Dfa {
  /** UTF-16 code unit -> character class. */
  readonly classOf: Uint8Array;
  /** The code units above U+007F that have a class of their own (in keywords written in other scripts). */
  readonly nonAscii: readonly number[];
  /** log2 of the row width (the class count rounded up to a power of two). */
  readonly shift: number;
  /** states x 2^shift -> next state id. */
  readonly rows: Int32Array;
  /** Per state, the needle ids whose occurrences end there. */
  readonly outputs: readonly (readonly number[] | undefined)[];
  /** The state a walk starts in: as if a line break preceded the text (anchors may begin at a boundary). */
  readonly initial: number;
  /**
   * Set when characters of other scripts share classes (keyword DFA): code unit -> the keyword character it
   * stands for (itself, or the lower case of a folded letter), 0 for the rest. An occurrence of a keyword
   * holding such characters is reported only where the text reads as the keyword through this table.
   */
  readonly canon?: Uint16Array;
}

/** Where the keyword DFA's class table starts in the arena. */
const KW_CLASSES = 0;
/** Where the table of both classes (keyword class | anchor class << 8) starts in the arena. */
const BOTH_CLASSES = 65536;

/**
 * Both DFAs in one Int32Array, walked as `state = arena[state | arena[CLASSES + char]]`: the class tables
 * (full size, so no range check: the keyword DFA's, and both DFAs' packed in one entry for the loop that
 * walks both), then each DFA's rows. A state is the arena offset of its row (rows are
 * aligned to their power-of-two width, so OR adds the class), stored bit-inverted when it reports. One typed
 * array instead of four matters: V8 keeps each typed array's base and length live in registers, and with
 * four of them the walk ran about 1.7x slower.
 */
interface Arena {
  readonly arena: Int32Array;
  readonly kwInitial: number;
  readonly anInitial: number;
  /** First row offset and row width (log2) of each DFA, to map a state back to its outputs. */
  readonly kwBase: number;
  readonly kwShift: number;
  readonly anBase: number;
  readonly anShift: number;
}

function buildArena(kw: Dfa, an: Dfa | undefined): Arena {
  const kwBase = align(2 * 65536, kw.shift);
  const anBase = an ? align(kwBase + kw.rows.length, an.shift) : kwBase + kw.rows.length;
  const arena = new Int32Array(anBase + (an?.rows.length ?? 0));
  arena.set(kw.classOf, KW_CLASSES);
  if (an) {
    // Every character above U+007F is in one class of the anchor DFA, and in the keyword DFA's class 0 unless
    // a keyword holds it (a label in another script): fill those natively, then the ASCII ones and the others.
    arena.fill(an.classOf[NON_ASCII] << 8, BOTH_CLASSES + 128, BOTH_CLASSES + 65536);
    for (let c = 0; c < 128; c++) arena[BOTH_CLASSES + c] = kw.classOf[c] | (an.classOf[c] << 8);
    for (const c of kw.nonAscii) arena[BOTH_CLASSES + c] = kw.classOf[c] | (an.classOf[NON_ASCII] << 8);
  }
  const place = (d: Dfa, base: number) => {
    for (let i = 0; i < d.rows.length; i++) {
      const target = d.rows[i];
      const offset = base + (target << d.shift);
      // Transitions into reporting states are bit-inverted: the hot loop tests a sign.
      arena[base + i] = d.outputs[target] !== undefined ? ~offset : offset;
    }
  };
  place(kw, kwBase);
  if (an) place(an, anBase);
  return {
    arena,
    kwInitial: kwBase + (kw.initial << kw.shift),
    anInitial: an ? anBase + (an.initial << an.shift) : 0,
    kwBase,
    kwShift: kw.shift,
    anBase,
    anShift: an?.shift ?? 0,
  };
}

/** The first multiple of 2^shift at or after `offset`. */
const align = (offset: number, shift: number): number => Math.ceil(offset / (1 << shift)) * (1 << shift);

type OnHit = (needle: number, start: number, end: number) => void;

export class Prefilter {
  private readonly tables: Arena;
  private readonly kwOutputs: Dfa['outputs'];
  /** Empty when there are no anchors: the keyword DFA then walks alone. */
  private readonly anOutputs: Dfa['outputs'];
  /** Needle id -> length of its occurrences (an anchor's longest shape). */
  private readonly lengths: readonly number[];
  private readonly maxLength: number;
  /** Dfa.canon of the keyword DFA, and per needle id 1 for the keywords whose occurrences it must confirm. */
  private readonly canon: Uint16Array | undefined;
  private readonly confirm: Uint8Array;

  /** Texts shorter than this are walked in one stream (splitting costs more than it saves). */
  static readonly TWO_STREAM_MIN = 4096;

  /**
   * Needle ids: `keywords` are 0..k-1, `anchors` follow. An anchor is a list of alternative shapes; an
   * occurrence is reported as starting its longest shape's length before its end (but not before the range).
   */
  constructor(
    readonly keywords: readonly string[],
    readonly anchors: readonly (readonly Shape[])[] = [],
  ) {
    for (const k of keywords) {
      if (k.length === 0 || /[\x00-\x08\x0a-\x1f\x7f]/.test(k) || k !== k.toLowerCase()) {
        throw new Error(`Keyword ${JSON.stringify(k)} must be non-empty, in lower case, without control characters (tabs allowed)`);
      }
    }
    for (const a of anchors) if (a.length === 0 || a.some((sh) => sh.length === 0)) throw new Error('An anchor needs non-empty shapes');
    this.lengths = [...keywords.map((k) => k.length), ...anchors.map((a) => a.reduce((m, sh) => Math.max(m, sh.length), 0))];
    this.maxLength = this.lengths.reduce((m, n) => Math.max(m, n), 1);
    const kw = keywordDfa(keywords);
    const an = anchors.length > 0 ? anchorDfa(anchors, keywords.length) : undefined;
    this.tables = buildArena(kw, an);
    this.kwOutputs = kw.outputs;
    this.anOutputs = an?.outputs ?? [];
    this.canon = kw.canon;
    this.confirm = new Uint8Array(this.lengths.length);
    if (kw.canon) keywords.forEach((k, id) => (this.confirm[id] = /[^\x00-\x7f]/.test(k) ? 1 : 0));
  }

  /** Number of DFA states, both automata together (for the bench and tests). */
  get stateCount(): number {
    return this.kwOutputs.length + this.anOutputs.length;
  }

  /**
   * Calls `onHit(needleId, start, end)` for every occurrence in [from, to), in order of `end`. The range is
   * read as if a line break preceded it.
   */
  scan(text: string, onHit: OnHit, from = 0, to = text.length): void {
    const t = this.tables;
    const kwA: number[] = [];
    if (this.anOutputs.length > 0) {
      // Both DFAs step on each character: two independent chains of loads, enough to fill the pipeline.
      const anA: number[] = [];
      walkBoth(t.arena, text, from, to, t.kwInitial, t.anInitial, kwA, anA);
      this.report(text, kwA, anA, from, from, onHit);
      return;
    }
    if (to - from < Prefilter.TWO_STREAM_MIN) {
      walk(t.arena, text, from, to, kwA, t.kwInitial);
      this.report(text, kwA, [], from, from, onHit);
      return;
    }
    // The keyword DFA alone walks two halves interleaved in one loop: each step waits on the load of the
    // step before, so two independent walks fill the pipeline. The second half starts early enough (the
    // longest keyword, less one) to see every keyword that ends in it; what ends in the first half is the
    // first walk's to report.
    const mid = from + ((to - from) >> 1);
    const start2 = Math.max(from, mid - (this.maxLength - 1));
    const kwB: number[] = [];
    walkHalves(t.arena, text, from, mid, start2, to, t.kwInitial, kwA, kwB);
    this.report(text, kwA, [], from, from, onHit);
    this.report(text, kwB, [], mid + 1, from, onHit);
  }

  /**
   * Reports the needles of the (position, state) pairs of both walks, merged in order of position, whose end
   * is at or after `minEnd`. An anchor that began with the imagined line break before the range starts at `from`.
   */
  private report(text: string, kw: readonly number[], an: readonly number[], minEnd: number, from: number, onHit: OnHit): void {
    const t = this.tables;
    let i = 0;
    let j = 0;
    while (i < kw.length || j < an.length) {
      const fromKw = j >= an.length || (i < kw.length && kw[i] <= an[j]);
      const pos = fromKw ? kw[i] : an[j];
      const out = fromKw ? this.kwOutputs[(kw[i + 1] - t.kwBase) >> t.kwShift]! : this.anOutputs[(an[j + 1] - t.anBase) >> t.anShift]!;
      if (fromKw) i += 2;
      else j += 2;
      const end = pos + 1;
      if (end < minEnd) continue;
      for (let m = 0; m < out.length; m++) {
        const id = out[m];
        if (this.confirm[id] === 1 && !this.readsAs(text, id, end)) continue;
        onHit(id, Math.max(from, end - this.lengths[id]), end);
      }
    }
  }

  /** Whether the text before `end` reads as keyword `id`, character by character (see Dfa.canon). */
  private readsAs(text: string, id: number, end: number): boolean {
    const k = this.keywords[id];
    const canon = this.canon!;
    const start = end - k.length;
    for (let i = 0; i < k.length; i++) if (canon[text.charCodeAt(start + i)] !== k.charCodeAt(i)) return false;
    return true;
  }
}

/**
 * One walk of the keyword DFA over [from, to) from `state`: appends the (position, state) of each step into
 * a reporting state.
 */
function walk(arena: Int32Array, text: string, from: number, to: number, hits: number[], state: number): void {
  let s = state;
  for (let i = from; i < to; i++) {
    s = arena[s | arena[KW_CLASSES + text.charCodeAt(i)]];
    if (s < 0) {
      s = ~s;
      hits.push(i, s);
    }
  }
}

/** Two interleaved walks of the keyword DFA, over [a, aEnd) and [b, bEnd); whichever is longer finishes alone. */
function walkHalves(
  arena: Int32Array,
  text: string,
  a: number,
  aEnd: number,
  b: number,
  bEnd: number,
  initial: number,
  hitsA: number[],
  hitsB: number[],
): void {
  const steps = Math.min(aEnd - a, bEnd - b);
  let sa = initial;
  let sb = initial;
  let i = 0;
  for (; i < steps; i++) {
    sa = arena[sa | arena[KW_CLASSES + text.charCodeAt(a + i)]];
    sb = arena[sb | arena[KW_CLASSES + text.charCodeAt(b + i)]];
    if ((sa | sb) < 0) {
      if (sa < 0) {
        sa = ~sa;
        hitsA.push(a + i, sa);
      }
      if (sb < 0) {
        sb = ~sb;
        hitsB.push(b + i, sb);
      }
    }
  }
  walk(arena, text, a + i, aEnd, hitsA, sa);
  walk(arena, text, b + i, bEnd, hitsB, sb);
}

/** Both DFAs over [from, to), stepping together on each character (one load for both classes). */
function walkBoth(
  arena: Int32Array,
  text: string,
  from: number,
  to: number,
  kwInitial: number,
  anInitial: number,
  kwHits: number[],
  anHits: number[],
): void {
  let k = kwInitial;
  let n = anInitial;
  for (let i = from; i < to; i++) {
    const c = arena[BOTH_CLASSES + text.charCodeAt(i)];
    k = arena[k | (c & 0xff)];
    n = arena[n | (c >> 8)];
    if ((k | n) < 0) {
      if (k < 0) {
        k = ~k;
        kwHits.push(i, k);
      }
      if (n < 0) {
        n = ~n;
        anHits.push(i, n);
      }
    }
  }
}

const shiftFor = (classes: number): number => Math.max(1, Math.ceil(Math.log2(classes)));

/** Aho-Corasick automaton of the keywords, as a full DFA over their character classes (A-Z folded). */
function keywordDfa(keywords: readonly string[]): Dfa {
  const classOf = new Uint8Array(65536);
  const nonAscii: number[] = [];
  let classes = 1;
  // ASCII first, each character its own class (A-Z folded onto a-z).
  const others: number[] = [];
  for (const k of keywords) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (c >= 128) {
        if (!others.includes(c)) others.push(c);
      } else if (classOf[c] === 0) {
        classOf[c] = classes++;
        if (c >= 97 && c <= 122) classOf[c - 32] = classOf[c];
      }
    }
  }
  // Then the characters of labels in other scripts (身份证, пароль...). Each has its own class while the rows
  // keep their width; beyond that they share the classes left free in a row, however few, because wider rows
  // slow down the walk over every text (256-wide rows instead of 64 made the walk over the code corpus 15%
  // slower). The automaton may then reach a keyword in those characters where another sequence of keyword
  // characters stands; such an occurrence is checked against the text before it is reported (Dfa.canon), so
  // the sharing costs a little time on text in those scripts and changes no occurrence.
  const room = (1 << shiftFor(classes)) - classes;
  const shared = others.length > room && room >= 1 ? room : others.length;
  const canon = shared < others.length ? new Uint16Array(65536) : undefined;
  if (canon) {
    for (let c = 1; c < 128; c++) if (classOf[c] !== 0) canon[c] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  const first = classes;
  others.forEach((c, i) => {
    const cls = first + (i % Math.max(1, shared));
    classOf[c] = cls;
    nonAscii.push(c);
    if (canon) canon[c] = c;
    // Fold case where the script has it (Cyrillic, Greek...; CJK has none).
    const upper = String.fromCharCode(c).toUpperCase();
    const u = upper.charCodeAt(0);
    if (upper.length === 1 && u >= 128 && u !== c && classOf[u] === 0) {
      classOf[u] = cls;
      nonAscii.push(u);
      if (canon) canon[u] = c;
    }
  });
  classes += shared;
  if (classes > 255) throw new Error('Too many distinct keyword characters');
  const shift = shiftFor(classes);
  const K = 1 << shift;

  // Trie over classes.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  keywords.forEach((k, id) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const c = classOf[k.charCodeAt(i)];
      let next = children[s].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[s].set(c, next);
      }
      s = next;
    }
    own[s].push(id);
  });

  // Breadth first for failure links, filling the full transition table.
  const n = children.length;
  const delta = new Int32Array(n * K);
  const fail = new Int32Array(n);
  const outputs: (number[] | undefined)[] = new Array(n).fill(undefined);
  const queue: number[] = [];
  for (const [c, t] of children[0]) {
    delta[c] = t;
    queue.push(t);
  }
  // A state's row is its failure state's row (complete: that state is shallower), with its own children
  // written over it. Copying rows natively keeps this a loop over states and edges, not over every class:
  // it runs once per process, at start-up.
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    const f = fail[s];
    const out = [...own[s], ...(outputs[f] ?? [])];
    outputs[s] = out.length > 0 ? out : undefined;
    delta.copyWithin(s * K, f * K, f * K + K);
    for (const [c, t] of children[s]) {
      fail[t] = delta[f * K + c];
      delta[s * K + c] = t;
      queue.push(t);
    }
  }
  // A line break is in no keyword: the walk starts at the root.
  return { classOf, nonAscii, shift, rows: delta, outputs, initial: 0, canon };
}

/**
 * DFA of the anchors, by subset construction. A partial match is tracked as what remains of its shape,
 * interned per anchor: partial matches with the same remainder behave alike from there on, which keeps the
 * states few. Anchor `a` reports needle id `firstId + a`.
 */
function anchorDfa(anchors: readonly (readonly Shape[])[], firstId: number): Dfa {
  // Classes: symbols (ASCII codes, and NON_ASCII for the rest) that lie in the same sets.
  const classOfSym = new Uint8Array(SYMBOLS);
  const signatures = new Map<string, number>();
  // Expansions of an atom share its set object: deduplicating by identity leaves a few dozen sets.
  const distinct = [...new Set(anchors.flat(2))];
  for (let sym = 0; sym < SYMBOLS; sym++) {
    let sig = '';
    for (const set of distinct) sig += set[sym];
    let cls = signatures.get(sig);
    if (cls === undefined) {
      cls = signatures.size;
      signatures.set(sig, cls);
    }
    classOfSym[sym] = cls;
  }
  const classes = signatures.size;
  if (classes > 255) throw new Error('Too many distinct anchor character sets');
  const classOf = new Uint8Array(65536).fill(classOfSym[NON_ASCII]);
  classOf.set(classOfSym.subarray(0, 128));
  const shift = shiftFor(classes);
  const K = 1 << shift;

  // Each anchor's own DFA is small; the automaton is their product, built over the reachable tuples.
  const parts = anchors.map((a, i) => singleAnchorDfa(a, firstId + i, classOfSym, classes));
  // A product state is identified by the mixed-radix codes of its parts' states, one code per chunk of parts
  // (a chunk's code space stays within the integers a double holds exactly: a dozen anchors overflow one).
  // Each part's table is stored pre-multiplied by its radix in its chunk, so a transition's code is a sum of lookups.
  const P = parts.length;
  const chunkOf = new Int32Array(P);
  const scaled: Float64Array[] = [];
  let chunks = 0;
  for (let i = 0, scale = 1; i < P; i++) {
    if (i === 0 || scale * parts[i].count > Number.MAX_SAFE_INTEGER) {
      chunks++;
      scale = 1;
    }
    chunkOf[i] = chunks - 1;
    const radix = scale;
    scaled.push(Float64Array.from(parts[i].next, (t) => t * radix));
    scale *= parts[i].count;
  }
  // States by their chunk codes: nested maps, one level per chunk (one map when there is one chunk).
  const root = new Map<number, unknown>();
  const find = (code: Float64Array): number | undefined => {
    let m = root;
    for (let j = 0; j < chunks - 1 && m !== undefined; j++) m = m.get(code[j]) as Map<number, unknown>;
    return m?.get(code[chunks - 1]) as number | undefined;
  };
  const remember = (code: Float64Array, id: number): void => {
    let m = root;
    for (let j = 0; j < chunks - 1; j++) {
      let next = m.get(code[j]) as Map<number, unknown> | undefined;
      if (next === undefined) m.set(code[j], (next = new Map()));
      m = next;
    }
    m.set(code[chunks - 1], id);
  };
  // Each state's chunk codes, one after another.
  const codes: number[] = new Array<number>(chunks).fill(0);
  const code = new Float64Array(chunks);
  remember(code, 0);
  const rows: number[] = [];
  const outputs: (number[] | undefined)[] = [undefined];
  const base = new Int32Array(P);
  const rest = new Float64Array(chunks);
  for (let s = 0; s * chunks < codes.length; s++) {
    // This state's part states, as row offsets into each part's table.
    for (let j = 0; j < chunks; j++) rest[j] = codes[s * chunks + j];
    for (let i = 0; i < P; i++) {
      const j = chunkOf[i];
      const t = rest[j] % parts[i].count;
      rest[j] = (rest[j] - t) / parts[i].count;
      base[i] = t * classes;
    }
    for (let c = 0; c < K; c++) {
      if (c >= classes) {
        rows.push(0);
        continue;
      }
      code.fill(0);
      for (let i = 0; i < P; i++) code[chunkOf[i]] += scaled[i][base[i] + c];
      let id = find(code);
      if (id === undefined) {
        id = codes.length / chunks;
        for (let j = 0; j < chunks; j++) codes.push(code[j]);
        remember(code, id);
        let out: number[] | undefined;
        for (let i = 0; i < P; i++) if (parts[i].reports[parts[i].next[base[i] + c]]) (out ??= []).push(parts[i].id);
        outputs.push(out);
      }
      rows.push(id);
    }
  }
  const delta = Int32Array.from(rows);
  return { classOf, nonAscii: [], shift, rows: delta, outputs, initial: delta[classOf[10]] };
}

/**
 * The DFA of one anchor, by subset construction over its shapes' open remainders (a bitset per state):
 * `next[state * classes + class]`, and whether each state reports the anchor (needle `id`).
 */
function singleAnchorDfa(
  shapes: readonly Shape[],
  id: number,
  classOfSym: Uint8Array,
  classes: number,
): AnchorPart {
  const suffixes = new SuffixTable(shapes, classOfSym, classes);
  const W = Math.max(1, Math.ceil(suffixes.size / 32));
  const startSets = Array.from({ length: classes }, (_, c) => {
    const set = new Int32Array(W);
    for (const v of suffixes.startsOn(c)) set[v >> 5] |= 1 << (v & 31);
    return set;
  });
  const states: Int32Array[] = [new Int32Array(W)];
  const keyOf = (set: Int32Array): string => {
    let key = '';
    for (let w = 0; w < W; w++) key += String.fromCharCode(set[w] & 0xffff, set[w] >>> 16);
    return key;
  };
  const ids = new Map<string, number>([[keyOf(states[0]), 0]]);
  const next: number[] = [];
  const reports: boolean[] = [false];
  for (let s = 0; s < states.length; s++) {
    const from = states[s];
    for (let c = 0; c < classes; c++) {
      const to = startSets[c].slice();
      for (let w = 0; w < W; w++) {
        for (let bits = from[w]; bits !== 0; bits &= bits - 1) {
          const v = suffixes.step((w << 5) | (31 - Math.clz32(bits & -bits)), c);
          if (v >= 0) to[v >> 5] |= 1 << (v & 31);
        }
      }
      const key = keyOf(to);
      let t = ids.get(key);
      if (t === undefined) {
        t = states.length;
        ids.set(key, t);
        states.push(to);
        let complete = false;
        for (let u = 0; u < suffixes.size; u++) if (to[u >> 5] & (1 << (u & 31)) && suffixes.isComplete(u)) complete = true;
        reports.push(complete);
      }
      next.push(t);
    }
  }
  return { id, count: states.length, next: Int32Array.from(next), reports };
}

type AnchorPart = { id: number; count: number; next: Int32Array; reports: boolean[] };

/** The remainders of an anchor's shapes, interned by their remaining sets; the empty remainder means a complete occurrence. */
class SuffixTable {
  /** Per remainder: its first set's id (-1 when empty) and the remainder after it. */
  private readonly first: number[] = [];
  private readonly rest: number[] = [];
  /** Per set id: membership by class. */
  private readonly sets: Uint8Array[] = [];
  /** Ids of the whole shapes. */
  private readonly whole: number[] = [];

  constructor(shapes: readonly Shape[], classOfSym: Uint8Array, classes: number) {
    const setIds = new Map<string, number>();
    const ids = new Map<string, number>();
    const setId = (set: Uint8Array): number => {
      const key = set.join('');
      let id = setIds.get(key);
      if (id === undefined) {
        id = this.sets.length;
        setIds.set(key, id);
        const byClass = new Uint8Array(classes);
        for (let sym = 0; sym < SYMBOLS; sym++) if (set[sym]) byClass[classOfSym[sym]] = 1;
        this.sets.push(byClass);
      }
      return id;
    };
    const intern = (sets: readonly number[]): number => {
      const key = sets.join(',');
      let id = ids.get(key);
      if (id === undefined) {
        const rest = sets.length > 0 ? intern(sets.slice(1)) : -1;
        id = this.first.length;
        ids.set(key, id);
        this.first.push(sets.length > 0 ? sets[0] : -1);
        this.rest.push(rest);
      }
      return id;
    };
    for (const sh of shapes) {
      const id = intern(sh.map(setId));
      if (!this.whole.includes(id)) this.whole.push(id);
    }
  }

  /** Number of remainders (ids are 0..size-1). */
  get size(): number {
    return this.first.length;
  }

  /** The remainder left after `u` reads a character of class `c`; -1 when the character does not fit. */
  step(u: number, c: number): number {
    const f = this.first[u];
    return f >= 0 && this.sets[f][c] === 1 ? this.rest[u] : -1;
  }

  /** What the whole shapes leave after a first character of class `c`. */
  startsOn(c: number): number[] {
    return this.whole.map((u) => this.step(u, c)).filter((v) => v >= 0);
  }

  isComplete(u: number): boolean {
    return this.first[u] === -1;
  }
}
