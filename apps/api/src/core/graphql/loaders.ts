import DataLoader from 'dataloader';

export type BatchFn<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

/**
 * Per-request DataLoaders. A loader is created the first time a batch function is used in a request and is
 * dropped with the request, so nothing is cached across users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<BatchFn<unknown, unknown>, DataLoader<unknown, unknown>>();

  load<K, V>(batch: BatchFn<K, V>, key: K): Promise<V> {
    let loader = this.loaders.get(batch as BatchFn<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(batch as BatchFn<unknown, unknown>, loader);
    }
    return loader.load(key);
  }
}

/** Orders batch results like the keys, with `null` for keys that have no row. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => found.get(k) ?? null);
}

/** Groups batch results per key, `[]` for keys that have no row. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
