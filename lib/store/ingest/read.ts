// A flush's reads: what of a batch memory lacks, read in one round (accounts, markers, the posts and their
// buckets), and which of its rows are stored already. Nothing is written here.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import { accountKey } from '@/lib/sites/catalog';
import { bucketId, bucketOf, type Encoded, type ReadTx, readLocated, weekOf } from '@/lib/store/buckets';
import { type Derived, dirtyRange, GENERATION_KEY, readMarkers } from '@/lib/store/rebuild';
import { type BucketKey, type PostRecord, postKey, type ResonanceSchema } from '@/lib/store/records';
import { factsDiffer } from './record';
import type { IngestState } from './state';

export type Tx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], 'readwrite'>;

/** A batch's keys, computed once, and what of it memory lacks. */
export function planOf(batch: readonly CheckedSnapshot[], st: IngestState) {
  const keyOf = batch.map((s) => postKey(s.platform, s.postId));
  const accountOf = batch.map((s) => accountKey(s.platform, s.authorId));
  const aKeys = [...new Set(accountOf)];
  const pKeys = [...new Set(keyOf)];
  const plan = {
    keyOf,
    accountOf,
    aKeys,
    pKeys,
    unknownAccounts: aKeys.filter((k) => !st.tracked.has(k)),
    missing: pKeys.filter((k) => !st.cache.has(k)),
  };
  const refacts = batch.some((s, i) => {
    const d = st.cache.peek(keyOf[i]!);
    return d !== undefined && factsDiffer(d.post, s);
  });
  // The transaction spans only the stores this batch needs: once accounts and posts are in memory and
  // already marked, a flush is a write to the snapshots store alone, like a raw put.
  const scope: StoreNames<ResonanceSchema>[] = ['snapshots'];
  if (plan.unknownAccounts.length) scope.push('accounts');
  if (plan.missing.length) scope.push('postBuckets', 'buckets');
  if (!st.dirtyLoaded || refacts || pKeys.some((k) => !st.dirty.has(k) && !st.covered.has(k)))
    scope.push('meta');
  return { ...plan, scope };
}
export type Plan = ReturnType<typeof planOf>;

/** The buckets the batch's posts not in memory are probably in: their publication weeks (else the reading's). */
function guesses(batch: readonly CheckedSnapshot[], p: Plan, st: IngestState): BucketKey[] {
  const missing = new Set(p.missing);
  const out = new Map<string, BucketKey>();
  batch.forEach((s, i) => {
    if (!missing.has(p.keyOf[i]!) || st.tracked.get(p.accountOf[i]!) === false) return;
    const key: BucketKey = [p.accountOf[i]!, weekOf(s.publishedAt ?? s.capturedAt)];
    out.set(bucketId(key), key);
  });
  return [...out.values()];
}

/**
 * What the flush reads, every request at once so IndexedDB pipelines them: unknown accounts, the markers
 * and generation (once per worker), and posts not in memory, with their buckets held whole. When memory
 * has it all, nothing is read and nothing is awaited.
 */
export function readFor(tx: Tx, batch: readonly CheckedSnapshot[], p: Plan, st: IngestState) {
  const neighbours = new Map<string, Encoded>();
  const whole = new Map<string, string[]>();
  const nothing = { accounts: [], markers: [], located: new Map(), generation: st.generation };
  const base = { neighbours, whole };
  if (st.dirtyLoaded && !p.unknownAccounts.length && !p.missing.length) return { ...base, ...nothing };
  return Promise.all([
    Promise.all(p.unknownAccounts.map((k) => tx.objectStore('accounts').get(k))),
    st.dirtyLoaded ? [] : (tx.objectStore('meta').getAll(dirtyRange()) as Promise<unknown[]>),
    readLocated(tx as unknown as ReadTx, p.missing, {
      neighbours,
      guesses: guesses(batch, p, st),
      whole: (id, keys) => whole.set(id, keys),
    }),
    st.dirtyLoaded ? st.generation : tx.objectStore('meta').get(GENERATION_KEY),
  ]).then(([accounts, markers, located, generation]) => ({
    ...base,
    accounts,
    markers,
    located,
    generation,
  }));
}
export type Read = Awaited<ReturnType<typeof readFor>>;

/** Each post of the batch as stored (or as a stopped worker's marker left it), and which may lag. */
export function knownPosts(p: Plan, st: IngestState, read: Read) {
  // Markers a stopped worker left (read once per worker); st.dirty is not copied per flush.
  const leftDirty = new Set<string>();
  const leftFacts = new Map<string, PostRecord>();
  readMarkers(read.markers, leftDirty, leftFacts);
  const isDirty = (k: string) => st.dirty.has(k) || leftDirty.has(k);
  // Read now while lagging behind their snapshots: their records are not to be trusted.
  const stale = new Set(p.missing.filter(isDirty));
  for (const [i, k] of p.unknownAccounts.entries()) st.tracked.set(k, read.accounts[i]?.tracked === true);
  const tracked = new Set(p.aKeys.filter((k) => st.tracked.get(k)));
  const entries = new Map<string, Derived | undefined>(p.pKeys.map((k) => [k, st.cache.get(k)]));
  for (const k of p.missing) {
    const at = read.located.get(k);
    const facts = leftFacts.get(k);
    // A post first seen since the last settle is in no bucket yet: its marker holds its facts.
    if (facts)
      entries.set(k, {
        post: facts,
        points: at?.points ?? [],
        bucket: at?.bucket ?? bucketOf(facts),
        indexed: at?.indexed ?? false,
      });
    else entries.set(k, at);
  }
  // The posts of a bucket held whole: read by this flush, or before.
  const heldKeys = (id: string) => read.whole.get(id) ?? st.held.get(id);
  return { leftDirty, isDirty, stale, tracked, entries, heldKeys };
}
export type Known = ReturnType<typeof knownPosts>;

/**
 * Which rows are stored already. A post's points list every stored capture time, so a resent snapshot is
 * found without a read, unless they may lag (read while dirty). A post in no bucket and no marker has no
 * snapshot at all. Only rows that had to ask the store wait for an answer.
 */
export function storedAlready(
  tx: Tx,
  batch: readonly CheckedSnapshot[],
  p: Plan,
  st: IngestState,
  k: Known,
  wanted: readonly number[],
): unknown[] | Promise<unknown[]> {
  const snapshots = tx.objectStore('snapshots');
  const stored: unknown[] = wanted.map((row) => {
    const s = batch[row]!;
    const key = p.keyOf[row]!;
    const d = k.entries.get(key);
    if (!d && !k.isDirty(key)) return undefined;
    if (d && !k.stale.has(key) && !st.stale.has(key)) {
      // Captures arrive in time order, so the usual answer is at the end.
      const pts = d.points;
      const last = pts[pts.length - 1];
      if (!last || last[0] < s.capturedAt) return undefined;
      return pts.some((x) => x[0] === s.capturedAt) ? key : undefined;
    }
    return snapshots.getKey([key, s.capturedAt]);
  });
  return stored.some((x) => x instanceof Promise) ? Promise.all(stored) : stored;
}
