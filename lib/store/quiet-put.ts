// Writes whose outcome is their transaction's. idb gives every request a promise of its own, with a
// success and an error listener: for the many small puts of a scroll's snapshots and buckets, that was
// more of the worker's time than the puts (scripts/bench/store.bench.ts). A failed request aborts its
// transaction, so awaiting the transaction's `done` still reports it, and nothing is half written.
import { unwrap } from 'idb';

interface Store {
  put(value: never, key?: never): unknown;
}

/** `store.put(value, key)`, answered only through its transaction. */
export function quietPut<S extends Store>(store: S, ...args: Parameters<S['put']>): void {
  const raw = unwrap(store as never) as unknown as IDBObjectStore;
  try {
    raw.put(...(args as [unknown, IDBValidKey?]));
  } catch (e) {
    // Refused as it is made (a value or key the store can't take): a throw aborts nothing by itself, and
    // the transaction would commit what was put before it. Aborted here, so nothing is half written.
    try {
      raw.transaction.abort();
    } catch {}
    throw e;
  }
}
