/**
 * Incremental rescans: after an edit, only the text around the change is scanned again, and the findings
 * elsewhere are moved to where they now stand. The result must be the findings of a full scan (a property
 * test holds them equal over random documents and edit sequences), so the region rescanned is chosen from
 * what a finding's verdict can depend on:
 * - text within the reach of it (rescanReach): a rule's window around its keyword (8,300 characters at most,
 *   for multi-line keys), context words (8,192 at most), what validators read around a value (a few
 *   hundred), and a finding's own length (a private key block: 16,000 at most, scanned whole only if it lies
 *   whole in the text scanned). In a text that opens as a JSON object the e-mail rule also looks 32,000
 *   characters back for a package.json's "contributors" key, so such a text gets a wider reach, and reads the
 *   indentation of its first key at its start, so a window of it is scanned after that opening;
 * - a multi-line finding that crosses the region's edge (a private key block): the region grows to cover it;
 * - a table: a row's findings depend on its header, however far above; a header's, on every row below. A change
 *   that leaves every table as it was (it edits rows and keeps their number of fields, and touches no line that
 *   could be a header) is rescanned around it only, the window scanned after the headers of the table it starts
 *   in; after any other change, a region that starts or ends inside a run of rows with as many fields, one of
 *   which could be a header, grows to the whole run, in the text before the edit and after it;
 * - the document's first lines (a package.json's indentation decides whether an address is its author's):
 *   an edit there rescans everything.
 * The region is scanned with the reach of context on each side, and only the findings that start inside it
 * are kept from that scan. The work is proportional to the edit, not to the document or its findings: the
 * earlier findings are found by binary search, the caller applies the result (a FindingsSplice) to its list
 * in its own way (the scan worker moves offsets in arrays of numbers, without copying a finding), and
 * rescanNearChange reads only the text near the change (the scan worker keeps a document in pieces).
 */
import { DELIMITERS, headerDelimiter, isHeaderRow, countFields, MAX_ROW } from './table';
import type { Finding } from './types';

