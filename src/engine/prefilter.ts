/**
 * Keyword prefilter: one Aho-Corasick pass over the text finds every occurrence of every rule keyword
 * (ASCII, case-insensitive), so that rules whose keywords are absent cost nothing and the others
 * only run near their keywords.
 */

const ALPHABET = 128;

export interface KeywordHit {
  /** Index into the keyword list given to the automaton. */
  readonly keyword: number;
  /** Offset of the keyword's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

export class KeywordAutomaton {
  private readonly delta: Int32Array;
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
    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
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
    // BFS for failure links, building the full transition table (a DFA).
    const n = children.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const outputs: (number[] | undefined)[] = new Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = children[0].get(c);
      if (t !== undefined) {
        delta[c] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    outputs[0] = undefined;
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const out = [...own[s], ...(outputs[fail[s]] ?? [])];
      outputs[s] = out.length > 0 ? out : undefined;
      for (let c = 0; c < ALPHABET; c++) {
        const t = children[s].get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s] * ALPHABET + c];
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        } else {
          delta[s * ALPHABET + c] = delta[fail[s] * ALPHABET + c];
        }
      }
    }
    this.delta = delta;
    this.outputs = outputs;
  }

  /** Calls `onHit(keywordId, start, end)` for every occurrence, in order of `end`. */
  scan(text: string, onHit: (keyword: number, start: number, end: number) => void, from = 0, to = text.length): void {
    const delta = this.delta;
    const outputs = this.outputs;
    const lengths = this.lengths;
    let s = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      s = delta[s * ALPHABET + c];
      const out = outputs[s];
      if (out !== undefined) {
        for (let k = 0; k < out.length; k++) onHit(out[k], i + 1 - lengths[out[k]], i + 1);
      }
    }
  }
}
