// Derived records: a post's record (latest counts, first/last seen, snapshot count) and its curve are
// always recomputable from its snapshots, which are the truth. Ingest writes snapshots at once and the
// derived records behind it, into week buckets (lib/buckets.ts); restore and retention rebuild them the same way.

import { abandon } from './abort';
import { bucketOf, type Located, type ReadTx, readLocated, type WriteTx, writeLocated } from './buckets';
import { fromSnapshots } from './points';
import type { PostRecord, ResonanceDB, SnapshotRecord, WeekBucket } from './records';

/** A post's derived records, with where its bucket is. */
export type Derived = Located;

/** One post's snapshots: keys are [post, capturedAt], so its whole history is one key range. */
export const postHistory = (key: string) => IDBKeyRange.bound([key, -Infinity], [key, Infinity]);

/**
 * Recomputes posts from their stored snapshots inside `tx`; nothing is written. A post's facts (URL,
 * author, time, format) come from `facts` where given, else from its bucket; posts with neither, or with
 * no snapshot left, are skipped. A post in `whole` has that history, in key order, as all it has in `tx`
 * (a restore's post the store held nothing of): it is not read back.
 */
export async function rebuildInTx(
  tx: ReadTx,
  keys: Iterable<string>,
  facts: ReadonlyMap<string, PostRecord> = new Map(),
  whole: ReadonlyMap<string, readonly SnapshotRecord[]> = new Map(),
): Promise<Map<string, Derived>> {
  const list = [...keys];
  const [stored, histories] = await Promise.all([
    readLocated(tx, list),
    Promise.all(list.map((k) => whole.get(k) ?? tx.objectStore('snapshots').getAll(postHistory(k)))),
  ]);
  const out = new Map<string, Derived>();
  list.forEach((key, i) => {
    const at = stored.get(key);
    const base = facts.get(key) ?? at?.post;
    const rows = histories[i]!;
    if (!base || rows.length === 0) return;
    const e = fromSnapshots(base, rows);
    out.set(key, { ...e, bucket: at?.bucket ?? bucketOf(e.post), indexed: at?.indexed ?? false });
  });
  return out;
}

/**
 * Posts whose derived records lag their snapshots are listed in the meta store, one small marker per
 * flush (`dirty:<id>` → MarkerEntry[]), so a stopped worker's successor knows what to rebuild.
 */
export const DIRTY_PREFIX = 'dirty:';

/**
 * Bumped by every writer of history other than ingest (restore, deletion, retention), inside its own
 * transaction, so ingest knows when what it remembers of the store may be out of date.
 */
export const GENERATION_KEY = 'generation';

type MetaStore = { put(value: unknown, key: string): Promise<unknown> };
export function bumpGeneration(meta: MetaStore): Promise<unknown> {
  return meta.put(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, GENERATION_KEY);
}
export const dirtyRange = () => IDBKeyRange.bound(DIRTY_PREFIX, `${DIRTY_PREFIX}\uffff`);

let markerSeq = 0;
export const newDirtyMarker = () =>
  `${DIRTY_PREFIX}${Date.now().toString(36)}-${(markerSeq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * A marker lists posts whose derived records lag: a post key (its bucket holds its facts), or the whole
 * record of a post no bucket holds yet (first seen since the last settle), so nothing is known only in memory.
 */
export type MarkerEntry = string | PostRecord;

/** Adds every post the markers name to `keys`, and the facts they carry to `facts` (later markers win). */
export function readMarkers(
  markers: readonly unknown[],
  keys: Set<string>,
  facts: Map<string, PostRecord>,
): void {
  for (const list of markers) {
    if (!Array.isArray(list)) continue;
    for (const e of list as unknown[]) {
      if (typeof e === 'string') keys.add(e);
      else if (e && typeof e === 'object' && typeof (e as PostRecord).key === 'string') {
        keys.add((e as PostRecord).key);
        facts.set((e as PostRecord).key, e as PostRecord);
      }
    }
  }
}

/**
 * Writes the derived records of `keys` and of every post a marker lists, then drops the markers, in one
 * transaction. `known` holds records computed in memory from what was committed; the others (after a
 * restart, or after history changed elsewhere) are rebuilt from their snapshots.
 */
export async function settlePosts(
  db: ResonanceDB,
  keys: Iterable<string>,
  known: ReadonlyMap<string, Derived> = new Map(),
  generation?: unknown,
): Promise<{
  settled: string[];
  derived: Map<string, Derived>;
  generation: unknown;
  /** Each bucket written, as it is stored now. */
  written: Map<string, WeekBucket>;
}> {
  const tx = db.transaction(['buckets', 'postBuckets', 'snapshots', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const [markers, current] = await Promise.all([
    meta.getAll(dirtyRange()) as Promise<unknown[]>,
    meta.get(GENERATION_KEY),
  ]);
  const all = new Set(keys);
  const facts = new Map<string, PostRecord>();
  readMarkers(markers, all, facts);
  // Records from memory are written only if nothing else wrote history since they were read (a restore,
  // a deletion, retention: each bumps the generation); otherwise every post is rebuilt from the store.
  const trustMemory = current === generation;
  const derived = new Map<string, Derived>();
  for (const k of all) {
    const d = trustMemory ? known.get(k) : undefined;
    if (d) derived.set(k, d);
  }
  const rebuilt = await rebuildInTx(
    tx as unknown as ReadTx,
    [...all].filter((k) => !derived.has(k)),
    facts,
  );
  for (const [k, d] of rebuilt) derived.set(k, d);
  const deleted = meta.delete(dirtyRange());
  const located = writeLocated(tx as unknown as WriteTx, derived.values());
  let written: Map<string, WeekBucket>;
  try {
    written = await located;
  } catch (e) {
    // A bucket refused as it was put: the markers stay, or the posts would lag with nothing naming them.
    await abandon(tx, deleted);
    throw e;
  }
  await Promise.all([deleted, tx.done]);
  for (const [k, d] of derived) derived.set(k, { ...d, indexed: true });
  return { settled: [...all], derived, generation: current, written };
}
