/** Every memo made, so that all can be emptied at once. */
const memos: BoundedMemo<unknown>[] = [];

/**
 * Empties every memo: they hold recent values (phone numbers, the keys of fingerprints) in memory, and a
 * user who asks the extension to forget what it remembers means these too.
 */
export function forgetRememberedValues(): void {
  for (const m of memos) m.clear();
}

/**
 * A bounded memo for pure functions of strings that the scanner calls over and over: the extension rescans a
 * document on every keystroke, and its values (phone numbers, fingerprints) are the same as a moment ago.
 * When full, the oldest entry goes (a Map keeps insertion order). Pure TypeScript: it runs in a web worker too.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {
    memos.push(this as BoundedMemo<unknown>);
  }

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
