/**
 * Keyword prefilter: one Aho-Corasick pass over the text finds every occurrence of every rule keyword
 * (ASCII, case-insensitive), so that rules whose keywords are absent cost nothing and the others
 * only run near their keywords.
 *
 * The automaton is a full DFA over character classes: only the characters that occur in some keyword get
 * a class of their own; every other character (and anything non-ASCII) sends the automaton back to its
 * root, so the table stays small enough for the cache. A transition into a state that reports keywords is
 * stored bit-inverted (negative), so the hot loop reads two typed arrays and tests a sign.
 */

export class KeywordAutomaton {
  /** UTF-16 code unit (upper case folded) -> character class; 0 = in no keyword. Full size: no range check. */
  private readonly classOf = new Uint8Array(65536);
  /** log2 of the row width of `delta` (the class count rounded up to a power of two). */
  private readonly shift: number;
  /** states x classes -> next state, bit-inverted when that state has outputs. */
  private readonly delta: Int16Array | Int32Array;
  /** For each state, the keyword ids that end there (own and via failure links). */
  private readonly outputs: (readonly number[] | undefined)[];
  private readonly lengths: readonly number[];
  private readonly maxLength: number;

  constructor(readonly keywords: readonly string[]) {
    for (const k of keywords) {
      if (k.length === 0 || !/^[\x20-\x7e]+$/.test(k) || k !== k.toLowerCase()) {
        throw new Error(`Keyword ${JSON.stringify(k)} must be non-empty lower-case printable ASCII`);
      }
    }
    this.lengths = keywords.map((k) => k.length);
    this.maxLength = Math.max(1, ...this.lengths);
    let classes = 1;
    for (const k of keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (this.classOf[c] === 0) {
          this.classOf[c] = classes++;
          if (c >= 97 && c <= 122) this.classOf[c - 32] = this.classOf[c]; // fold A-Z onto a-z
        }
      }
    }
    if (classes > 255) throw new Error('Too many distinct keyword characters');
    this.shift = Math.max(1, Math.ceil(Math.log2(classes)));
    const K = 1 << this.shift;

    // Trie over classes.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = this.classOf[k.charCodeAt(i)];
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

    // BFS for failure links, building the full transition table.
    const n = children.length;
    const delta = new Int32Array(n * K);
    const fail = new Int32Array(n);
    const outputs: (number[] | undefined)[] = new Array(n).fill(undefined);
    const queue: number[] = [];
    for (let c = 1; c < classes; c++) {
      const t = children[0].get(c);
      if (t !== undefined) {
        delta[c] = t;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const out = [...own[s], ...(outputs[fail[s]] ?? [])];
      outputs[s] = out.length > 0 ? out : undefined;
      for (let c = 1; c < classes; c++) {
        const t = children[s].get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s] * K + c];
          delta[s * K + c] = t;
          queue.push(t);
        } else {
          delta[s * K + c] = delta[fail[s] * K + c];
        }
      }
    }
    // Mark transitions into reporting states.
    for (let i = 0; i < delta.length; i++) if (outputs[delta[i]] !== undefined) delta[i] = ~delta[i];
    // Half the memory when the states fit: the hot rows stay in cache.
    this.delta = n < 0x7fff ? Int16Array.from(delta) : delta;
    this.outputs = outputs;
  }

  /** Texts shorter than this are scanned in one stream (splitting costs more than it saves). */
  static readonly TWO_STREAM_MIN = 4096;

  /** Calls `onHit(keywordId, start, end)` for every occurrence, in order of `end`. */
  scan(text: string, onHit: (keyword: number, start: number, end: number) => void, from = 0, to = text.length): void {
    if (to - from < KeywordAutomaton.TWO_STREAM_MIN) {
      this.report(this.run(text, from, to), from, onHit);
      return;
    }
    // Two halves run interleaved in one loop: each step of a DFA waits on the load of the step before, so
    // two independent walks fill the pipeline (about 1.4x faster). The second half starts early enough
    // (the longest keyword, less one) to see every keyword that ends in it; what ends in the first half
    // is the first walk's to report.
    const mid = from + ((to - from) >> 1);
    const start2 = Math.max(from, mid - (this.maxLength - 1));
    const [first, second] = this.runTwo(text, from, mid, start2, to);
    this.report(first, from, onHit);
    this.report(second, mid + 1, onHit);
  }

  /**
   * One walk over [from, to), starting in `state`: appends to `hits` the (position, state) of every step into
   * a reporting state.
   */
  private run(text: string, from: number, to: number, hits: number[] = [], state = 0): number[] {
    const delta = this.delta;
    const classOf = this.classOf;
    const shift = this.shift;
    let s = state;
    for (let i = from; i < to; i++) {
      // Class 0 (a character in no keyword) has an all-zero column: back to the root, without a branch.
      s = delta[(s << shift) | classOf[text.charCodeAt(i)]];
      if (s < 0) {
        s = ~s;
        hits.push(i, s);
      }
    }
    return hits;
  }

  /** Two interleaved walks, over [a, aEnd) and [b, bEnd). */
  private runTwo(text: string, a: number, aEnd: number, b: number, bEnd: number): [number[], number[]] {
    const delta = this.delta;
    const classOf = this.classOf;
    const shift = this.shift;
    const hitsA: number[] = [];
    const hitsB: number[] = [];
    const steps = Math.min(aEnd - a, bEnd - b);
    let sa = 0;
    let sb = 0;
    let i = 0;
    for (; i < steps; i++) {
      sa = delta[(sa << shift) | classOf[text.charCodeAt(a + i)]];
      sb = delta[(sb << shift) | classOf[text.charCodeAt(b + i)]];
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
    // Whichever half is longer finishes alone.
    return [this.run(text, a + i, aEnd, hitsA, sa), this.run(text, b + i, bEnd, hitsB, sb)];
  }

  /** Report the keywords of each (position, state) pair whose end is at or after `minEnd`. */
  private report(hits: readonly number[], minEnd: number, onHit: (keyword: number, start: number, end: number) => void): void {
    for (let k = 0; k < hits.length; k += 2) {
      const end = hits[k] + 1;
      if (end < minEnd) continue;
      const out = this.outputs[hits[k + 1]]!;
      for (let m = 0; m < out.length; m++) onHit(out[m], end - this.lengths[out[m]], end);
    }
  }
}
