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

  constructor(readonly keywords: readonly string[]) {
    for (const k of keywords) {
      if (k.length === 0 || !/^[\x20-\x7e]+$/.test(k) || k !== k.toLowerCase()) {
        throw new Error(`Keyword ${JSON.stringify(k)} must be non-empty lower-case printable ASCII`);
      }
    }
    this.lengths = keywords.map((k) => k.length);
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

  /** Calls `onHit(keywordId, start, end)` for every occurrence, in order of `end`. */
  scan(text: string, onHit: (keyword: number, start: number, end: number) => void, from = 0, to = text.length): void {
    const delta = this.delta;
    const classOf = this.classOf;
    const shift = this.shift;
    let s = 0;
    for (let i = from; i < to; i++) {
      // Class 0 (a character in no keyword) has an all-zero column: back to the root, without a branch.
      s = delta[(s << shift) | classOf[text.charCodeAt(i)]];
      if (s < 0) {
        s = ~s;
        const out = this.outputs[s]!;
        for (let k = 0; k < out.length; k++) onHit(out[k], i + 1 - this.lengths[out[k]], i + 1);
      }
    }
  }
}
