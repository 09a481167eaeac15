/**
 * The scanner: prefilter, windowed matching, validation, overlap resolution, suppression.
 * Linear in the size of the text for the built-in catalogue (every pattern is checked for
 * catastrophic backtracking; custom patterns run in re2js, a linear-time engine).
 */
import { FINGERPRINT_LENGTH, Fingerprinter, LEGACY_FINGERPRINT_LENGTH, legacyFingerprint, newFingerprintKey } from './fingerprint';
import { LineIndex } from './lines';
import { startsWord } from './wordBoundary';
import { mask } from './mask';
import { MemoRegistry } from './memo';
import { withoutPlaceholders } from './redact';
import type { Anchor } from './anchors';
import { Prefilter } from './prefilter';
import { columnAt, tableAt, type Table } from './table';
import {
  CONFIDENCE_RANK,
  SEVERITY_RANK,
  type Confidence,
  type Finding,
  type MatchContext,
  type Rule,
  type ScanOptions,
  type Severity,
} from './types';
import { isPlaceholder, shannonEntropy } from './validators';

/** Comment marker that suppresses findings on its own line (and on the next one, when it stands alone). */
export const SUPPRESSION_MARKER = 'privacy-guard-ignore';

/** Default characters searched on each side of a keyword occurrence. */
export const DEFAULT_WINDOW = 256;
/**
 * Default characters searched on each side of an anchor occurrence: enough for the longest value an anchor
 * wakes (an IBAN with its spaces is 42 characters, and its anchor lies inside it).
 */
export const ANCHOR_WINDOW = 40;
/** Extra characters before a keyword window so that boundaries (\b, lookbehind) see real context. */
const WINDOW_LOOKBEHIND = 64;
/** The same before an anchor window: the anchored patterns look back a few characters at most. */
const ANCHOR_LOOKBEHIND = 16;
/** Rules without keywords scan the text in chunks of this size... */
const CHUNK_STRIDE = 1 << 20;
/** ...overlapping by this much, so a match crossing a chunk boundary (up to this long) is kept. */
const CHUNK_OVERLAP = 4096;
/** A value shorter than this is never reported (guards against degenerate custom patterns). */
const MIN_VALUE_LENGTH = 3;

/**
 * Where a finder hands each match of a pattern, offsets in the full text: validated at once (see Validation),
 * so that no match array outlives its window. Kept until the end of the scan, the matches of a data file (one
 * or two a line) survived every young-generation collection and made most of its cost.
 */
interface MatchSink {
  found(valueStart: number, valueEnd: number, match: RegExpExecArray): void;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly order: number;
  /**
   * find(sub, offset, out) appends the matches in `sub`, a slice of the text that starts at `offset`
   * (offsets of the matches are in the whole text). One slice serves every rule that runs in the same window.
   */
  readonly finder: RegexFinder | LinearFinder;
  /** Rule.windowNeeds, without state (no `g` or `y`): the pattern runs only on text where it finds something. */
  readonly needs: RegExp | undefined;
}

/** Runs the rule's pattern on `sub` (which starts at `from` in the text), unless its windowNeeds test fails there. */
function findIn(cr: CompiledRule, sub: string, from: number, out: MatchSink): void {
  if (cr.needs !== undefined && !cr.needs.test(sub)) return;
  cr.finder.find(sub, from, out);
}

interface WindowSlot {
  /** Characters after an occurrence, and before it (Rule.windowBefore). */
  readonly window: number;
  readonly before: number;
  readonly shortBefore: boolean;
  readonly multiline: boolean;
  /**
   * Whether windows on neighbouring lines merge into one (anchor groups: their patterns never match a line
   * break, so one window over a run of short data lines serves as well as one per line, at a fraction of
   * the calls).
   */
  readonly crossLines: boolean;
  /** Characters before each window that its rules also read (see WINDOW_LOOKBEHIND). */
  readonly lookbehind: number;
}

/** Window sizes of a set of slots, as typed arrays built once per catalogue. */
interface WindowSlots {
  /** Per slot: characters searched after each occurrence, and before it. */
  readonly span: Int32Array;
  readonly before: Int32Array;
  /** Per slot: 1 when its rules declare how far they read before a keyword (Rule.windowBefore). */
  readonly shortBefore: Uint8Array;
  readonly multiline: Uint8Array;
  readonly crossLines: Uint8Array;
  readonly lookbehind: Int32Array;
  /**
   * The WindowCollector's per-slot state, kept from scan to scan: three typed arrays cost more to allocate
   * (about 3 µs) than a whole scan of a small file otherwise takes. Every scan leaves them as it found them
   * (zero where it opened a window); a scan that finds them in use (one that threw) works on fresh ones.
   */
  readonly state: CollectorState;
}

interface CollectorState {
  readonly openStart: Int32Array;
  readonly lastEnd: Int32Array;
  readonly lastLineEnd: Int32Array;
  /** Per slot, its closed windows as [start, end) pairs, or undefined: indexed, not looked up in a map, at every close. */
  readonly windows: (number[] | undefined)[];
  inUse: boolean;
}

