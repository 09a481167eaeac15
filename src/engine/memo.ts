/**
 * A bounded memo for pure functions of strings that the scanner calls over and over: the extension rescans a
 * document on every keystroke, and its values (phone numbers, fingerprints) are the same as a moment ago.
 * When full, the oldest entry goes (a Map keeps insertion order). Pure TypeScript: it runs in a web worker too.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** Drops every remembered value. */
  clear(): void {
    this.entries.clear();
  }

  /** The memoised value for `key`, computing and keeping it on a miss. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const value = compute(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Names one kind of value a rule remembers from scan to scan (a phone number's verdict, say). Declare one per
 * kind at module level; each scanner keeps its own memo for it (see MatchContext.remembered), so that the
 * values stay with the scanner that saw them and go when it is asked to forget.
 */
export class MemoKey<V> {
  /** Brands the key with its value type (never read). */
  declare private readonly valueType: V;

  constructor(
    /** A name for debugging. */
    readonly name: string,
    /** Most entries kept at once. */
    readonly capacity: number,
  ) {}
}

/** The memos of one scanner, one per MemoKey, made on first use. */
export class MemoRegistry {
  private readonly memos = new Map<MemoKey<unknown>, BoundedMemo<unknown>>();

  /** The memo for `key`. */
  of<V>(key: MemoKey<V>): BoundedMemo<V> {
    let memo = this.memos.get(key);
    if (!memo) this.memos.set(key, (memo = new BoundedMemo<unknown>(key.capacity)));
    return memo as BoundedMemo<V>;
  }

  /**
   * Empties every memo: they hold recent values (phone numbers, the keys of fingerprints) in memory, and a
   * user who asks the extension to forget what it remembers means these too.
   */
  clear(): void {
    for (const memo of this.memos.values()) memo.clear();
  }
}
