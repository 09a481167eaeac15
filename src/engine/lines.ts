/**
 * Offset <-> line/column conversion with a lazily built index of line starts. A line ends at LF, CRLF or
 * a lone CR (classic Mac files, some logs), as in VS Code's documents, where the extension's diagnostics
 * must land, and in editors generally; counting LF alone would put such a file on line 1.
 */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      const text = this.text;
      if (!text.includes('\r')) {
        // The common case, at indexOf's speed.
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
        this.starts = starts;
        return starts;
      }
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
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
    const starts = this.lineStarts();
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
    return { line, column: offset - this.lineStarts()[line] };
  }

  lineStart(line: number): number {
    return this.lineStarts()[line] ?? this.text.length;
  }
}
