// Settling: every lagging post's record and curve written into its bucket, and the markers dropped.
// When memory knows everything (each lagging post computed from committed snapshots, each bucket's other
// posts as stored, the markers this store holds), it is written in one round: the buckets from memory, with
// the history generation and the marker count checked in the same transaction, which is abandoned for the
// full path (markers read, lagging posts rebuilt from snapshots where not trusted) if either moved.
import { abandon } from '@/lib/store/abort';
import { encodePost } from '@/lib/store/bucket-codec';
import { bucketId, type WriteTx, writeLocated } from '@/lib/store/buckets';
import { type Derived, dirtyRange, GENERATION_KEY, settlePosts } from '@/lib/store/rebuild';
import type { BucketKey, ResonanceDB, WeekBucket } from '@/lib/store/records';
import type { IngestState } from './state';

/** Writes every lagging post's record and curve into its bucket: from memory where trusted, else rebuilt from snapshots. */
export async function settle(db: ResonanceDB, st: IngestState): Promise<number> {
  return (await settleAll(db, st)).settled;
}

/** What a settle wrote: how many posts, and each bucket written as it is stored now. */
export interface Settled {
  settled: number;
  written: ReadonlyMap<string, WeekBucket>;
}

/** `settle`, telling the buckets written. */
export async function settleAll(db: ResonanceDB, st: IngestState): Promise<Settled> {
  const known = new Map<string, Derived>();
  for (const k of st.dirty) {
    const d = st.cache.peek(k);
    if (d && !st.stale.has(k)) known.set(k, d);
  }
  if (st.dirtyLoaded && st.markers !== null && known.size === st.dirty.size) {
    const written = await settleKnown(db, st, known);
    if (written) {
      settled(st, [...known.keys()], known, written);
      return { settled: known.size, written };
    }
  }
  // Posts markers name that did not change are as memory holds them, if it holds them.
  for (const k of st.covered) {
    const d = known.has(k) || st.dirty.has(k) ? undefined : st.cache.peek(k);
    if (d) known.set(k, d);
  }
  const before = st.generation;
  const result = await settlePosts(db, st.dirty, known, before);
  st.generation = result.generation;
  if (result.generation !== before) {
    // History changed behind this memory (a writer outside the queue): nothing it holds is trusted.
    st.cache.clear();
    st.peaks.clear();
    st.held.clear();
  }
  settled(st, result.settled, result.derived, result.written);
  st.dirtyLoaded = true;
  return { settled: result.settled.length, written: result.written };
}

/** After a settle committed: memory holds what was written, nothing lags, no marker is left. */
function settled(
  st: IngestState,
  keys: readonly string[],
  derived: ReadonlyMap<string, Derived>,
  written: ReadonlyMap<string, WeekBucket>,
): void {
  for (const k of keys) {
    st.dirty.delete(k);
    st.stale.delete(k);
    const d = derived.get(k);
    if (d) st.cache.set(k, { ...d, indexed: true }, written.get(bucketId(d.bucket))?.posts[k]);
    else st.cache.delete(k);
  }
  for (const [id, bucket] of written) st.held.set(id, Object.keys(bucket.posts));
  st.covered.clear();
  st.markers = 0;
}

/**
 * A bucket's stored content, from memory: every post it holds is cached (those lagging are in `derived`,
 * as they are to be written, and encoded by writeLocated). The others go back as the store holds them,
 * encoded only if memory has them decoded alone. Undefined when one is missing: the bucket is read instead.
 */
function fromMemory(
  st: IngestState,
  derived: ReadonlyMap<string, Derived>,
  id: string,
  [account, week]: BucketKey,
): WeekBucket | undefined {
  const keys = st.held.get(id);
  if (!keys) return undefined;
  const posts: Record<string, string> = {};
  for (const k of keys) {
    // A lagging post keeps its place in the bucket's order (scoring reads posts in it); writeLocated fills
    // it in. One memory places in another bucket is not this bucket's to fill: the bucket is read instead.
    const lagging = derived.get(k);
    if (lagging) {
      if (bucketId(lagging.bucket) !== id) return undefined;
      posts[k] = '';
      continue;
    }
    const raw = st.cache.stored(k);
    const d = raw === undefined ? st.cache.peek(k) : undefined;
    if (raw === undefined && !d) return undefined;
    posts[k] = raw ?? encodePost(d!);
  }
  return { account, week, posts };
}

/**
 * Writes `derived` (every lagging post) in one round, checking in the same transaction that nothing else
 * wrote history and that the store's markers are the ones memory knows. Null, with nothing written, if not.
 */
async function settleKnown(
  db: ResonanceDB,
  st: IngestState,
  derived: ReadonlyMap<string, Derived>,
): Promise<Map<string, WeekBucket> | null> {
  const tx = db.transaction(['buckets', 'postBuckets', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  // Requests run in the order they are made: both answers come before any write is done.
  const checked = Promise.all([meta.get(GENERATION_KEY), meta.count(dirtyRange())]);
  const deleted = st.markers ? meta.delete(dirtyRange()) : undefined;
  const located = writeLocated(tx as unknown as WriteTx, derived.values(), (id, key) =>
    fromMemory(st, derived, id, key),
  );
  let answers: [[unknown, number], Map<string, WeekBucket>];
  try {
    answers = await Promise.all([checked, located]);
  } catch (e) {
    await abandon(tx, deleted);
    throw e;
  }
  const [[generation, markers], written] = answers;
  if (generation !== st.generation || markers !== st.markers) {
    await abandon(tx, deleted);
    return null;
  }
  // Every request is made: committing now saves the wait for their answers to reach this page.
  tx.commit();
  await Promise.all([deleted, tx.done]);
  return written;
}
