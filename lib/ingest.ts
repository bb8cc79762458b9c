// Ingest in the background: snapshots from every tab are gathered and written in one transaction per
// flush (at most FLUSH_MS or FLUSH_ROWS), then each sender is answered. Writing is idempotent, so a
// snapshot resent after a worker restart is stored once.
import { accountKey, type PostRecord, postKey, type ResonanceDB, type SnapshotFlag } from './db';
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

/** Writes one batch in one transaction: all of it or, if the transaction fails, none of it. */
export async function writeSnapshots(
  db: ResonanceDB,
  batch: readonly SnapshotInput[],
): Promise<RecordResult> {
  const result: RecordResult = { committed: [], rejected: [] };
  const tx = db.transaction(['accounts', 'posts', 'snapshots', 'summaries'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const posts = tx.objectStore('posts');
  const snapshots = tx.objectStore('snapshots');
  const summaries = tx.objectStore('summaries');
  const tracked = new Map<string, boolean>();
  for (const s of batch) {
    const aKey = accountKey(s.platform, normalizeHandle(s.author));
    if (!tracked.has(aKey)) tracked.set(aKey, (await accounts.get(aKey))?.tracked === true);
    if (!tracked.get(aKey)) {
      result.rejected.push({ key: s.key, reason: `@${s.author} is not a tracked account` });
      continue;
    }
    const key = postKey(s.platform, s.postId);
    const existing = await posts.get(key);
    const unchanged = existing && metricsSignature(existing.latest) === metricsSignature(s.metrics);
    const resent = (await snapshots.getKey([key, s.capturedAt])) !== undefined;
    if (resent || (existing && unchanged && Math.abs(s.capturedAt - existing.lastSeenAt) < DEDUPE_MS)) {
      result.committed.push(s.key);
      continue;
    }
    const summary = await summaries.get(key);
    const peak: Record<string, number> = {};
    for (const p of summary?.points ?? []) {
      METRICS.forEach((m, i) => {
        const v = p[i + 1];
        if (typeof v === 'number') peak[m] = Math.max(peak[m] ?? 0, v);
      });
    }
    const flags = dropFlags(s.metrics, peak);
    await snapshots.put({
      post: key,
      capturedAt: s.capturedAt,
      metrics: s.metrics,
      ...(flags ? { flags } : {}),
    });
    const newest = !existing || s.capturedAt >= existing.lastSeenAt;
    const record: PostRecord = {
      key,
      platform: s.platform,
      id: s.postId,
      account: aKey,
      author: s.author,
      url: s.url,
      publishedAt: s.publishedAt ?? existing?.publishedAt ?? null,
      format: s.format ?? existing?.format,
      firstSeenAt: Math.min(existing?.firstSeenAt ?? s.capturedAt, s.capturedAt),
      lastSeenAt: newest ? s.capturedAt : existing.lastSeenAt,
      latest: newest ? s.metrics : existing.latest,
      snapshots: (existing?.snapshots ?? 0) + 1,
    };
    await posts.put(record);
    if (record.publishedAt !== null) {
      const base = summary ?? buildSummary(record, []);
      await summaries.put({
        ...withPoint(base, pointOf(s.capturedAt, s.metrics)),
        publishedAt: record.publishedAt,
        format: record.format,
      });
    }
    result.committed.push(s.key);
  }
  await tx.done;
  return result;
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
