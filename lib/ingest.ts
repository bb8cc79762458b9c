// Ingest in the background: snapshots from every tab are gathered and written in one transaction per
// flush (at most FLUSH_MS or FLUSH_ROWS), then each sender is answered. Writing is idempotent, so a
// snapshot resent after a worker restart is stored once.
import {
  accountKey,
  type PostRecord,
  postKey,
  type ResonanceDB,
  type SnapshotFlag,
  type SummaryPoint,
  type SummaryRecord,
} from './db';
import type { SnapshotInput } from './messages';
import { METRICS, type Metrics, metricsSignature } from './metrics';
import { normalizeHandle } from './platforms/types';
import { DEDUPE_MS } from './score-config';
import { buildSummary, pointOf, withPoint } from './summary';

export { DEDUPE_MS };
export const FLUSH_MS = 250;
export const FLUSH_ROWS = 50;

/** A count below half its earlier peak (and at least 10 lower) is kept but flagged: a misread, a purge, a glitch. */
function dropFlags(metrics: Metrics, peak: Partial<Record<string, number>>): SnapshotFlag[] | undefined {
  for (const m of METRICS) {
    const v = metrics[m]?.value;
    const p = peak[m];
    if (v !== undefined && p !== undefined && v < p / 2 && p - v >= 10) return ['drop'];
  }
  return undefined;
}

export interface RecordResult {
  committed: string[];
  rejected: { key: string; reason: string }[];
}

/**
 * Writes one batch in one transaction: all of it or, if the transaction fails, none of it. Every read
 * the batch needs is issued at once and every write without waiting, so IndexedDB can pipeline them.
 */
export async function writeSnapshots(
  db: ResonanceDB,
  batch: readonly SnapshotInput[],
  cache?: PostCache,
): Promise<RecordResult> {
  const result: RecordResult = { committed: [], rejected: [] };
  const tx = db.transaction(['accounts', 'posts', 'snapshots', 'summaries'], 'readwrite');
  const posts = tx.objectStore('posts');
  const snapshots = tx.objectStore('snapshots');
  const summaries = tx.objectStore('summaries');

  const aKeys = [...new Set(batch.map((s) => accountKey(s.platform, normalizeHandle(s.author))))];
  const accounts = await Promise.all(aKeys.map((k) => tx.objectStore('accounts').get(k)));
  const tracked = new Set(aKeys.filter((_, i) => accounts[i]?.tracked));
  const wanted = batch.filter((s) => {
    if (tracked.has(accountKey(s.platform, normalizeHandle(s.author)))) return true;
    result.rejected.push({ key: s.key, reason: `@${s.author} is not a tracked account` });
    return false;
  });
  const pKeys = [...new Set(wanted.map((s) => postKey(s.platform, s.postId)))];
  const missing = pKeys.filter((k) => !cache?.has(k));
  const [postRows, summaryRows] = await Promise.all([
    Promise.all(missing.map((k) => posts.get(k))),
    Promise.all(missing.map((k) => summaries.get(k))),
  ]);
  const postOf = new Map(pKeys.map((k) => [k, cache?.get(k)?.post]));
  const summaryOf = new Map(pKeys.map((k) => [k, cache?.get(k)?.summary]));
  missing.forEach((k, i) => {
    postOf.set(k, postRows[i]);
    summaryOf.set(k, summaryRows[i]);
  });
  // A post's summary lists every stored capture time, so a resent snapshot is found without a read;
  // only posts without a known time (no summary) ask the snapshots store.
  const stored = await Promise.all(
    wanted.map((s) => {
      const key = postKey(s.platform, s.postId);
      const summary = summaryOf.get(key);
      if (summary) return summary.points.some((p) => p[0] === s.capturedAt) ? key : undefined;
      return snapshots.getKey([key, s.capturedAt]);
    }),
  );
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
    const flags = dropFlags(s.metrics, peakOf(summary?.points ?? []));
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
      const base = summary ?? buildSummary(record, []);
      const point = pointOf(s.capturedAt, s.metrics);
      summaryOf.set(key, {
        ...withPoint(base, point),
        publishedAt: record.publishedAt,
        format: record.format,
      });
    }
    touched.add(key);
    result.committed.push(s.key);
  });
  for (const key of touched) {
    writes.push(posts.put(postOf.get(key)!));
    const summary = summaryOf.get(key);
    if (summary) writes.push(summaries.put(summary));
  }
  try {
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    for (const k of pKeys) cache?.delete(k);
    throw e;
  }
  // Only what is committed goes into the cache.
  for (const k of pKeys) cache?.set(k, { post: postOf.get(k), summary: summaryOf.get(k) });
  return result;
}

/**
 * The worker's memory of the posts it wrote last, so a post seen again is not read back from the store.
 * Anything that writes history elsewhere (a restore, a deletion, retention) must clear it.
 */
export class PostCache {
  private readonly map = new Map<string, { post?: PostRecord; summary?: SummaryRecord }>();
  constructor(private readonly limit = 5000) {}
  has(key: string) {
    return this.map.has(key);
  }
  get(key: string) {
    const v = this.map.get(key);
    if (v) {
      // Least recently used goes first: re-insert to mark as fresh.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: { post?: PostRecord; summary?: SummaryRecord }) {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }
  delete(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}

/** The highest count each metric has reached in a post's summary. */
function peakOf(points: readonly SummaryPoint[]): Record<string, number> {
  const peak: Record<string, number> = {};
  for (const p of points) {
    METRICS.forEach((m, i) => {
      const v = p[i + 1];
      if (typeof v === 'number') peak[m] = Math.max(peak[m] ?? 0, v);
    });
  }
  return peak;
}

interface Waiting {
  batch: SnapshotInput[];
  resolve(r: RecordResult): void;
  reject(e: unknown): void;
}

/** Gathers batches from all senders and flushes them together; each sender gets its own answer after the commit. */
export class Ingestor {
  private waiting: Waiting[] = [];
  private rows = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly cache = new PostCache();

  /** History changed outside ingest (restore, deletion, retention): read posts afresh. */
  forget(): void {
    this.cache.clear();
  }

  constructor(
    private readonly db: () => Promise<ResonanceDB>,
    /** How a flush is delayed; tests pass one that never fires to prove a full batch goes at once. */
    private readonly schedule: (fn: () => void, ms: number) => ReturnType<typeof setTimeout> = (fn, ms) =>
      setTimeout(fn, ms),
  ) {}

  submit(batch: SnapshotInput[]): Promise<RecordResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      this.rows += batch.length;
      if (this.rows >= FLUSH_ROWS) this.flush();
      else this.timer ??= this.schedule(() => this.flush(), FLUSH_MS);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const group = this.waiting;
    this.waiting = [];
    this.rows = 0;
    if (!group.length) return;
    // One flush at a time, in order: a later snapshot of a post never commits before an earlier one.
    this.writing = this.writing.then(async () => {
      try {
        const all = await writeSnapshots(
          await this.db(),
          group.flatMap((w) => w.batch),
        );
        const committed = new Set(all.committed);
        const reasons = new Map(all.rejected.map((r) => [r.key, r.reason]));
        for (const w of group) {
          w.resolve({
            committed: w.batch.filter((s) => committed.has(s.key)).map((s) => s.key),
            rejected: w.batch.flatMap((s) =>
              reasons.has(s.key) ? [{ key: s.key, reason: reasons.get(s.key)! }] : [],
            ),
          });
        }
      } catch (e) {
        for (const w of group) w.reject(e);
      }
    });
  }
}