const collectorState = (slotCount: number): CollectorState => ({
  openStart: new Int32Array(slotCount),
  lastEnd: new Int32Array(slotCount),
  lastLineEnd: new Int32Array(slotCount),
  windows: new Array<number[] | undefined>(slotCount).fill(undefined),
  inUse: false,
});

/** What a WindowCollector found: the slots with windows, and each one's windows as [start, end) pairs. */
interface SlotWindows {
  readonly slots: number[];
  readonly windows: number[][];
}

function windowSlots(slots: readonly WindowSlot[]): WindowSlots {
  return {
    span: Int32Array.from(slots.map((x) => x.window)),
    before: Int32Array.from(slots.map((x) => x.before)),
    shortBefore: Uint8Array.from(slots.map((x) => (x.shortBefore ? 1 : 0))),
    multiline: Uint8Array.from(slots.map((x) => (x.multiline ? 1 : 0))),
    crossLines: Uint8Array.from(slots.map((x) => (x.crossLines ? 1 : 0))),
    lookbehind: Int32Array.from(slots.map((x) => x.lookbehind)),
    state: collectorState(slots.length),
  };
}

interface CompiledCatalogue {
  readonly rules: readonly CompiledRule[];
  /** Finds keywords (needle ids 0..k-1) and anchors (after them). */
  readonly automaton: Prefilter;
  /** needle id -> the window slots its occurrences open. */
  readonly needleSlots: readonly (readonly number[])[];
  /** needle id -> the window slots its occurrences open where a word starts (Rule.wordStartKeywords). */
  readonly needleSlotsAtWordStart: readonly (readonly number[])[];
  /** needle id -> the window slots its occurrences open after a character of the slot's `afterChar` (Rule.keywordAfter). */
  readonly needleSlotsAfterChar: readonly (readonly number[])[];
  /** Per slot: the ASCII characters Rule.keywordAfter accepts (1), or undefined. */
  readonly afterChar: readonly (Uint8Array | undefined)[];
  /**
   * Window slots: the keyed rules with the same keywords and window settings share one (their windows are the
   * same, so each window is found and cut once for all of them: the secret-named value rules share
   * `password`, `token`...), and so do the rules sharing an anchor. slot -> indices into `rules` that run in
   * its windows.
   */
  readonly slotRules: readonly (readonly number[])[];
  readonly slots: WindowSlots;
  /** Per slot: 0, or 1 when its keywords may label table columns (Rule.tableColumns), 2 when only there. */
  readonly tableMode: Uint8Array;
  /** Rules with neither keywords nor anchor: they run over the whole text. */
  readonly unkeyed: readonly number[];
  /**
   * The needle id of SUPPRESSION_MARKER: the walk over the text finds the suppression comments on its way,
   * instead of a search of its own through every text with a finding.
   */
  readonly markerNeedle: number;
}

/**
 * One finder for every regex rule, with the rule's regex and groups as data: the call from the windows'
 * loop has a single target, so V8 compiles it once instead of recompiling that loop each time it meets
 * another rule's closure.
 */
class RegexFinder {
  private readonly re: RegExp;
  private readonly group: number | string | undefined;
  private readonly startGroup: number | string | undefined;
  /** Rule.secretGroupTail: the value's place follows from the match and the group's text, without `d`. */
  private readonly tail: number | undefined;

  constructor(rule: Rule) {
    let flags = rule.pattern.flags.replace(/[gy]/g, '') + 'g';
    this.group = rule.secretGroup;
    this.startGroup = rule.valueStartGroup;
    this.tail = this.group !== undefined && this.startGroup === undefined ? rule.secretGroupTail : undefined;
    if (this.tail === undefined && (this.group !== undefined || this.startGroup !== undefined) && !flags.includes('d')) flags += 'd';
    this.re = new RegExp(rule.pattern.source, flags);
  }

  find(sub: string, from: number, out: MatchSink): void {
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let s = m.index;
      let e = m.index + m[0].length;
      if (this.tail !== undefined) {
        const value = typeof this.group === 'number' ? m[this.group] : m.groups?.[this.group!];
        if (value === undefined) continue;
        e -= this.tail;
        s = e - value.length;
      } else if (this.group !== undefined) {
        const idx = indicesOf(m, this.group);
        if (!idx) continue;
        s = idx[0];
        e = idx[1];
      }
      if (this.startGroup !== undefined) {
        const idx = indicesOf(m, this.startGroup);
        if (!idx) continue;
        s = idx[0];
      }
      out.found(from + s, from + e, m);
    }
  }
}

function indicesOf(m: RegExpExecArray, g: number | string): [number, number] | undefined {
  return typeof g === 'number' ? m.indices?.[g] : m.indices?.groups?.[g];
}

