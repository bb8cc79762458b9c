// Ingest: snapshots are written and acknowledged in one transaction per flush; the derived records
// (each post's record and curve, in week buckets) follow behind, coalesced, from durable markers that name
// the posts to bring up to date. Writing is idempotent, so a snapshot resent after a worker restart is
// stored once.
import type { StoreNames } from 'idb';
import { sameMetrics } from '@/lib/core/metrics';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import type { RecordAck } from '@/lib/protocol/messages';
import { DEDUPE_MS } from '@/lib/score/config';
import { accountKey, siteInfo } from '@/lib/sites/catalog';
import { bucketOf, type ReadTx, readLocated, summaryOf } from '@/lib/store/buckets';
import { addPoint, pointOf } from '@/lib/store/points';
import {
  type Derived,
  dirtyRange,
  GENERATION_KEY,
  type MarkerEntry,
  newDirtyMarker,
  readMarkers,
  settlePosts,
} from '@/lib/store/rebuild';
import {
  type PostRecord,
  postKey,
  type ResonanceDB,
  type ResonanceSchema,
  type SummaryPoint,
  type SummaryRecord,
} from '@/lib/store/records';
import { dropFlags, type Peak, peakOf, raisePeak } from './drops';
import { PostCache } from './post-cache';

export { DEDUPE_MS };

/** What ingest remembers between flushes: recent posts, and which posts' derived records lag behind. */
export class IngestState {
  readonly cache = new PostCache();
  readonly dirty = new Set<string>();
  /** Each recent post's highest counts so far, for flagging drops without rescanning its points. */
  readonly peaks = new Map<string, Peak>();
  /** Whether each account is tracked, as last read; cleared when tracking changes. */
  readonly tracked = new Map<string, boolean>();
  /** Posts read from the store while their stored records lagged: rebuilt from snapshots, never trusted. */
  readonly stale = new Set<string>();
  dirtyLoaded = false;
  /** The store's history generation when this memory was built (see derive.ts). */
  generation: unknown = undefined;

  /** Fresh curves of posts whose stored bucket lags, for scoring before they are written. */
  overlay(account: string): SummaryRecord[] {
    const out: SummaryRecord[] = [];
    for (const k of this.dirty) {
      const d = this.cache.get(k);
      const s = d && d.post.account === account ? summaryOf(d) : undefined;
      if (s) out.push(s);
    }
    return out;
  }
}

/**
 * No two snapshots of one post are stored closer than this, whatever their counts: two readings that
 * close are two copies of the post read in one pass (one of them stale), not a change. Site scripts
 * also limit each post to a few snapshots a minute (lib/page/post-gate.ts).
 */
export const MIN_GAP_MS = 100;

/**
 * A snapshot within MIN_GAP_MS of the latest reading, or showing the same counts as the reading just
 * before it within DEDUPE_MS of it, adds nothing. "Before it" is the latest reading for a new snapshot, and the stored point preceding it for
 * one that arrives late (a resend), so a resent reading that was skipped the first time is skipped again.
 */
function repeatsReadingBefore(p: PostRecord, points: readonly SummaryPoint[], s: CheckedSnapshot): boolean {
  if (s.capturedAt >= p.lastSeenAt) {
    const after = s.capturedAt - p.lastSeenAt;
    return after < MIN_GAP_MS || (after < DEDUPE_MS && sameMetrics(p.latest, s.metrics));
  }
  let before: SummaryPoint | undefined;
  for (let k = points.length - 1; k >= 0; k--)
    if (points[k]![0] <= s.capturedAt) {
      before = points[k];
      break;
    }
  if (!before || s.capturedAt - before[0] >= DEDUPE_MS) return false;
  const now = pointOf(s.capturedAt, s.metrics);
  return now.every((v, k) => k === 0 || v === before[k]);
}

/**
 * The publication time to keep: a new reading's, unless the stored one is at least as precise ("3h" read
 * at 10:00 and again at 10:20 is the same post, not two times). Exact times are precision 0.
 */
function publication(
  p: PostRecord | undefined,
  s: CheckedSnapshot,
): Pick<PostRecord, 'publishedAt' | 'publishedPrecision'> {
  const keep =
    p !== undefined &&
    p.publishedAt !== null &&
    (s.publishedAt === null || (s.publishedPrecision ?? 0) >= (p.publishedPrecision ?? 0));
  const from = keep ? p : s;
  return {
    publishedAt: from.publishedAt ?? null,
    ...(from.publishedPrecision !== undefined ? { publishedPrecision: from.publishedPrecision } : {}),
  };
}

