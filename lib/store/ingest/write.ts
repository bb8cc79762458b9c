// Ingest: snapshots are written and acknowledged in one transaction per flush; the derived records
// (each post's record and curve, in week buckets) follow behind, coalesced, from durable markers that name
// the posts to bring up to date. Writing is idempotent, so a snapshot resent after a worker restart is
// stored once.
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import type { RecordAck } from '@/lib/protocol/messages';
import { DEDUPE_MS } from '@/lib/score/config';
import { siteInfo } from '@/lib/sites/catalog';
import { abandon } from '@/lib/store/abort';
import { bucketId, bucketOf } from '@/lib/store/buckets';
import { addPoint, pointOf } from '@/lib/store/points';
import { quietPut } from '@/lib/store/quiet-put';
import { type Derived, type MarkerEntry, newDirtyMarker } from '@/lib/store/rebuild';
import type { ResonanceDB, SnapshotRecord } from '@/lib/store/records';
import { dropFlags, peakOf, raisePeak } from './drops';
import {
  type Known,
  knownPosts,
  type Plan,
  planOf,
  type Read,
  readFor,
  storedAlready,
  type Tx,
} from './read';
import { factsDiffer, MIN_GAP_MS, nextRecord, repeatsReadingBefore } from './record';
import { settle } from './settle';
import { IngestState } from './state';

export { DEDUPE_MS, IngestState, MIN_GAP_MS, settle };

/** Buckets held whole at most (a week of one account's posts each). */
const MAX_HELD = 500;

/**
 * Writes one batch of snapshots in one transaction: all of it or, if the transaction fails, none of it.
 * Posts' derived records are not written here: each post whose records now lag is named in a marker
 * (with its facts, if no bucket holds it yet), unless a marker already names it. Without a `state`, they
 * are written before returning.
 */
export async function writeSnapshots(
  db: ResonanceDB,
  batch: readonly CheckedSnapshot[],
  state?: IngestState,
): Promise<RecordAck> {
  const st = state ?? new IngestState();
  const p = planOf(batch, st);
  const tx = db.transaction(p.scope, 'readwrite');
  const reading = readFor(tx, batch, p, st);
  const read = reading instanceof Promise ? await reading : reading;
  const known = knownPosts(p, st, read);
  const result: RecordAck = { committed: [], rejected: [] };
  // Indices of the rows from tracked accounts.
  const wanted: number[] = [];
  batch.forEach((s, i) => {
    if (known.tracked.has(p.accountOf[i]!)) wanted.push(i);
    else
      result.rejected.push({
        key: s.key,
        reason: `${siteInfo(s.platform).accounts.show(s.author)} is not a tracked account`,
      });
  });
  const asked = storedAlready(tx, batch, p, st, known, wanted);
  const stored = asked instanceof Promise ? await asked : asked;
  let w: ReturnType<typeof applyRows>;
  try {
    w = applyRows(tx, batch, p, st, known, wanted, stored, result);
    // Every request is made: committing now rather than when their answers reach this page took realistic
    // visits from 0.72–0.74 to 0.82–0.84 of a raw put (scripts/bench/store.bench.ts, same machine, alternating).
    tx.commit();
    await tx.done;
  } catch (e) {
    await abandon(tx);
    for (const k of p.pKeys) {
      st.cache.delete(k);
      st.peaks.delete(k);
    }
    throw e;
  }
  remember(p, st, read, known, w);
  if (!state) await settle(db, st);
  return result;
}

/**
 * Puts each new reading, updates its post in `k.entries` (in place: the points belong to this batch or to
 * the cache, which drops them if the transaction fails), and writes one marker naming what now lags and no
 * marker names yet. A post in a bucket held whole is named with every post of that bucket, so the rest of
 * a scroll through it needs no marker at all; a post no bucket holds, or whose facts changed, is named
 * with its facts: they exist nowhere else.
 */
function applyRows(
  tx: Tx,
  batch: readonly CheckedSnapshot[],
  p: Plan,
  st: IngestState,
  k: Known,
  wanted: readonly number[],
  stored: readonly unknown[],
  result: RecordAck,
) {
  const snapshots = tx.objectStore('snapshots');
  const touched = new Set<string>();
  const marker: MarkerEntry[] = [];
  const marked = new Set<string>();
  const mark = (e: MarkerEntry) => {
    marker.push(e);
    marked.add(typeof e === 'string' ? e : e.key);
  };
  const named = (key: string) => k.isDirty(key) || st.covered.has(key) || marked.has(key);
  wanted.forEach((row, i) => {
    const s = batch[row]!;
    const key = p.keyOf[row]!;
    const entry = k.entries.get(key);
    const existing = entry?.post;
    result.committed.push(s.key);
    if (stored[i] !== undefined || (existing && entry && repeatsReadingBefore(existing, entry.points, s)))
      return;
    let peak = st.peaks.get(key);
    if (!peak) {
      peak = peakOf(entry?.points ?? []);
      st.peaks.set(key, peak);
    }
    const flags = dropFlags(s.metrics, peak);
    raisePeak(peak, s.metrics);
    const put: SnapshotRecord = { post: key, capturedAt: s.capturedAt, metrics: s.metrics };
    if (flags) put.flags = flags;
    quietPut(snapshots, put);
    const record = nextRecord(existing, s, key, p.accountOf[row]!);
    const points = entry?.points ?? [];
    addPoint(points, pointOf(s.capturedAt, s.metrics));
    const d: Derived = {
      post: record,
      points,
      bucket: entry?.bucket ?? bucketOf(record),
      indexed: entry?.indexed ?? false,
    };
    if ((existing !== undefined && factsDiffer(existing, s)) || (!named(key) && !d.indexed)) mark(record);
    else if (!named(key)) {
      const all = k.heldKeys(bucketId(d.bucket));
      for (const other of all?.includes(key) ? all : [key]) if (!named(other)) mark(other);
    }
    k.entries.set(key, d);
    touched.add(key);
  });
  if (marker.length) quietPut(tx.objectStore('meta'), marker, newDirtyMarker());
  return { touched, marked };
}

/** After the commit: only what is committed goes into memory. */
function remember(p: Plan, st: IngestState, read: Read, k: Known, w: ReturnType<typeof applyRows>): void {
  if (st.peaks.size > 10_000) st.peaks.clear();
  if (!st.dirtyLoaded) {
    st.generation = read.generation;
    st.markers = read.markers.length;
  }
  if (w.marked.size && st.markers !== null) st.markers++;
  st.dirtyLoaded = true;
  for (const key of w.marked) st.covered.add(key);
  for (const key of k.leftDirty) st.dirty.add(key);
  for (const key of w.touched) st.dirty.add(key);
  for (const key of k.stale) st.stale.add(key);
  for (const key of p.pKeys) st.cache.set(key, k.entries.get(key));
  // Bucket images only save reads: a long session's are dropped rather than kept without end.
  if (st.held.size > MAX_HELD) st.held.clear();
  for (const [id, keys] of read.whole) st.held.set(id, keys);
  // The rest of each bucket read is remembered too (a bucket is read once per scroll, not once per flush);
  // those lagging behind their snapshots are as untrusted as any other read while dirty.
  for (const [key, e] of read.neighbours) {
    if (st.cache.has(key)) continue;
    st.cache.setEncoded(key, e);
    if (k.isDirty(key)) st.stale.add(key);
  }
}