function compile(rules: readonly Rule[]): CompiledCatalogue {
  const keywords: string[] = [];
  const keywordIds = new Map<string, number>();
  const needleSlots: number[][] = [];
  const needleSlotsAtWordStart: number[][] = [];
  const needleSlotsAfterChar: number[][] = [];
  const afterChar: (Uint8Array | undefined)[] = [];
  const slotRules: number[][] = [];
  const slots: WindowSlot[] = [];
  const tableMode: number[] = [];
  /** What makes two keyed rules' windows the same: their keywords and window settings. */
  const keyedSlots = new Map<string, number>();
  const anchorSlots = new Map<Anchor, number>();
  const unkeyed: number[] = [];
  const compiled = rules.map((rule, order): CompiledRule => {
    const finder = rule.linearPattern ? new LinearFinder(rule) : new RegexFinder(rule);
    const needs = rule.windowNeeds && new RegExp(rule.windowNeeds.source, rule.windowNeeds.flags.replace(/[gy]/g, ''));
    if (rule.keywords.length === 0) {
      if (rule.anchor) {
        let slot = anchorSlots.get(rule.anchor);
        if (slot === undefined) {
          slot = slots.length;
          anchorSlots.set(rule.anchor, slot);
          slots.push({ window: 0, before: 0, shortBefore: false, multiline: false, crossLines: true, lookbehind: ANCHOR_LOOKBEHIND });
          slotRules.push([]);
          tableMode.push(0);
          afterChar.push(undefined);
        }
        slotRules[slot].push(order);
        // The group's windows are as wide as its widest rule needs.
        const window = Math.max(slots[slot].window, rule.window ?? ANCHOR_WINDOW);
        slots[slot] = { ...slots[slot], window, before: window };
      } else {
        unkeyed.push(order);
      }
      return { rule, order, finder, needs };
    }
    const ruleKeywords = [...new Set(rule.keywords.map((k) => k.toLowerCase()))].sort();
    const atWordStart = new Set(rule.wordStartKeywords?.map((k) => k.toLowerCase()));
    for (const kw of atWordStart) if (!ruleKeywords.includes(kw)) throw new Error(`${rule.id}: word-start keyword ${JSON.stringify(kw)} is not one of its keywords`);
    const window = rule.window ?? DEFAULT_WINDOW;
    const before = rule.windowBefore ?? window;
    const multiline = rule.multiline === true;
    const mode = rule.tableColumns === 'only' ? 2 : rule.tableColumns ? 1 : 0;
    const after = rule.keywordAfter && new RegExp(`^(?:${rule.keywordAfter.source})$`, rule.keywordAfter.flags.replace(/[gy]/g, ''));
    if (after && atWordStart.size > 0) throw new Error(`${rule.id}: keywordAfter and wordStartKeywords exclude each other`);
    const key = JSON.stringify([ruleKeywords, [...atWordStart].sort(), window, before, multiline, mode, rule.keywordAfter?.source]);
    let slot = keyedSlots.get(key);
    if (slot === undefined) {
      slot = slots.length;
      keyedSlots.set(key, slot);
      slots.push({ window, before, shortBefore: rule.windowBefore !== undefined, multiline, crossLines: false, lookbehind: WINDOW_LOOKBEHIND });
      slotRules.push([]);
      tableMode.push(mode);
      afterChar.push(after ? Uint8Array.from({ length: 128 }, (_, c) => (after.test(String.fromCharCode(c)) ? 1 : 0)) : undefined);
      for (const kw of ruleKeywords) {
        let id = keywordIds.get(kw);
        if (id === undefined) {
          id = keywords.length;
          keywords.push(kw);
          keywordIds.set(kw, id);
          needleSlots.push([]);
          needleSlotsAtWordStart.push([]);
          needleSlotsAfterChar.push([]);
        }
        (after ? needleSlotsAfterChar : atWordStart.has(kw) ? needleSlotsAtWordStart : needleSlots)[id].push(slot);
      }
    }
    slotRules[slot].push(order);
    return { rule, order, finder, needs };
  });
  let markerNeedle = keywordIds.get(SUPPRESSION_MARKER);
  if (markerNeedle === undefined) {
    markerNeedle = keywords.length;
    keywords.push(SUPPRESSION_MARKER);
    needleSlots.push([]);
    needleSlotsAtWordStart.push([]);
    needleSlotsAfterChar.push([]);
  }
  for (const slot of anchorSlots.values()) {
    needleSlots.push([slot]);
    needleSlotsAtWordStart.push([]);
    needleSlotsAfterChar.push([]);
  }
  return {
    rules: compiled,
    automaton: new Prefilter(keywords, [...anchorSlots.keys()].map((a) => a.shapes)),
    needleSlots,
    needleSlotsAtWordStart,
    needleSlotsAfterChar,
    afterChar,
    slotRules,
    slots: windowSlots(slots),
    tableMode: Uint8Array.from(tableMode),
    unkeyed,
    markerNeedle,
  };
}

/** The finder of a custom rule, run by re2js (linear time). */
class LinearFinder {
  private readonly pattern: NonNullable<Rule['linearPattern']>;

  constructor(rule: Rule) {
    this.pattern = rule.linearPattern!;
  }

  find(sub: string, from: number, out: MatchSink): void {
    const m = this.pattern.matcher(sub);
    while (m.find()) {
      const s = m.start();
      const e = m.end();
      if (e <= s) continue;
      const arr = [sub.slice(s, e)] as unknown as RegExpExecArray;
      arr.index = s;
      arr.input = sub;
      out.found(from + s, from + e, arr);
    }
  }
}

/**
 * Offset where the line containing `pos` starts. Most lines are short: a loop finds their start without the
 * call into the runtime that lastIndexOf makes (about a tenth of a microsecond each, per line that holds a
 * keyword); a long line is left to lastIndexOf.
 */