/** Characters around a finding that its verdict may depend on, in most texts (see the module comment). */
export const RESCAN_REACH = 12_500;
/** The same in a text that opens as a JSON object: the e-mail rule looks 32,000 characters back there. */
export const JSON_RESCAN_REACH = 36_000;
/** How a text opens when the e-mail rule may look far back in it (the test of its inPackageAttribution). */
const OPENS_AS_JSON_OBJECT = /^\s*\{\s*?\n[ \t]*"/;
/** Edits that start within this many characters of the document's start rescan the whole document. */
const HEAD = 256;

/**
 * What a window of a text scanned alone must start with to be judged as in the whole text: the opening of a text
 * that opens as a JSON object (whose first key's indentation the e-mail rule reads there, to tell a package.json's
 * top-level keys), then a line break of its own; nothing for other texts. `head`: the text's first 200 characters.
 */
function windowPrefix(head: string): string {
  const opening = OPENS_AS_JSON_OBJECT.exec(head);
  return opening ? `${opening[0]}\n` : '';
}

/** The reach of an incremental rescan of `text`. */
export function rescanReach(text: string): number {
  return OPENS_AS_JSON_OBJECT.test(text.slice(0, 200)) ? JSON_RESCAN_REACH : RESCAN_REACH;
}

/** Where a text changed since its last scan: [oldStart, oldEnd) of the scanned text became [newStart, newEnd). */
export interface ChangedSpan {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
  /** Lines added (or, negative, removed) by the change. */
  readonly lineDelta: number;
}

/**
 * Line starts in (from, to] of `text`, counted as LineIndex counts them (after LF, CRLF or a lone CR), so that
 * lines moved here agree with the engine's.
 */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** A text read only through slices (a string, or a document kept in pieces). */
export interface SlicedText {
  slice(from: number, to: number): string;
}

/**
 * The span changed by `span` (or by nothing yet) and then by one more edit: `length` characters at `offset`
 * of `text` (the text before this edit) replaced by `inserted`.
 */
export function widenChangedSpan(span: ChangedSpan | undefined, text: SlicedText, offset: number, length: number, inserted: string): ChangedSpan {
  const end = offset + length;
  // Counted with a character of context on each side: a CR before an inserted LF (or a LF after an inserted CR)
  // makes one line break of two.
  const prefix = text.slice(Math.max(0, offset - 1), offset);
  const suffix = text.slice(end, end + 2);
  const was = prefix + text.slice(offset, end) + suffix;
  const now = prefix + inserted + suffix;
  const lineDelta = countLineBreaks(now, 0, now.length) - countLineBreaks(was, 0, was.length);
  const growth = inserted.length - length;
  if (!span) return { oldStart: offset, oldEnd: end, newStart: offset, newEnd: end + growth, lineDelta };
  // An offset of the current text in the scanned one; inside the changed span it has none.
  const toOld = (x: number) => (x <= span.newStart ? x : x >= span.newEnd ? x - span.newEnd + span.oldEnd : undefined);
  return {
    oldStart: Math.min(span.oldStart, toOld(offset) ?? span.oldStart),
    oldEnd: Math.max(span.oldEnd, toOld(end) ?? span.oldEnd),
    newStart: Math.min(span.newStart, offset),
    newEnd: Math.max(span.newEnd, end) + growth,
    lineDelta: span.lineDelta + lineDelta,
  };
}

const lineStartAt = (text: string, pos: number) => (pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1);
const lineEndAt = (text: string, pos: number) => {
  const e = text.indexOf('\n', pos);
  return e < 0 ? text.length : e;
};

/** Fields of the line starting at `start` for `delimiter`, or -1 when it is no row (blank, overlong, without the delimiter). */
function fieldsOf(text: string, start: number, delimiter: string): number {
  const end = lineEndAt(text, start);
  if (end - start > MAX_ROW) return -1;
  const line = text.slice(start, end);
  return line.trim() === '' || !line.includes(delimiter) ? -1 : countFields(line, delimiter);
}

/**
 * The lines around the one starting at `at` that have as many fields for `delimiter` (two or more), with no
 * blank or overlong line between, when one of them could head a table: where the first starts and the last
 * ends. Undefined otherwise. In a part of the document, a run that reaches its first or last line (which may be
 * cut short) may go on beyond it, headed: it is taken to reach the part's edge.
 */
function rowRun(text: string, at: number, delimiter: string, part: { readonly atStart: boolean; readonly atEnd: boolean }): { top: number; bottom: number } | undefined {
  const fields = fieldsOf(text, at, delimiter);
  if (fields < 2) return undefined;
  let headed = isHeaderRow(text, at);
  let bottom = lineEndAt(text, at);
  while (bottom < text.length) {
    const below = bottom + 1;
    if (lineEndAt(text, below) >= text.length && !part.atEnd) {
      bottom = text.length;
      break;
    }
    if (fieldsOf(text, below, delimiter) !== fields) break;
    headed ||= isHeaderRow(text, below);
    bottom = lineEndAt(text, below);
  }
  let top = at;
  while (top > 0) {
    const above = lineStartAt(text, top - 1);
    if (above === 0 && !part.atStart) return { top: 0, bottom };
    if (fieldsOf(text, above, delimiter) !== fields) break;
    top = above;
    headed ||= isHeaderRow(text, top);
  }
  return headed ? { top, bottom } : undefined;
}

/** Starts of the lines that [from, to) of `text` touches. */
function linesTouched(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let at = lineStartAt(text, from); ; ) {
    starts.push(at);
    const end = lineEndAt(text, at);
    if (end >= to || end >= text.length) return starts;
    at = end + 1;
  }
}

/**
 * Whether a change leaves every table as it was: each line it touched has, before the change and after it, as many
 * fields for each delimiter as the others (a row stays a row of its table, a line that was no row stays none), and
 * none of them could head a table. Then the rows below keep their headers and their tables keep their extent, and
 * only the text around the change is rescanned, after the headers of the table it lies in (tableHeadersAbove);
 * otherwise (a header edited, a row cut in two or given a field more) the whole run of rows is.
 */
function keepsTables(text: string, before: string, span: ChangedSpan): boolean {
  const now = linesTouched(text, span.newStart, span.newEnd);
  const was = linesTouched(before, span.oldStart, span.oldEnd);
  for (const d of DELIMITERS) {
    const fields = fieldsOf(text, now[0], d);
    if (now.some((at) => fieldsOf(text, at, d) !== fields) || was.some((at) => fieldsOf(before, at, d) !== fields)) return false;
  }
  return !now.some((at) => isHeaderRow(text, at)) && !was.some((at) => isHeaderRow(before, at));
}

