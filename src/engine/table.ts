/**
 * Delimited tables (CSV, TSV, semicolon and pipe-separated, Markdown) in a text: a header row of labels,
 * then rows with as many fields. A customer export pasted into a prompt labels its columns once
 * ("name,dob,passport") and holds thousands of values below; a rule whose keywords stand in the header can
 * run over the whole table and judge each value by its column's label.
 */

/** Field separators tried, in order of preference when a line has as many of two. */
export const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * A header field: a short label, not a value (letters first; spaces, digits and a little punctuation), or the
 * "#" that heads a column of row numbers (`| # | Full name | Email |`).
 */
const LABEL = /^(?:[\p{L}_][\p{L}\p{N} _.\/#()'&-]{0,60}|#)$/u;

/** Lines longer than this are never a table row (a minified file is one long line). */
export const MAX_ROW = 8192;
/** Nor a header line longer than this. */
const MAX_HEADER = 2048;
/**
 * Characters no header label holds, but code does (a call's parenthesis, not "Amount (EUR)"). The parenthesis
 * is looked for alone, then at what stands around it: the regex engine skips to one of these characters.
 */
const CODE_CHARS = /[={}<>\[\]:!?*+`\\$@%^~]|\((?:\)|(?<=[\w)]\())/;

export interface Table {
  readonly delimiter: string;
  /** The header labels, trimmed and unquoted, one per field. */
  readonly headers: readonly string[];
  /** Offset where the header line starts. */
  readonly start: number;
  /** Offset where the first row starts. */
  readonly bodyStart: number;
  /** Offset where the last row ends. */
  readonly end: number;
}

/** Field spans [start, end) of one line, honouring double quotes (`"a,b"`, `""` for a quote). */
export function splitFields(line: string, delimiter: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') i++;
      else if (quoted || line.slice(start, i).trim() === '') quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, line.length]);
  return out;
}

/**
 * How many fields splitFields finds in `line`, without listing them: a line without quotes has one more
 * field than delimiters. Rows are counted far more often than split (every row of a table, at each scan).
 */
export function countFields(line: string, delimiter: string): number {
  if (line.includes('"')) return splitFields(line, delimiter).length;
  let n = 1;
  for (let i = line.indexOf(delimiter); i !== -1; i = line.indexOf(delimiter, i + 1)) n++;
  return n;
}

const unquote = (field: string): string => field.trim().replace(/^"(.*)"$/s, '$1').replace(/""/g, '"').trim();

/** End of the line starting at `from` (its line break, or the text's end), or -1 when longer than MAX_ROW. */
function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end - from > MAX_ROW ? -1 : end;
}

const stripCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/**
 * The table whose header is the line starting at `lineStart`, when that line is a row of labels with at
 * least two fields and at least one line below has as many fields.
 */
export function tableAt(text: string, lineStart: number): Table | undefined {
  const head = headerRow(text, lineStart);
  return head && tableBelow(text, lineStart, head);
}

interface HeaderRow {
  readonly headerEnd: number;
  readonly best: string;
  readonly fields: readonly string[];
}

/** The line starting at `lineStart` as a header: its end, its delimiter and its labels, when it is one. */
function headerRow(text: string, lineStart: number): HeaderRow | undefined {
  const headerEnd = lineEnd(text, lineStart);
  if (headerEnd < 0 || headerEnd - lineStart > MAX_HEADER) return undefined;
  const header = stripCr(text.slice(lineStart, headerEnd));
  // Most lines that hold a label word are code: reject them before splitting anything.
  if (CODE_CHARS.test(header)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    for (let i = header.indexOf(d); i !== -1; i = header.indexOf(d, i + 1)) count++;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  if (!best) return undefined;
  const fields = splitFields(header, best).map(([s, e]) => unquote(header.slice(s, e)));
  const labels = fields.filter((f) => f !== '');
  if (labels.length < 2 || !labels.every((f) => LABEL.test(f))) return undefined;
  return { headerEnd, best, fields };
}

/** Whether the line starting at `lineStart` could head a table (a row of labels), whatever lies below it. */
export function isHeaderRow(text: string, lineStart: number): boolean {
  // A line whose first field opens with a digit (after spaces and a quote) heads no table: no label does. Told
  // without splitting it, for incremental rescans ask this of every row above an edit in a long table of figures.
  let i = lineStart;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) === 34) i++;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return false;
  return headerRow(text, lineStart) !== undefined;
}

/** The delimiter of the table the line starting at `lineStart` would head, when it could head one. */
export function headerDelimiter(text: string, lineStart: number): string | undefined {
  return headerRow(text, lineStart)?.best;
}

/** The rows below a header: the table, or undefined when there is none. */
function tableBelow(text: string, lineStart: number, { headerEnd, best, fields }: HeaderRow): Table | undefined {
  // Rows: the following lines with as many fields (a Markdown separator row |---|---| included).
  let end = headerEnd;
  let rows = 0;
  for (let at = headerEnd + 1; at < text.length; ) {
    const e = lineEnd(text, at);
    if (e < 0) break;
    const line = stripCr(text.slice(at, e));
    if (line.trim() === '' || countFields(line, best) !== fields.length) break;
    rows++;
    end = e;
    at = e + 1;
  }
  if (rows === 0) return undefined;
  return { delimiter: best, headers: fields, start: lineStart, bodyStart: headerEnd + 1, end };
}

/** The header of the column holding offset `pos` of a row of `table`. */
export function columnAt(table: Table, text: string, pos: number): string | undefined {
  if (pos < table.bodyStart || pos >= table.end) return undefined;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const e = lineEnd(text, lineStart);
  if (e < 0) return undefined;
  const fields = splitFields(text.slice(lineStart, e), table.delimiter);
  const i = fields.findIndex(([s, f]) => pos - lineStart >= s && pos - lineStart <= f);
  return i < 0 ? undefined : table.headers[i];
}