function lineStartBefore(text: string, pos: number): number {
  const stop = Math.max(0, pos - 64);
  let i = pos - 1;
  while (i >= stop && text.charCodeAt(i) !== 10) i--;
  if (i >= stop || i < 0) return i + 1;
  return text.lastIndexOf('\n', i) + 1;
}

/** Offset where the line containing `pos` starts, looking back at most `limit` characters. */
function boundedLineStart(text: string, pos: number, limit: number): number {
  const stop = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/**
 * Windows around occurrences (of keywords or anchors), per slot. Occurrences arrive in increasing order of
 * their end; one that falls on the same line as the slot's open window, and close to it, extends the window.
 * Line bounds come from a cursor on the line of the latest occurrence: found by native searches, each
 * character is passed over about once whatever the line lengths (a minified file is one long line).
 */
class WindowCollector {
  /** Per slot: start of its open window plus one (0: none), end of the last occurrence in it, and where that occurrence's line ends. */
  private readonly openStart: Int32Array;
  private readonly lastEnd: Int32Array;
  private readonly lastLineEnd: Int32Array;
  private readonly state: CollectorState;
  private readonly touched: number[] = [];
  private readonly windows: (number[] | undefined)[];
  /** The line of the latest occurrence: [lineStart, lineEnd), lineEnd being its line break or the text's end. */
  private lineStart = 0;
  private lineEnd = -1;

  /** `slots`: window sizes, one per independent set of windows (a rule, or a group sharing an anchor). */
  constructor(
    private readonly text: string,
    private readonly slots: WindowSlots,
  ) {
    // The catalogue's arrays (zero where it matters, see WindowSlots.state): a scan of a small file must cost next to nothing.
    this.state = slots.state.inUse ? collectorState(slots.span.length) : slots.state;
    this.state.inUse = true;
    this.openStart = this.state.openStart;
    this.lastEnd = this.state.lastEnd;
    this.lastLineEnd = this.state.lastLineEnd;
    this.windows = this.state.windows;
  }

  /** Offset where the line holding `p` starts (moves the line cursor there). */
  lineStartOf(p: number): number {
    this.seek(p);
    return this.lineStart;
  }

  /** Moves the line cursor to the line containing offset `p`. */
  private seek(p: number): void {
    if (p >= this.lineStart && p <= this.lineEnd) return;
    const text = this.text;
    this.lineStart = lineStartBefore(text, p);
    const e = text.indexOf('\n', p);
    this.lineEnd = e < 0 ? text.length : e;
  }

  hit(order: number, start: number, end: number): void {
    const w = this.slots.span[order];
    const multiline = this.slots.multiline[order] === 1;
    // The occurrence's line is that of its last character (an anchor may begin with the line break before it).
    this.seek(end - 1);
    const open = this.openStart[order];
    if (open > 0) {
      const last = this.lastEnd[order];
      // Close enough, and the previous occurrence ended on this line (or the slot's windows may span lines).
      if (start - last <= w + this.slots.before[order] && (multiline || last > this.lineStart || this.slots.crossLines[order] === 1)) {
        if (end > last) {
          this.lastEnd[order] = end;
          this.lastLineEnd[order] = this.lineEnd;
        }
        return;
      }
      this.close(order);
    } else {
      this.touched.push(order);
    }
    this.openStart[order] = 1 + Math.max(multiline ? 0 : this.lineStart, start - this.slots.before[order], 0);
    this.lastEnd[order] = end;
    this.lastLineEnd[order] = this.lineEnd;
  }

  private close(order: number): void {
    const w = this.slots.span[order];
    const start = this.openStart[order] - 1;
    const last = this.lastEnd[order];
    const end = Math.min(this.slots.multiline[order] ? this.text.length : this.lastLineEnd[order], last + w);
    let list = this.windows[order];
    if (list === undefined) this.windows[order] = list = [];
    const n = list.length;
    if (n > 0 && start <= list[n - 1]) list[n - 1] = Math.max(list[n - 1], end);
    else list.push(start, end);
  }

  finish(): SlotWindows {
    const found: SlotWindows = { slots: [], windows: [] };
    for (const order of this.touched) {
      if (this.openStart[order] > 0) this.close(order);
      this.openStart[order] = 0;
      const list = this.windows[order];
      if (list !== undefined) {
        found.slots.push(order);
        found.windows.push(list);
        this.windows[order] = undefined;
      }
    }
    this.state.inUse = false;
    return found;
  }
}

/** Run each enabled rule in the windows of its slot (the rules of a slot share its multiline setting). */
function runInWindows(text: string, cat: CompiledCatalogue, windows: SlotWindows, enabled: (r: Rule) => boolean, sink: Validation): void {
  for (let w = 0; w < windows.slots.length; w++) {
    const slot = windows.slots[w];
    const list = windows.windows[w];
    // Every rule runs unless the options turned some off: then no list is filtered for each scan.
    const rules = enabled === everyRule ? cat.slotRules[slot] : cat.slotRules[slot].filter((order) => enabled(cat.rules[order].rule));
    if (rules.length === 0) continue;
    // A multi-line window already reaches `window` characters back, unless its rules read less before their
    // keyword (Rule.windowBefore): those see the lookbehind as a single-line window does.
    const shortBefore = cat.slots.shortBefore[slot] === 1;
    const multiline = cat.slots.multiline[slot] === 1 && !shortBefore;
    const lookbehind = cat.slots.lookbehind[slot];
    for (let i = 0; i < list.length; i += 2) {
      const from = multiline ? list[i] : boundedLineStart(text, list[i], lookbehind);
      const sub = text.slice(from, list[i + 1]);
      // A match at the very start of a window cut inside a line had its look-behinds read nothing (a prefix
      // inside a base64 body would pass for one after a boundary). Rules reading little before their keyword
      // match well after that start: such a match is the cut's, not theirs.
      const out = shortBefore && from > 0 && text.charCodeAt(from - 1) !== 10 ? sink.skippingFirst : sink;
      for (let r = 0; r < rules.length; r++) {
        const cr = cat.rules[rules[r]];
        sink.rule = cr;
        findIn(cr, sub, from, out);
      }
    }
  }
}

/**
 * Tables whose header row holds a keyword of a table-aware rule: found once per header line, listed per
 * slot.
 */
class TableFinder {
  /**
   * The latest line asked about and its table: occurrences arrive in order, so a line's occurrences (of one
   * keyword or several) come one after another, and no earlier line is asked about again.
   */
  private lastLine = -1;
  private lastTable: Table | undefined;
  readonly bySlot = new Map<number, Table[]>();

  constructor(private readonly text: string) {}

  hit(slot: number, lineStart: number): void {
    if (lineStart !== this.lastLine) {
      this.lastLine = lineStart;
      this.lastTable = tableAt(this.text, lineStart);
    }
    const table = this.lastTable;
    if (!table) return;
    const list = this.bySlot.get(slot);
    if (!list) this.bySlot.set(slot, [table]);
    else if (list[list.length - 1] !== table) list.push(table);
  }
}

/** Run each enabled table-aware rule over the rows of the tables its keywords label. */
function runInTables(text: string, cat: CompiledCatalogue, tables: Map<number, Table[]>, enabled: (r: Rule) => boolean, sink: Validation): void {
  for (const [slot, list] of tables) {
    for (const order of cat.slotRules[slot]) {
      const cr = cat.rules[order];
      if (!enabled(cr.rule)) continue;
      sink.rule = cr;
      for (const table of list) {
        sink.table = table;
        findIn(cr, text.slice(table.bodyStart, table.end), table.bodyStart, sink);
      }
      sink.table = undefined;
    }
  }
}

/**
 * The matches of an unkeyed rule in one chunk of a long text that belong to it: those that start in it (the
 * overlap after it only completes a match that starts before its end).
 */
class ChunkSink implements MatchSink {
  constructor(
    private readonly sink: Validation,
    private readonly from: number,
    private readonly ownStart: number,
    private readonly ownEnd: number,
  ) {}

  found(valueStart: number, valueEnd: number, match: RegExpExecArray): void {
    const at = match.index + this.from;
    if (at >= this.ownStart && at < this.ownEnd) this.sink.found(valueStart, valueEnd, match);
  }
}

/**
 * Runs every rule that can fire on `text` and validates its matches, into `sink`; with `markers`, appends where
 * SUPPRESSION_MARKER occurs (in increasing order). Each rule's matches arrive in the order of its windows, then
 * of its tables (the order overlap resolution breaks exact ties by).
 */
function collectMatches(text: string, cat: CompiledCatalogue, enabled: (r: Rule) => boolean, sink: Validation, markers?: number[]): void {
  const windows = new WindowCollector(text, cat.slots);
  const tables = new TableFinder(text);
  const open1 = (slot: number, start: number, end: number) => {
    const mode = cat.tableMode[slot];
    if (mode !== 2) windows.hit(slot, start, end);
    if (mode !== 0) tables.hit(slot, windows.lineStartOf(end - 1));
  };
  const open = (slots: readonly number[], start: number, end: number) => {
    for (let i = 0; i < slots.length; i++) open1(slots[i], start, end);
  };
  cat.automaton.scan(text, (needle, start, end) => {
    // The automaton ignores case; the marker is written in lower case.
    if (needle === cat.markerNeedle && markers && text.startsWith(SUPPRESSION_MARKER, start)) markers.push(start);
    open(cat.needleSlots[needle], start, end);
    const atWordStart = cat.needleSlotsAtWordStart[needle];
    if (atWordStart.length > 0 && startsWord(text, start)) open(atWordStart, start, end);
    const afterChar = cat.needleSlotsAfterChar[needle];
    if (afterChar.length > 0) {
      const before = start > 0 ? text.charCodeAt(start - 1) : 128;
      if (before < 128) for (let i = 0; i < afterChar.length; i++) if (cat.afterChar[afterChar[i]]![before] === 1) open1(afterChar[i], start, end);
    }
  });
  runInWindows(text, cat, windows.finish(), enabled, sink);
  runInTables(text, cat, tables.bySlot, enabled, sink);

  for (const order of cat.unkeyed) {
    const cr = cat.rules[order];
    if (!enabled(cr.rule)) continue;
    sink.rule = cr;
    if (text.length <= CHUNK_STRIDE + CHUNK_OVERLAP) {
      findIn(cr, text, 0, sink);
    } else {
      for (let cs = 0; cs < text.length; cs += CHUNK_STRIDE) {
        const from = Math.max(0, cs - WINDOW_LOOKBEHIND);
        const to = Math.min(text.length, cs + CHUNK_STRIDE + CHUNK_OVERLAP);
        const last = to === text.length;
        // Each match belongs to the chunk its start falls in; the overlap only completes it.
        findIn(cr, text.slice(from, to), from, new ChunkSink(sink, from, cs, last ? Infinity : cs + CHUNK_STRIDE));
        if (last) break;
      }
    }
  }
}

function lower<T extends string>(value: T, ranks: Record<T, number>): T {
  const entries = Object.entries(ranks) as [T, number][];
  const target = Math.max(0, ranks[value] - 1);
  return entries.find(([, r]) => r === target)![0];
}

/**
 * Rule.nearbyText: context words may stand on neighbouring lines (a JSON "auths" key, a YAML parent, a table
 * header), so the window crosses line breaks and a word counts anywhere, even inside another; rules that need
 * a whole label word on the value's own line use a validator instead (requireLabelOnLine in src/rules/pii/checks.ts).
 */
function textNearby(text: string, start: number, end: number, words: readonly string[], window: number): boolean {
  const around = withoutPlaceholders(text.slice(Math.max(0, start - window), Math.min(text.length, end + window))).toLowerCase();
  return words.some((w) => around.includes(w));
}

interface Candidate {
  readonly rule: Rule;
  readonly order: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
}

/** Hands on every match but one that starts at its window's first character (see runInWindows). */
class SkipFirstSink implements MatchSink {
  constructor(private readonly sink: MatchSink) {}

  found(valueStart: number, valueEnd: number, match: RegExpExecArray): void {
    if (match.index !== 0) this.sink.found(valueStart, valueEnd, match);
  }
}

/** Validates each match as a finder hands it over (see MatchSink), and keeps those that pass as candidates. */
class Validation implements MatchSink {
  /** The rule whose matches arrive now, and the table they were found in (Rule.tableColumns), if any. */
  rule: CompiledRule | undefined;
  table: Table | undefined;
  readonly candidates: Candidate[] = [];
  readonly skippingFirst: MatchSink = new SkipFirstSink(this);
  /** Scratch space of this scan for the validators (MatchContext.memo). */
  private readonly memo = new Map<object, unknown>();

  constructor(
    private readonly text: string,
    private readonly remembered: MemoRegistry,
  ) {}

  found(valueStart: number, valueEnd: number, match: RegExpExecArray): void {
    const c = validate(this.text, this.rule!, valueStart, valueEnd, match, this.table, this.memo, this.remembered);
    if (c) this.candidates.push(c);
  }
}

/** Run one rule's filters on one match; undefined when rejected. */
function validate(
  text: string,
  cr: CompiledRule,
  valueStart: number,
  valueEnd: number,
  match: RegExpExecArray,
  table: Table | undefined,
  memo: Map<object, unknown>,
  remembered: MemoRegistry,
): Candidate | undefined {
  const rule = cr.rule;
  const value = text.slice(valueStart, valueEnd);
  if (value.trim().length < MIN_VALUE_LENGTH) return undefined;
  if (!rule.allowPlaceholders && isPlaceholder(value)) return undefined;
  if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) return undefined;
  let severity: Severity = rule.severity;
  let confidence: Confidence = rule.confidence ?? 'high';
  if (rule.nearbyText) {
    const present = textNearby(text, valueStart, valueEnd, rule.nearbyText.words, rule.nearbyText.window ?? 80);
    if (!present) {
      if (rule.nearbyText.required) return undefined;
      confidence = lower(confidence, CONFIDENCE_RANK);
    }
  }
  const validators = rule.validators;
  if (validators === undefined || validators.length === 0) return { rule, order: cr.order, start: valueStart, end: valueEnd, value, severity, confidence };
  // One context for all the rule's validators (they only read it).
  const ctx: MatchContext = { text, value, start: valueStart, match, column: table && columnAt(table, text, valueStart), headers: table?.headers, memo, remembered };
  for (const v of validators) {
    let verdict;
    try {
      verdict = v(ctx);
    } catch {
      return undefined; // A validator that cannot decide rejects: a crash must never surface as a finding.
    }
    if (verdict === false) return undefined;
    if (typeof verdict === 'object') {
      if (verdict.severity && SEVERITY_RANK[verdict.severity] < SEVERITY_RANK[severity]) severity = verdict.severity;
      if (verdict.confidence && CONFIDENCE_RANK[verdict.confidence] < CONFIDENCE_RANK[confidence]) confidence = verdict.confidence;
    }
  }
  return { rule, order: cr.order, start: valueStart, end: valueEnd, value, severity, confidence };
}

