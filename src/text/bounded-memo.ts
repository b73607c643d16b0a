/**
 * A remembered result per key, for work that sheets repeat thousands of times
 * (folding a name, judging a text's encoding). Bounded: when full it starts over,
 * so odd text (ids, free notes) cannot grow it without end.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The remembered result for `key`, or `compute(key)` — remembered unless `keep` says not. */
  get(key: K, compute: (key: K) => V, keep = true): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute(key);
    if (keep) {
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}
