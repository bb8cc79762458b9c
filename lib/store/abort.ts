// Abandoning a transaction after a request was refused as it was made (a put throws at once for a value
// or key the store can't take): the transaction stays open otherwise, and would commit the requests made
// before the refused one, e.g. rows without the marker that names their posts.

interface Abortable {
  abort(): void;
  done: Promise<void>;
}

/** Aborts `tx` unless it has already finished, and waits for it and for `pending` to settle. */
export async function abandon(tx: Abortable, ...pending: unknown[]): Promise<void> {
  try {
    tx.abort();
  } catch {}
  await Promise.allSettled([...pending, tx.done]);
}