/** True when `a` should be reported instead of `b` where they overlap. */
function beats(a: Candidate, b: Candidate): boolean {
  if (a.rule.overrides?.includes(b.rule.id)) return true;
  if (b.rule.overrides?.includes(a.rule.id)) return false;
  const dc = CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence];
  if (dc !== 0) return dc > 0;
  const ds = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (ds !== 0) return ds > 0;
  const dl = a.end - a.start - (b.end - b.start);
  if (dl !== 0) return dl > 0;
  return a.order < b.order;
}

/**
 * The winner of an overlap, sure of itself at least as much as a rule it overrides in the same category: a
 * provider rule whose strict shape failed (low confidence) still says the value is a secret as surely as
 * the generic rule that found it under a secret-named key.
 */
function absorb(winner: Candidate, loser: Candidate): Candidate {
  if (winner.rule.category !== loser.rule.category || !winner.rule.overrides?.includes(loser.rule.id)) return winner;
  return CONFIDENCE_RANK[loser.confidence] > CONFIDENCE_RANK[winner.confidence] ? { ...winner, confidence: loser.confidence } : winner;
}

/** Where two candidates overlap, keep one (see `beats`). */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((x, y) => x.start - y.start || y.end - x.end || x.order - y.order);
  const kept: (Candidate | undefined)[] = [];
  // Indices into kept whose end is beyond the current start: the first `count` of one array, reused from candidate
  // to candidate (a data file has one a line; shortening an array frees its storage, and the next push allocates).
  const active: number[] = [];
  let count = 0;
  for (const c of cands) {
    let still = 0;
    for (let j = 0; j < count; j++) {
      const k = kept[active[j]];
      if (k !== undefined && k.end > c.start) active[still++] = active[j];
    }
    count = still;
    let win = true;
    for (let j = 0; j < count; j++) {
      if (!beats(c, kept[active[j]]!)) {
        win = false;
        break;
      }
    }
    if (!win) {
      for (let j = 0; j < count; j++) {
        const i = active[j];
        if (kept[i]!.end > c.start) kept[i] = absorb(kept[i]!, c);
      }
      continue;
    }
    let winner = c;
    for (let j = 0; j < count; j++) {
      winner = absorb(winner, kept[active[j]]!);
      kept[active[j]] = undefined;
    }
    active[0] = kept.length;
    count = 1;
    kept.push(winner);
  }
  return kept.filter((c): c is Candidate => c !== undefined);
}

