/**
 * Incremental rescans: after an edit, only the text around the change is scanned again, and the findings
 * elsewhere are moved to where they now stand. The result must be the findings of a full scan (a property
 * test holds them equal over random documents and edit sequences), so the region rescanned is chosen from
 * what a finding's verdict can depend on:
 * - text within RESCAN_REACH characters of it: a rule's window around its keyword (8,300 characters at
 *   most, for multi-line keys), context words (8,192 at most), what validators read around a value (the
 *   e-mail rule looks 32,000 characters back for a package.json's "contributors" key; the others a few
 *   hundred);
 * - a multi-line finding that crosses the region's edge (a private key block): the region grows to cover it;
 * - a table: a row's findings depend on its header, however far above; a header's, on every row below. A
 *   region that starts or ends inside a run of rows with as many fields, one of which could be a header, grows
 *   to the whole run, in the text before the edit and after it;
 * - the document's first lines (a package.json's indentation decides whether an address is its author's):
 *   an edit there rescans everything.
 * The region is scanned with RESCAN_REACH of context on each side, and only the findings that start inside it
 * are kept from that scan.
 */
import { DELIMITERS, isHeaderRow, MAX_ROW, splitFields } from './table';
import type { Finding } from './types';

/** Characters around a finding that its verdict may depend on (see the module comment). */
export const RESCAN_REACH = 36_000;
/** Edits that start within this many characters of the document's start rescan the whole document. */
const HEAD = 256;

/** Where a text changed since its last scan: [oldStart, oldEnd) of the scanned text became [newStart, newEnd). */
export interface ChangedSpan {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
  /** Lines added (or, negative, removed) by the change. */
  readonly lineDelta: number;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The span changed by `span` (or by nothing yet) and then by one more edit: `length` characters at `offset`
 * of `text` (the text before this edit) replaced by `inserted`.
 */
export function widenChangedSpan(span: ChangedSpan | undefined, text: string, offset: number, length: number, inserted: string): ChangedSpan {
  const end = offset + length;
  const lineDelta = countLineBreaks(inserted, 0, inserted.length) - countLineBreaks(text, offset, end);
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

/**
 * The lines around the one starting at `at` that have as many fields for `delimiter` (two or more), with no
 * blank or overlong line between, when one of them could head a table: where the first starts and the last
 * ends. Undefined otherwise.
 */
function rowRun(text: string, at: number, delimiter: string): { top: number; bottom: number } | undefined {
  const fieldsOf = (start: number): number => {
    const end = lineEndAt(text, start);
    if (end - start > MAX_ROW) return -1;
    const line = text.slice(start, end);
    return line.trim() === '' || !line.includes(delimiter) ? -1 : splitFields(line, delimiter).length;
  };
  const fields = fieldsOf(at);
  if (fields < 2) return undefined;
  let headed = isHeaderRow(text, at);
  let top = at;
  while (top > 0) {
    const above = lineStartAt(text, top - 1);
    if (fieldsOf(above) !== fields) break;
    top = above;
    headed ||= isHeaderRow(text, top);
  }
  let bottom = lineEndAt(text, at);
  while (bottom < text.length) {
    const below = bottom + 1;
    if (fieldsOf(below) !== fields) break;
    headed ||= isHeaderRow(text, below);
    bottom = lineEndAt(text, below);
  }
  return headed ? { top, bottom } : undefined;
}

/** [from, to) grown to the whole of any headed run of rows its first or last line lies in. */
function widenForTables(text: string, from: number, to: number): [number, number] {
  const lastLine = lineStartAt(text, to);
  for (const d of DELIMITERS) {
    const first = rowRun(text, from, d);
    if (first) from = Math.min(from, first.top);
    const last = rowRun(text, lastLine, d);
    if (last) to = Math.max(to, last.bottom);
  }
  return [from, to];
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
  reach = RESCAN_REACH,
): Finding[] {
  if (span.newStart < HEAD || text.length <= 4 * reach) return scanText(text);
  const growth = span.newEnd - span.newStart - (span.oldEnd - span.oldStart);
  const kept: Finding[] = [];
  for (const f of previous) {
    if (f.end <= span.oldStart) kept.push(f);
    else if (f.start >= span.oldEnd) kept.push({ ...f, start: f.start + growth, end: f.end + growth, line: f.line + span.lineDelta, endLine: f.endLine + span.lineDelta });
  }
  let from = lineStartAt(text, span.newStart - reach);
  let to = lineEndAt(text, Math.min(text.length, span.newEnd + reach));
  for (let round = 0; ; round++) {
    // Tables in the text as it is, and (below the change) as it was: a header changed or a run cut in two.
    [from, to] = widenForTables(text, from, to);
    const [, oldTo] = widenForTables(before, Math.max(0, from), to - growth >= span.oldEnd ? to - growth : span.oldEnd);
    to = Math.max(to, lineEndAt(text, Math.min(text.length, oldTo + growth)));
    // Earlier findings that cross the region's edges are rescanned whole.
    for (let grown = true; grown; ) {
      grown = false;
      for (const f of kept) {
        if (f.start < from && f.end > from) [from, grown] = [lineStartAt(text, f.start), true];
        if (f.start < to && f.end > to) [to, grown] = [lineEndAt(text, f.end), true];
      }
    }
    const windowFrom = lineStartAt(text, from - reach);
    const windowTo = lineEndAt(text, Math.min(text.length, to + reach));
    if (windowTo - windowFrom > text.length / 2 || round > 3) return scanText(text);
    const lineShift = countLineBreaks(text, 0, windowFrom);
    const fresh: Finding[] = [];
    let crossing = false;
    for (const f of scanText(text.slice(windowFrom, windowTo))) {
      const start = f.start + windowFrom;
      const end = f.end + windowFrom;
      // A new finding across the region's edge: grow the region over it and scan again.
      if ((start < from && end > from) || (start < to && end > to)) {
        from = Math.min(from, lineStartAt(text, start));
        to = Math.max(to, lineEndAt(text, end));
        crossing = true;
      }
      if (start >= from && start < to) fresh.push({ ...f, start, end, line: f.line + lineShift, endLine: f.endLine + lineShift });
    }
    if (crossing) continue;
    return [...kept.filter((f) => f.end <= from), ...fresh, ...kept.filter((f) => f.start >= to)];
  }
}