/**
 * The header rows of the table a window starting at `windowFrom` starts inside of: the rows above it, in its run of
 * rows, that could head a table, each with its line break, to be scanned before the window as if the rows between
 * were not there (a row's findings depend on its own fields and its headers); '' when there are none. Undefined
 * when they cannot be told: the run reaches the start of a part of the document (`atStart` false), or the window's
 * first line is a row for two delimiters, or a header above it splits its fields at another delimiter.
 */
function tableHeadersAbove(text: string, windowFrom: number, atStart: boolean): string | undefined {
  let headers: string | undefined;
  for (const d of DELIMITERS) {
    const fields = fieldsOf(text, windowFrom, d);
    if (fields < 2) continue;
    const rows: string[] = [];
    let top = windowFrom;
    while (top > 0) {
      const above = lineStartAt(text, top - 1);
      // The first line of a part of the document may be cut short: what it is, and what lies above it, is unknown.
      if (above === 0 && !atStart) return undefined;
      if (fieldsOf(text, above, d) !== fields) break;
      top = above;
      if (!isHeaderRow(text, top)) continue;
      if (headerDelimiter(text, top) !== d) return undefined;
      rows.push(`${text.slice(top, lineEndAt(text, top))}\n`);
    }
    if (rows.length === 0) continue;
    if (headers !== undefined) return undefined;
    headers = rows.reverse().join('');
  }
  return headers ?? '';
}

/** [from, to) grown to the whole of any headed run of rows its first or last line lies in. */
function widenForTables(text: string, from: number, to: number, part: LocalText): [number, number] {
  const lastLine = lineStartAt(text, to);
  for (const d of DELIMITERS) {
    const first = rowRun(text, from, d, part);
    if (first) from = Math.min(from, first.top);
    const last = rowRun(text, lastLine, d, part);
    if (last) to = Math.max(to, last.bottom);
  }
  return [from, to];
}


/**
 * How an incremental rescan changes a list of findings: the earlier findings [from, to) give way to `fresh`,
 * and those after them move `shift` characters and `lineShift` lines (on lines of their own: their columns stay).
 */
export interface FindingsSplice {
  readonly from: number;
  readonly to: number;
  readonly fresh: readonly Finding[];
  readonly shift: number;
  readonly lineShift: number;
}

/**
 * Part of a document, rescanned as it were the whole: `offset` is where it starts in the document (added to the
 * fresh findings' offsets), `atStart`/`atEnd` whether its edges are the document's. A rescan that would read
 * past an edge that is not the document's gives up (undefined), and the caller rescans the whole text.
 */
export interface LocalText {
  readonly offset: number;
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** The document's first 200 characters, when the part does not start it. */
  readonly head?: string;
}

const WHOLE_TEXT: LocalText = { offset: 0, atStart: true, atEnd: true };

/** Where a list of findings (sorted by offset, non-overlapping) stands, read by index. */
export interface FindingSpans {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  line(i: number): number;
}

export function spansOf(findings: readonly Finding[]): FindingSpans {
  return { length: findings.length, start: (i) => findings[i].start, end: (i) => findings[i].end, line: (i) => findings[i].line };
}

