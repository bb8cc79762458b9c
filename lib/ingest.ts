// Ingest: snapshots are written and acknowledged in one transaction per flush; the derived records
// (post record, summary) follow behind, coalesced, from a durable list of posts to bring up to date.
// Writing is idempotent, so a snapshot resent after a worker restart is stored once.
import type { StoreNames } from 'idb';
import {
  accountKey,
  type PostRecord,
  postKey,
  type ResonanceDB,
  type ResonanceSchema,
  type SnapshotFlag,
  type SummaryPoint,
  type SummaryRecord,
} from './db';
import { type Derived, dirtyRange, GENERATION_KEY, newDirtyMarker, settlePosts } from './derive';
import type { SnapshotInput } from './messages';
import { METRICS, type Metrics, metricsSignature } from './metrics';
import { normalizeHandle } from './platforms/types';
import { PostCache } from './post-cache';
import { DEDUPE_MS } from './score-config';
import { addPoint, buildSummary, pointOf } from './summary';

export { DEDUPE_MS };

export interface RecordResult {
  committed: string[];
  rejected: { key: string; reason: string }[];
}

/** What ingest remembers between flushes: recent posts, and which posts' derived records lag behind. */
export class IngestState {
  readonly cache = new PostCache();
  readonly dirty = new Set<string>();
  /** Each recent post's highest counts so far, for flagging drops without rescanning its points. */
  readonly peaks = new Map<string, Partial<Record<string, number>>>();
  /** Whether each account is tracked, as last read; cleared when tracking changes. */
  readonly tracked = new Map<string, boolean>();
  /** Posts read from the store while their stored records lagged: rebuilt from snapshots, never trusted. */
  readonly stale = new Set<string>();
  dirtyLoaded = false;
  /** The store's history generation when this memory was built (see derive.ts). */
  generation: unknown = undefined;

  /** Fresh summaries of posts whose stored summary lags, for scoring before they are written. */
  overlay(account: string): SummaryRecord[] {
    const out: SummaryRecord[] = [];
    for (const k of this.dirty) {
      const s = this.cache.get(k)?.summary;
      if (s && s.account === account) out.push(s);
    }
    return out;
  }
}

type Peak = Partial<Record<string, number>>;

/** The highest count each metric has reached in a post's stored points. */
function peakOf(points: readonly SummaryPoint[]): Peak {
  const peak: Peak = {};
  for (const p of points) {
    METRICS.forEach((m, i) => {
      const v = p[i + 1];
      if (typeof v === 'number') peak[m] = Math.max(peak[m] ?? 0, v);
    });
  }
  return peak;
}

/** A count below half its earlier peak (and at least 10 lower) is kept but flagged: a misread, a purge, a glitch. */
function dropFlags(metrics: Metrics, peak: Peak): SnapshotFlag[] | undefined {
  for (const m of METRICS) {
    const v = metrics[m]?.value;
    const p = peak[m];
    if (v !== undefined && p !== undefined && v < p / 2 && p - v >= 10) return ['drop'];
  }
  return undefined;
}

/**
 * Writes one batch of snapshots in one transaction: all of it or, if the transaction fails, none of it.
 * A new post's record is written with it (its page facts exist nowhere else); an existing post's
 * record and summary are marked to be rebuilt. Without a `state`, they are rebuilt before returning.
 */