/** Lines (0-based) on which findings are suppressed by a `privacy-guard-ignore` comment found at `markers`. */
function suppressedLines(text: string, lines: LineIndex, markers: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const i of markers) {
    const line = lines.lineOf(i);
    out.add(line);
    const before = text.slice(lines.lineStart(line), i);
    // A comment that stands alone on its line (only comment punctuation before it) covers the next line.
    if (/^[\s#/*;%'!<-]*(?:rem\s*)?$/i.test(before)) out.add(line + 1);
  }
  return out;
}

/** A catalogue of rules made ready to scan, with what it remembers from one scan to the next. */
export interface Scanner {
  /** The rules it was made with, in tie-break order. */
  readonly rules: readonly Rule[];
  /**
   * The findings in `text`, sorted by offset, non-overlapping. Never throws for any input string.
   */
  scan(text: string, options?: ScanOptions): Finding[];
  /**
   * Empties what the scanner remembers between scans (phone verdicts, fingerprints of recent values): the
   * user asked to forget, or the values should not outlive the text they came from.
   */
  forgetRememberedValues(): void;
}

/**
 * A constructor that returns the object it is given: a subclass's private fields are then added to that object
 * (a plain one, whose prototype and visible properties stay as they are).
 */
class Adopted {
  constructor(target: object) {
    return target;
  }
}

/**
 * A finding's fingerprint is worked out only when read: most findings never need one. What works it out (the
 * fingerprinter and the value; rule id and category are the finding's own), then the fingerprint, sit in private
 * fields of the finding, which copies, keys, JSON, structured clones and deep equality never see. Adding them
 * costs a fraction of the Object.defineProperty call a hidden property needs, and two fields hold less than
 * one object holding all four (every finding of a scan is kept alive through it: a log has one a line).
 */
class LazyFingerprint extends Adopted {
  /** Undefined once the fingerprint is worked out. */
  #fingerprinter: Fingerprinter | undefined;
  /** The value, then its fingerprint. */
  #valueOrFingerprint: string;

  private constructor(finding: object, fingerprinter: Fingerprinter, value: string) {
    super(finding);
    this.#fingerprinter = fingerprinter;
    this.#valueOrFingerprint = value;
  }

  /**
   * The one getter of every finding's fingerprint. Shared, not a closure per finding: V8 keeps objects that
   * get the same accessor on one hidden class, while a new getter per object turns each finding into a slow
   * dictionary, slow to make and to read (a 5 MB access log, 28,000 findings, took a fifth longer to scan).
   */
  private static readonly descriptor: PropertyDescriptor = {
    get(this: LazyFingerprint & Finding): string {
      const fingerprinter = this.#fingerprinter;
      if (fingerprinter === undefined) return this.#valueOrFingerprint;
      const fingerprint = fingerprinter.of(this.ruleId, this.category, this.#valueOrFingerprint);
      this.#valueOrFingerprint = fingerprint;
      this.#fingerprinter = undefined;
      return fingerprint;
    },
    // Enumerable, so that a copy ({ ...f, start }) keeps it: a copy computes it, a scan does not.
    enumerable: true,
  };

  /** `finding` with its fingerprint: that of `value` under `fingerprinter`, for the finding's rule id and category. */
  static add(finding: Omit<Finding, 'fingerprint'>, fingerprinter: Fingerprinter, value: string): Finding {
    new LazyFingerprint(finding, fingerprinter, value);
    return Object.defineProperty(finding, 'fingerprint', LazyFingerprint.descriptor) as Finding;
  }
}

/**
 * A scanner for `rules` (the built-in catalogue is wired in src/catalogue.ts). The rules are compiled on the
 * first scan; custom rules passed in ScanOptions are compiled once per array.
 */
export function createScanner(rules: readonly Rule[]): Scanner {
  let compiled: CompiledCatalogue | undefined;
  const customCatalogues = new WeakMap<readonly Rule[], CompiledCatalogue>();
  const remembered = new MemoRegistry();
  /** Fingerprints when the caller brings no key: a key of this scanner's own, never stored. */
  const ownFingerprints = new Fingerprinter(newFingerprintKey(), { keyStoredWithFingerprints: false });

  const customCatalogue = (custom: readonly Rule[]): CompiledCatalogue => {
    let c = customCatalogues.get(custom);
    if (!c) customCatalogues.set(custom, (c = compile(custom)));
    return c;
  };

  return {
    rules,
    scan: (text, options = {}) =>
      scanWith(
        text,
        options,
        (compiled ??= compile(rules)),
        options.customRules?.length ? customCatalogue(options.customRules) : undefined,
        remembered,
        options.fingerprinter ?? ownFingerprints,
      ),
    forgetRememberedValues: () => {
      remembered.clear();
      ownFingerprints.forget();
    },
  };
}

const everyRule = () => true;

/** Which rules the options let run (every rule unless they name categories or disabled rules). */
function enabledRules(options: ScanOptions): (r: Rule) => boolean {
  if (options.categories === undefined && !options.disabledRules?.length) return everyRule;
  const categories = new Set(options.categories ?? ['secret', 'pii']);
  const disabled = new Set(options.disabledRules ?? []);
  return (r: Rule) => categories.has(r.category) && !disabled.has(r.id) && !r.companionOf?.some((id) => disabled.has(id));
}

function scanWith(
  text: string,
  options: ScanOptions,
  base: CompiledCatalogue,
  custom: CompiledCatalogue | undefined,
  remembered: MemoRegistry,
  fingerprinter: Fingerprinter,
): Finding[] {
  const enabled = enabledRules(options);

  const validation = new Validation(text, remembered);
  const candidates = validation.candidates;
  const markers: number[] = [];
  collectMatches(text, base, enabled, validation, markers);
  if (custom) {
    const offset = base.rules.length;
    const before = candidates.length;
    collectMatches(text, custom, enabled, validation);
    // Custom rules come after the built-in ones in the tie-break order.
    for (let i = before; i < candidates.length; i++) candidates[i] = { ...candidates[i], order: candidates[i].order + offset };
  }
  if (candidates.length === 0) return [];

  const minConfidence = CONFIDENCE_RANK[options.minConfidence ?? 'low'];
  const minSeverity = SEVERITY_RANK[options.minSeverity ?? 'low'];
  const allow = new Set(options.allowlist ?? []);
  // Fingerprints are worked out only when the allowlist holds some of their kind.
  const isHex = (e: string) => /^[0-9a-f]+$/.test(e);
  const allowKeyed = [...allow].some((e) => e.length === FINGERPRINT_LENGTH && isHex(e));
  const allowLegacy = [...allow].some((e) => e.length === LEGACY_FINGERPRINT_LENGTH && isHex(e));
  const lines = new LineIndex(text);
  const suppressed = options.inlineSuppression === false ? new Set<number>() : suppressedLines(text, lines, markers);

  const findings: Finding[] = [];
  // The kept candidates come in order of their start: each one's line is found from the previous one's.
  let line = 0;
  for (const c of resolveOverlaps(candidates)) {
    if (CONFIDENCE_RANK[c.confidence] < minConfidence || SEVERITY_RANK[c.severity] < minSeverity) continue;
    line = lines.lineOfFrom(c.start, line);
    if (suppressed.has(line)) continue;
    const { id, category } = c.rule;
    if (allow.has(c.value)) continue;
    if (allowKeyed && allow.has(fingerprinter.of(id, category, c.value))) continue;
    if (allowLegacy && allow.has(legacyFingerprint(id, c.value))) continue;
    const endLine = lines.lineOfFrom(c.end, line);
    const finding = {
      ruleId: c.rule.id,
      category: c.rule.category,
      kind: c.rule.kind,
      title: c.rule.title,
      description: c.rule.description,
      severity: c.severity,
      confidence: c.confidence,
      start: c.start,
      end: c.end,
      line,
      column: c.start - lines.lineStart(line),
      endLine,
      endColumn: c.end - lines.lineStart(endLine),
      masked: mask(c.value),
    };
    findings.push(LazyFingerprint.add(finding, fingerprinter, c.value));
  }
  return findings;
}