/** Index of the last i in [lo, hi) with key(i) < x (lo - 1 if none); key must grow with i. */
function lastBelow(lo: number, hi: number, x: number, key: (i: number) => number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The change to `previous` (the findings of `before`, the text `span` changed into `text`) that gives the
 * findings of `text`, what `scanText(text)` returns, from scans of the text around the change; undefined when
 * the whole text must be scanned (a small text, an edit at its start, a region grown past half of it).
 */
export function rescanSplice(
  text: string,
  before: string,
  previous: FindingSpans,
  span: ChangedSpan,
  scanText: (text: string) => Finding[],
  reach = rescanReach(text),
  part: LocalText = WHOLE_TEXT,
): FindingsSplice | undefined {
  if ((part.atStart && span.newStart < HEAD) || text.length <= 4 * reach) return undefined;
  return spliceAround(text, before, previous, span, scanText, reach, part);
}

/** rescanSplice around any span, the document's first lines included. */
function spliceAround(
  text: string,
  before: string,
  previous: FindingSpans,
  span: ChangedSpan,
  scanText: (text: string) => Finding[],
  reach: number,
  part: LocalText = WHOLE_TEXT,
): FindingsSplice | undefined {
  const growth = span.newEnd - span.newStart - (span.oldEnd - span.oldStart);
  const n = previous.length;
  // Earlier findings [0, a) end before the change and stay; [a, b) overlap it and go; [b, n) move by `growth`.
  const a = lastBelow(0, n, span.oldStart + 1, (i) => previous.end(i)) + 1;
  const b = lastBelow(a, n, span.oldEnd, (i) => previous.start(i)) + 1;
  const startOf = (i: number) => (i < a ? previous.start(i) : previous.start(i) + growth);
  const endOf = (i: number) => (i < a ? previous.end(i) : previous.end(i) + growth);
  /** The last finding kept that starts before x (new offsets), or -1. */
  const keptBefore = (x: number) => {
    const moved = lastBelow(b, n, x, startOf);
    return moved >= b ? moved : lastBelow(0, a, x, startOf);
  };
  let from = lineStartAt(text, span.newStart - reach);
  let to = lineEndAt(text, Math.min(text.length, span.newEnd + reach));
  const tablesKept = keepsTables(text, before, span);
  for (let round = 0; ; round++) {
    if (!tablesKept) {
      // Tables in the text as it is, and (below the change) as it was: a header changed or a run cut in two.
      [from, to] = widenForTables(text, from, to, part);
      const [, oldTo] = widenForTables(before, Math.max(0, from), to - growth >= span.oldEnd ? to - growth : span.oldEnd, part);
      to = Math.max(to, lineEndAt(text, Math.min(text.length, oldTo + growth)));
    }
    // Earlier findings that cross the region's edges are rescanned whole (findings do not overlap: one per edge).
    // In a part of the document, a finding may cross the part's own edge: the region stops there (it cannot grow
    // past the text), and the window reaching that edge gives up below.
    for (let grown = true; grown; ) {
      grown = false;
      const atFrom = keptBefore(from);
      const newFrom = atFrom >= 0 && endOf(atFrom) > from ? lineStartAt(text, startOf(atFrom)) : from;
      if (newFrom < from) [from, grown] = [newFrom, true];
      const atTo = keptBefore(to);
      const newTo = atTo >= 0 && endOf(atTo) > to ? lineEndAt(text, endOf(atTo)) : to;
      if (newTo > to) [to, grown] = [newTo, true];
    }
    const windowFrom = lineStartAt(text, from - reach);
    const windowTo = lineEndAt(text, Math.min(text.length, to + reach));
    if (windowTo - windowFrom > text.length / 2 || round > 3) return undefined;
    if ((windowFrom <= 0 && !part.atStart) || (windowTo >= text.length && !part.atEnd)) return undefined;
    // Lines before the window, counted from the last finding kept before it rather than from the top.
    const anchor = keptBefore(windowFrom);
    if (anchor < 0 && !part.atStart) return undefined;
    const lineShift =
      anchor < 0
        ? countLineBreaks(text, 0, windowFrom)
        : previous.line(anchor) + (anchor >= b ? span.lineDelta : 0) + countLineBreaks(text, startOf(anchor), windowFrom);
    const fresh: Finding[] = [];
    let crossing = false;
    // A window that does not start the document is scanned after the document's opening (see windowPrefix) and
    // the headers of the table it starts inside of (with tables as they were: see keepsTables).
    const headers = tablesKept && windowFrom > 0 ? tableHeadersAbove(text, windowFrom, part.atStart) : '';
    if (headers === undefined) return undefined;
    const prefix = windowFrom > 0 ? windowPrefix(part.atStart ? text.slice(0, 200) : part.head ?? '') + headers : '';
    const prefixLines = prefix ? countLineBreaks(prefix, 0, prefix.length) : 0;
    for (const f of scanText(prefix + text.slice(windowFrom, windowTo))) {
      if (f.start < prefix.length) continue;
      const start = f.start - prefix.length + windowFrom;
      const end = f.end - prefix.length + windowFrom;
      // A new finding across the region's edge: grow the region over it and scan again.
      if ((start < from && end > from) || (start < to && end > to)) {
        from = Math.min(from, lineStartAt(text, start));
        to = Math.max(to, lineEndAt(text, end));
        crossing = true;
      }
      const lines = lineShift - prefixLines;
      if (start >= from && start < to) fresh.push({ ...f, start: start + part.offset, end: end + part.offset, line: f.line + lines, endLine: f.endLine + lines });
    }
    if (crossing) continue;
    return { from: keptBefore(from) + 1, to: Math.max(b, keptBefore(to) + 1), fresh, shift: growth, lineShift: span.lineDelta };
  }
}

/**
 * Reaches of text read on each side of a change by rescanNearChange: the region rescanned and its context take
 * four, the rest is room for the region to grow (a private key block, a short table).
 */
const NEAR_REACHES = 8;

/**
 * rescanSplice reading only the text within NEAR_REACHES reaches of the change, from a text that is costly to
 * read whole (the scan worker keeps a document in pieces: joining them copies megabytes on every edit), or
 * undefined when it would need more of it (a long table, a multi-line finding across the edge, no finding
 * before the window to count lines from): then rescanSplice reads the whole text.
 */
export function rescanNearChange(
  text: SlicedText & { readonly length: number },
  before: SlicedText,
  previous: FindingSpans,
  span: ChangedSpan,
  scanText: (text: string) => Finding[],
): FindingsSplice | undefined {
  const head = text.slice(0, 200);
  const reach = rescanReach(head);
  const offset = Math.max(0, span.newStart - NEAR_REACHES * reach);
  const end = Math.min(text.length, span.newEnd + NEAR_REACHES * reach);
  const growth = span.newEnd - span.newStart - (span.oldEnd - span.oldStart);
  const near: ChangedSpan = { ...span, oldStart: span.oldStart - offset, oldEnd: span.oldEnd - offset, newStart: span.newStart - offset, newEnd: span.newEnd - offset };
  const spans: FindingSpans = { length: previous.length, start: (i) => previous.start(i) - offset, end: (i) => previous.end(i) - offset, line: (i) => previous.line(i) };
  const part = { offset, atStart: offset === 0, atEnd: end === text.length, head };
  return rescanSplice(text.slice(offset, end), before.slice(offset, end - growth), spans, near, scanText, reach, part);
}

/** `previous` changed by `splice`, as a new list (the scan worker applies a splice in place, see its store). */
export function applySplice(previous: readonly Finding[], splice: FindingsSplice): Finding[] {
  const { shift, lineShift } = splice;
  const moved = previous.slice(splice.to).map((f) => ({ ...f, start: f.start + shift, end: f.end + shift, line: f.line + lineShift, endLine: f.endLine + lineShift }));
  return [...previous.slice(0, splice.from), ...splice.fresh, ...moved];
}

/**
 * The findings of `text` (what `scanText(text)` returns), from `previous`, the findings of the text it was
 * before the change `span`, and scans of the text around the change. `before`: that earlier text.
 */
export function rescanChanged(
  text: string,
  before: string,
  previous: readonly Finding[],
  span: ChangedSpan,
  scanText: (text: string) => Finding[],
  reach = rescanReach(text),
): Finding[] {
  const splice = rescanSplice(text, before, spansOf(previous), span, scanText, reach);
  return splice ? applySplice(previous, splice) : scanText(text);
}

/**
 * The findings of `text`, what `scanText(text)` returns, worked out a slice of about `sliceChars` at a time
 * (each scanned with its reach of context, as an incremental rescan is), yielding between slices: for a scan
 * on a thread that must not be held for long (the web host where no worker can start). The caller may stop
 * at any yield. One piece when the text is small or a slice's region grows past half of it (a long table).
 */
export function* scanInSlices(text: string, scanText: (text: string) => Finding[], sliceChars: number, reach = rescanReach(text)): Generator<void, Finding[]> {
  if (text.length <= sliceChars + 4 * reach) return scanText(text);
  let findings: Finding[] = [];
  for (let at = 0; at < text.length; ) {
    const end = lineEndAt(text, Math.min(text.length, at + sliceChars));
    // The findings up to `at` are those of the whole text; the slice is scanned as if it had just been typed.
    const slice: ChangedSpan = { oldStart: at, oldEnd: end, newStart: at, newEnd: end, lineDelta: 0 };
    const splice = spliceAround(text, text, spansOf(findings), slice, scanText, reach);
    if (!splice) return scanText(text);
    if (splice.to < findings.length) findings = applySplice(findings, splice);
    else {
      // Nothing found yet lies past the region: no finding moves, and the list grows in place.
      findings.length = splice.from;
      for (const f of splice.fresh) findings.push(f);
    }
    at = end + 1;
    if (at < text.length) yield;
  }
  return findings;
}