export async function writeSnapshots(
  db: ResonanceDB,
  batch: readonly SnapshotInput[],
  state?: IngestState,
): Promise<RecordResult> {
  const st = state ?? new IngestState();
  const result: RecordResult = { committed: [], rejected: [] };
  const aKeys = [...new Set(batch.map((s) => accountKey(s.platform, normalizeHandle(s.author))))];
  const unknownAccounts = aKeys.filter((k) => !st.tracked.has(k));
  const pKeys = [...new Set(batch.map((s) => postKey(s.platform, s.postId)))];
  const missing = pKeys.filter((k) => !st.cache.has(k));
  // The transaction spans only the stores this batch needs: once accounts and posts are in memory and
  // already marked, a flush is a write to the snapshots store alone, like a raw put.
  const scope: StoreNames<ResonanceSchema>[] = ['snapshots'];
  if (unknownAccounts.length) scope.push('accounts');
  if (missing.length) scope.push('posts', 'summaries');
  if (!st.dirtyLoaded || pKeys.some((k) => !st.dirty.has(k))) scope.push('meta');
  const tx = db.transaction(scope, 'readwrite');
  const snapshots = tx.objectStore('snapshots');

  // Every read is issued at once so IndexedDB can pipeline them; cached posts are not read at all.
  const accountsRead = Promise.all(unknownAccounts.map((k) => tx.objectStore('accounts').get(k)));
  const dirtyRead = st.dirtyLoaded ? Promise.resolve([]) : tx.objectStore('meta').getAll(dirtyRange());
  const [accounts, dirtyStored, postRows, generation] = await Promise.all([
    accountsRead,
    dirtyRead,
    Promise.all(missing.map((k) => tx.objectStore('posts').get(k))),
    st.dirtyLoaded ? Promise.resolve(st.generation) : tx.objectStore('meta').get(GENERATION_KEY),
  ]);
  // Only a post already stored can have a summary: new posts (most first sightings) cost no second read.
  const summaryRows = await Promise.all(
    missing.map((k, i) => (postRows[i] ? tx.objectStore('summaries').get(k) : undefined)),
  );
  // Markers a stopped worker left (read once per worker); st.dirty is not copied per flush.
  const leftDirty = new Set<string>();
  for (const list of dirtyStored as unknown[])
    if (Array.isArray(list)) for (const k of list) leftDirty.add(k);
  const isDirty = (k: string) => st.dirty.has(k) || leftDirty.has(k);
  // Read now while lagging behind their snapshots: their records are not to be trusted.
  const stale = new Set(missing.filter(isDirty));
  for (const [i, k] of unknownAccounts.entries()) st.tracked.set(k, accounts[i]?.tracked === true);
  const tracked = new Set(aKeys.filter((k) => st.tracked.get(k)));
  const postOf = new Map(pKeys.map((k) => [k, st.cache.get(k)?.post]));
  const summaryOf = new Map(pKeys.map((k) => [k, st.cache.get(k)?.summary]));
  missing.forEach((k, i) => {
    postOf.set(k, postRows[i]);
    summaryOf.set(k, summaryRows[i]);
  });
  const known = new Set(pKeys.filter((k) => postOf.get(k)));

  const wanted = batch.filter((s) => {
    if (tracked.has(accountKey(s.platform, normalizeHandle(s.author)))) return true;
    result.rejected.push({ key: s.key, reason: `@${s.author} is not a tracked account` });
    return false;
  });
  // A summary lists every stored capture time, so a resent snapshot is found without a read, unless the
  // summary may lag (dirty and not in memory) or the post has none (no known time).
  const stored: unknown[] = wanted.map((s) => {
    const key = postKey(s.platform, s.postId);
    const summary = summaryOf.get(key);
    const current = summary && !stale.has(key) && !st.stale.has(key);
    if (current) {
      // Captures arrive in time order, so the usual answer is at the end.
      const pts = summary.points;
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
  wanted.forEach((s, i) => {
    const key = postKey(s.platform, s.postId);
    const existing = postOf.get(key);
    const unchanged = existing && metricsSignature(existing.latest) === metricsSignature(s.metrics);
    const recent = existing && Math.abs(s.capturedAt - existing.lastSeenAt) < DEDUPE_MS;
    if (stored[i] !== undefined || (unchanged && recent)) {
      result.committed.push(s.key);
      return;
    }
    const summary = summaryOf.get(key);
    let peak = st.peaks.get(key);
    if (!peak) {
      peak = peakOf(summary?.points ?? []);
      st.peaks.set(key, peak);
    }
    const flags = dropFlags(s.metrics, peak);
    for (const m of METRICS) {
      const v = s.metrics[m]?.value;
      if (v !== undefined) peak[m] = Math.max(peak[m] ?? 0, v);
    }
    writes.push(
      snapshots.put({ post: key, capturedAt: s.capturedAt, metrics: s.metrics, ...(flags ? { flags } : {}) }),
    );
    const newest = !existing || s.capturedAt >= existing.lastSeenAt;
    const record: PostRecord = {
      key,
      platform: s.platform,
      id: s.postId,
      account: accountKey(s.platform, normalizeHandle(s.author)),
      author: s.author,
      url: s.url,
      publishedAt: s.publishedAt ?? existing?.publishedAt ?? null,
      format: s.format ?? existing?.format,
      firstSeenAt: Math.min(existing?.firstSeenAt ?? s.capturedAt, s.capturedAt),
      lastSeenAt: newest ? s.capturedAt : existing.lastSeenAt,
      latest: newest ? s.metrics : existing.latest,
      snapshots: (existing?.snapshots ?? 0) + 1,
    };
    postOf.set(key, record);
    if (record.publishedAt !== null) {
      // The summary is updated in place: it belongs to this batch or to the cache, which drops it if the
      // transaction fails.
      const base = summary ?? buildSummary(record, []);
      addPoint(base, pointOf(s.capturedAt, s.metrics));
      base.publishedAt = record.publishedAt;
      base.format = record.format;
      summaryOf.set(key, base);
    }
    touched.add(key);
    result.committed.push(s.key);
  });
  const newlyDirty: string[] = [];
  for (const key of touched) {
    // A first sighting writes the post's page facts now; later ones only mark it to be rebuilt.
    if (!known.has(key)) writes.push(tx.objectStore('posts').put(postOf.get(key)!));
    if (!isDirty(key)) newlyDirty.push(key);
  }
  if (newlyDirty.length) writes.push(tx.objectStore('meta').put(newlyDirty, newDirtyMarker()));
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
  for (const k of newlyDirty) st.dirty.add(k);
  for (const k of stale) st.stale.add(k);
  for (const k of pKeys) st.cache.set(k, { post: postOf.get(k), summary: summaryOf.get(k) });
  if (!state) await settle(db, st);
  return result;
}

/** Writes every lagging post's record and summary: from memory where trusted, else rebuilt from snapshots. */
export async function settle(db: ResonanceDB, st: IngestState): Promise<number> {
  const known = new Map<string, Derived>();
  for (const k of st.dirty) {
    const c = st.cache.get(k);
    if (c?.post && !st.stale.has(k)) known.set(k, { post: c.post, summary: c.summary });
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
