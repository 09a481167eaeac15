/**
 * Offset <-> line/column conversion with an index of line starts built as far as it is asked about: the
 * findings of a scan are mostly near the top of a file (a licence header's e-mail address), and a 5 MB bundle
 * need not have all its line breaks found for them. A line ends at LF, CRLF or a lone CR (classic Mac files,
 * some logs), as in VS Code's documents, where the extension's diagnostics must land, and in editors
 * generally; counting LF alone would put such a file on line 1.
 */
export class LineIndex {
  /** The line starts found so far: every one up to the last, which is past every offset asked about (or the text's last). */
  private readonly starts: number[] = [0];
  /** Where the search for line breaks goes on. */
  private next = 0;
  /** Every line start is in `starts`. */
  private complete = false;
  /** Whether the text holds a CR (else LF alone ends lines, found at indexOf's speed); looked up once. */
  private hasCr: boolean | undefined;

  constructor(private readonly text: string) {}

  /** Finds line starts until one lies past `offset`, or the text ends. */
  private extendPast(offset: number): void {
    const starts = this.starts;
    if (this.complete || starts[starts.length - 1] > offset) return;
    const text = this.text;
    this.hasCr ??= text.includes('\r');
    if (!this.hasCr) {
      for (let i = text.indexOf('\n', this.next); i !== -1; i = text.indexOf('\n', i + 1)) {
        starts.push(i + 1);
        if (i + 1 > offset) {
          this.next = i + 1;
          return;
        }
      }
    } else {
      for (let i = this.next; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
          starts.push(i + 1);
          if (i + 1 > offset) {
            this.next = i + 1;
            return;
          }
        }
      }
    }
    this.complete = true;
  }

  /** The line starts, with every one up to `offset` and the first after it (if any). */
  private startsPast(offset: number): number[] {
    this.extendPast(offset);
    return this.starts;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.startsPast(offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * lineOf(offset), for an offset at or after the start of line `from`: walks forward from there, so that a
   * run of offsets in increasing order (a scan's findings) costs one step a line rather than a search each.
   */
  lineOfFrom(offset: number, from: number): number {
    const starts = this.startsPast(offset);
    if (from < 0 || from >= starts.length || starts[from] > offset) return this.lineOf(offset);
    // A few steps forward, then a binary search over the lines after them (findings far apart).
    const near = Math.min(starts.length - 1, from + 8);
    let line = from;
    while (line < near && starts[line + 1] <= offset) line++;
    if (line < near) return line;
    let hi = starts.length - 1;
    while (line < hi) {
      const mid = (line + hi + 1) >> 1;
      if (starts[mid] <= offset) line = mid;
      else hi = mid - 1;
    }
    return line;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line] };
  }

  lineStart(line: number): number {
    while (!this.complete && this.starts.length <= line) this.extendPast(this.starts[this.starts.length - 1]);
    return this.starts[line] ?? this.text.length;
  }
}