/** The facts a snapshot carries about its post differ from what is stored of it (they are re-marked). */
const factsDiffer = (p: PostRecord, s: CheckedSnapshot) =>
  p.url !== s.url ||
  p.author !== s.author ||
  publication(p, s).publishedAt !== p.publishedAt ||
  (s.format !== undefined && p.format !== s.format) ||
  (s.text !== undefined && p.text !== s.text);

const withText = (text: string | undefined) => (text === undefined ? {} : { text });

/** The text to keep: the newest reading's, else what is stored (a reading may lack it: a collapsed post). */
const textOf = (p: PostRecord | undefined, s: CheckedSnapshot, newest: boolean) =>
  (newest ? (s.text ?? p?.text) : (p?.text ?? s.text)) ?? undefined;

/**
 * Writes one batch of snapshots in one transaction: all of it or, if the transaction fails, none of it.
 * Posts' derived records are not written here: each post whose records now lag is named in one small
 * marker per flush (with its facts, if no bucket holds it yet). Without a `state`, they are written
 * before returning.
 */
export async function writeSnapshots(
  db: ResonanceDB,
  batch: readonly CheckedSnapshot[],
  state?: IngestState,
): Promise<RecordAck> {
  const st = state ?? new IngestState();
  const result: RecordAck = { committed: [], rejected: [] };
  // Each row's post and account keys, computed once.
  const keyOf = batch.map((s) => postKey(s.platform, s.postId));
  const accountOf = batch.map((s) => accountKey(s.platform, s.authorId));
  const aKeys = [...new Set(accountOf)];
  const unknownAccounts = aKeys.filter((k) => !st.tracked.has(k));
  const pKeys = [...new Set(keyOf)];
  const missing = pKeys.filter((k) => !st.cache.has(k));
  const refacts = batch.some((s, i) => {
    const d = st.cache.get(keyOf[i]!);
    return d !== undefined && factsDiffer(d.post, s);
  });
  // The transaction spans only the stores this batch needs: once accounts and posts are in memory and
  // already marked, a flush is a write to the snapshots store alone, like a raw put.
  const scope: StoreNames<ResonanceSchema>[] = ['snapshots'];
  if (unknownAccounts.length) scope.push('accounts');
  if (missing.length) scope.push('postBuckets', 'buckets');
  if (!st.dirtyLoaded || refacts || pKeys.some((k) => !st.dirty.has(k))) scope.push('meta');
  const tx = db.transaction(scope, 'readwrite');
  const snapshots = tx.objectStore('snapshots');

  // Every read is issued at once so IndexedDB can pipeline them; cached posts are not read at all.
  const neighbours = new Map<string, Derived>();
  const [accounts, markers, located, generation] = await Promise.all([
    Promise.all(unknownAccounts.map((k) => tx.objectStore('accounts').get(k))),
    st.dirtyLoaded
      ? Promise.resolve([])
      : (tx.objectStore('meta').getAll(dirtyRange()) as Promise<unknown[]>),
    readLocated(tx as unknown as ReadTx, missing, neighbours),
    st.dirtyLoaded ? Promise.resolve(st.generation) : tx.objectStore('meta').get(GENERATION_KEY),
  ]);
  // Markers a stopped worker left (read once per worker); st.dirty is not copied per flush.
  const leftDirty = new Set<string>();
  const leftFacts = new Map<string, PostRecord>();
  readMarkers(markers, leftDirty, leftFacts);
  const isDirty = (k: string) => st.dirty.has(k) || leftDirty.has(k);
  // Read now while lagging behind their snapshots: their records are not to be trusted.
  const stale = new Set(missing.filter(isDirty));
  for (const [i, k] of unknownAccounts.entries()) st.tracked.set(k, accounts[i]?.tracked === true);
  const tracked = new Set(aKeys.filter((k) => st.tracked.get(k)));
  const entries = new Map<string, Derived | undefined>(pKeys.map((k) => [k, st.cache.get(k)]));
  for (const k of missing) {
    const at = located.get(k);
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

  // Indices of the rows from tracked accounts.
  const wanted: number[] = [];
  batch.forEach((s, i) => {
    if (tracked.has(accountOf[i]!)) wanted.push(i);
    else
      result.rejected.push({
        key: s.key,
        reason: `${siteInfo(s.platform).accounts.show(s.author)} is not a tracked account`,
      });
  });
  // A post's points list every stored capture time, so a resent snapshot is found without a read, unless
  // they may lag (read while dirty). A post in no bucket and no marker has no snapshot at all.
  const stored: unknown[] = wanted.map((row) => {
    const s = batch[row]!;
    const key = keyOf[row]!;
    const d = entries.get(key);
    if (!d && !isDirty(key)) return undefined;
    if (d && !stale.has(key) && !st.stale.has(key)) {
      // Captures arrive in time order, so the usual answer is at the end.
      const pts = d.points;
      const last = pts[pts.length - 1];
      if (!last || last[0] < s.capturedAt) return undefined;
      return pts.some((p) => p[0] === s.capturedAt) ? key : undefined;
    }
    return snapshots.getKey([key, s.capturedAt]);
  });
  // Only rows that had to ask the store wait for an answer.
  if (stored.some((x) => x instanceof Promise)) {
    const answers = await Promise.all(stored);
    answers.forEach((a, i) => {
      stored[i] = a;
    });
  }

  const touched = new Set<string>();
  const writes: Promise<unknown>[] = [];
  const marker: MarkerEntry[] = [];
  const marked = new Set<string>();
  wanted.forEach((row, i) => {
    const s = batch[row]!;
    const key = keyOf[row]!;
    const entry = entries.get(key);
    const existing = entry?.post;
    if (stored[i] !== undefined || (existing && entry && repeatsReadingBefore(existing, entry.points, s))) {
      result.committed.push(s.key);
      return;
    }
    let peak = st.peaks.get(key);
    if (!peak) {
      peak = peakOf(entry?.points ?? []);
      st.peaks.set(key, peak);
    }
    const flags = dropFlags(s.metrics, peak);
    raisePeak(peak, s.metrics);
    writes.push(
      snapshots.put({ post: key, capturedAt: s.capturedAt, metrics: s.metrics, ...(flags ? { flags } : {}) }),
    );
    const newest = !existing || s.capturedAt >= existing.lastSeenAt;
    const record: PostRecord = {
      key,
      platform: s.platform,
      id: s.postId,
      account: accountOf[row]!,
      author: s.author,
      url: s.url,
      ...publication(existing, s),
      format: s.format ?? existing?.format,
      ...withText(textOf(existing, s, newest)),
      // The user's tags are no reading's: they are kept as they are.
      ...(existing?.tags ? { tags: existing.tags } : {}),
      firstSeenAt: Math.min(existing?.firstSeenAt ?? s.capturedAt, s.capturedAt),
      lastSeenAt: newest ? s.capturedAt : existing.lastSeenAt,
      latest: newest ? s.metrics : existing.latest,
      snapshots: (existing?.snapshots ?? 0) + 1,
    };
    // Points are updated in place: they belong to this batch or to the cache, which drops them if the
    // transaction fails.
    const points = entry?.points ?? [];
    addPoint(points, pointOf(s.capturedAt, s.metrics));
    const d: Derived = {
      post: record,
      points,
      bucket: entry?.bucket ?? bucketOf(record),
      indexed: entry?.indexed ?? false,
    };
    // A post no bucket holds, or whose facts changed, is marked with its facts: they exist nowhere else.
    const refact = existing !== undefined && factsDiffer(existing, s);
    if ((!isDirty(key) && !marked.has(key)) || refact) {
      marker.push(d.indexed && !refact ? key : record);
      marked.add(key);
    }
    entries.set(key, d);
    touched.add(key);
    result.committed.push(s.key);
  });
  if (marker.length) writes.push(tx.objectStore('meta').put(marker, newDirtyMarker()));
  try {
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    for (const k of pKeys) {
      st.cache.delete(k);
      st.peaks.delete(k);
    }
    throw e;
  }
  // Only what is committed goes into memory.
  if (st.peaks.size > 10_000) st.peaks.clear();
  if (!st.dirtyLoaded) st.generation = generation;
  st.dirtyLoaded = true;
  for (const k of leftDirty) st.dirty.add(k);
  for (const k of touched) st.dirty.add(k);
  for (const k of stale) st.stale.add(k);
  for (const k of pKeys) st.cache.set(k, entries.get(k));
  // The rest of each bucket read is remembered too (a bucket is read once per scroll, not once per flush);
  // those lagging behind their snapshots are as untrusted as any other read while dirty.
  for (const [k, d] of neighbours) {
    if (st.cache.has(k)) continue;
    st.cache.set(k, d);
    if (isDirty(k)) st.stale.add(k);
  }
  if (!state) await settle(db, st);
  return result;
}

/** Writes every lagging post's record and curve into its bucket: from memory where trusted, else rebuilt from snapshots. */
export async function settle(db: ResonanceDB, st: IngestState): Promise<number> {
  const known = new Map<string, Derived>();
  for (const k of st.dirty) {
    const d = st.cache.get(k);
    if (d && !st.stale.has(k)) known.set(k, d);
  }
  const { settled, derived, generation } = await settlePosts(db, st.dirty, known, st.generation);
  st.generation = generation;
  for (const k of settled) {
    st.dirty.delete(k);
    st.stale.delete(k);
    const d = derived.get(k);
    if (d) st.cache.set(k, d);
    else st.cache.delete(k);
  }
  st.dirtyLoaded = true;
  return settled.length;
}
