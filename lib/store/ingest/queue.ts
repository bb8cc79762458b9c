// The background's ingest queue: batches from every tab are written together (at most FLUSH_MS or
// FLUSH_ROWS), each sender is answered after the commit, and derived records follow DERIVE_MS later,
// coalesced across flushes. Everything that writes goes through one chain, in order.

import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import type { RecordAck } from '@/lib/protocol/messages';
import type { Derived } from '@/lib/store/rebuild';
import type { ResonanceDB, SummaryRecord, WeekBucket } from '@/lib/store/records';
import { settleAll } from './settle';
import { IngestState, writeSnapshots } from './write';

/**
 * Told, in the order it happens, each bucket a settle wrote (as it is stored now), or null when history
 * changed by other means (a restore, a deletion, retention, tags): whatever was read of it is out of date.
 */
export type HistoryWatcher = (written: ReadonlyMap<string, WeekBucket> | null) => void;

export const FLUSH_MS = 250;
export const FLUSH_ROWS = 50;
/**
 * Derived records are written this long after the first flush that left them lagging, or at once when
 * this many posts lag. Nothing reads them stale: scoring overlays memory, buckets settle first, and a
 * stopped worker's successor rebuilds from the durable markers; a longer wait only coalesces more.
 */
export const DERIVE_MS = 5000;
export const DERIVE_POSTS = 2000;
/** The longest wait between tries of a settle that failed. */
export const RETRY_MAX_MS = 5 * 60_000;

interface Waiting {
  batch: CheckedSnapshot[];
  resolve(r: RecordAck): void;
  reject(e: unknown): void;
}

type Schedule = (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;

export class IngestQueue {
  private waiting: Waiting[] = [];
  private rows = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private deriveTimer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** The job in steps under way, if any (`inSteps`). */
  private stepped: Promise<unknown> = Promise.resolve();
  private state = new IngestState();
  private readonly watchers = new Set<HistoryWatcher>();

  constructor(
    private readonly db: () => Promise<ResonanceDB>,
    /** How flushes are delayed; tests pass one that never fires to prove what happens without the timer. */
    private readonly schedule: Schedule = (fn, ms) => setTimeout(fn, ms),
    /** Told how each settle went (null: fine), including those on the timer, which nobody awaits. */
    private readonly onSettled: (error: unknown) => void = () => {},
  ) {}

  submit(batch: CheckedSnapshot[]): Promise<RecordAck> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      this.rows += batch.length;
      if (this.rows >= FLUSH_ROWS) this.flush();
      else this.timer ??= this.schedule(() => this.flush(), FLUSH_MS);
    });
  }

  /** Writes every lagging post's derived records now (before scoring from the bucket, retention, export). */
  settle(): Promise<number> {
    if (this.deriveTimer) clearTimeout(this.deriveTimer);
    this.deriveTimer = null;
    return this.enqueue(async () => this.settleNow(await this.db())).then(
      (n) => {
        this.onSettled(null);
        return n;
      },
      (e) => {
        this.onSettled(e);
        throw e;
      },
    );
  }

  /**
   * Runs `work` alone in the write chain, after every lagging post is settled: a restore, a deletion or
   * retention never interleaves with ingest or with each other. What ingest remembered is then dropped,
   * since history changed under it. It waits for a job in steps (`inSteps`) to finish.
   */
  exclusive<T>(work: (db: ResonanceDB) => Promise<T>): Promise<T> {
    return this.stepped.then(() => this.exclusiveNow(work));
  }

  /**
   * A long job (a restore) as a series of exclusive steps: the tabs' saves are written between its steps,
   * while other exclusive jobs (a deletion, retention) wait for the whole job.
   */
  inSteps<T>(
    body: (step: <S>(work: (db: ResonanceDB) => Promise<S>) => Promise<S>) => Promise<T>,
  ): Promise<T> {
    const run = this.stepped.then(() => body((work) => this.exclusiveNow(work)));
    this.stepped = run.catch(() => {});
    return run;
  }

  private exclusiveNow<T>(work: (db: ResonanceDB) => Promise<T>): Promise<T> {
    if (this.deriveTimer) clearTimeout(this.deriveTimer);
    this.deriveTimer = null;
    return this.enqueue(async () => {
      const db = await this.db();
      await this.settleNow(db);
      try {
        return await work(db);
      } finally {
        this.forget();
      }
    });
  }

  /** Fresh curves of one account's lagging posts, for scoring before they are written. */
  overlay(account: string): SummaryRecord[] {
    return this.state.overlay(account);
  }

  /** One account's lagging posts as memory holds them (IngestState.lagging). */
  lagging(account: string): Derived[] {
    return this.state.lagging(account);
  }

  /** Follows what is written of history from now on; returns how to stop. */
  watch(watcher: HistoryWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private tell(written: ReadonlyMap<string, WeekBucket> | null): void {
    for (const w of this.watchers) w(written);
  }

  /** Settles, then tells the watchers what was written, before anything else in the chain runs. */
  private async settleNow(db: ResonanceDB): Promise<number> {
    const { settled, written } = await settleAll(db, this.state);
    if (written.size) this.tell(written);
    return settled;
  }

  /** The account of a post the worker has in memory (it may not be in any bucket yet). */
  accountOf(postKey: string): string | undefined {
    return this.state.cache.account(postKey);
  }

  /** Tracking changed: whether an account is tracked is read afresh. */
  accountsChanged(): void {
    this.state.tracked.clear();
  }

  /** History changed outside ingest (restore, deletion, retention): forget what was read, keep what lags. */
  forget(): void {
    const { dirty: lagging, dirtyLoaded } = this.state;
    this.state = new IngestState();
    // Still lagging, and whatever is read of them from now on is stale until rebuilt.
    for (const k of lagging) {
      this.state.dirty.add(k);
      this.state.stale.add(k);
    }
    this.state.dirtyLoaded = dirtyLoaded;
    this.tell(null);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => {});
    return run;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const group = this.waiting;
    this.waiting = [];
    this.rows = 0;
    if (!group.length) return;
    void this.enqueue(async () => {
      try {
        const all = await writeSnapshots(
          await this.db(),
          group.flatMap((w) => w.batch),
          this.state,
        );
        const committed = new Set(all.committed);
        const reasons = new Map(all.rejected.map((r) => [r.key, r.reason]));
        // One sender (the usual case): the answer is the flush's own.
        if (group.length === 1) group[0]!.resolve(all);
        else
          for (const w of group) {
            w.resolve({
              committed: w.batch.filter((s) => committed.has(s.key)).map((s) => s.key),
              rejected: w.batch.flatMap((s) =>
                reasons.has(s.key) ? [{ key: s.key, reason: reasons.get(s.key)! }] : [],
              ),
            });
          }
        this.scheduleDerive();
      } catch (e) {
        for (const w of group) w.reject(e);
      }
    });
  }

  private scheduleDerive(delay = DERIVE_MS): void {
    if (this.state.dirty.size >= DERIVE_POSTS && delay === DERIVE_MS) void this.settleOrRetry(delay);
    else
      this.deriveTimer ??= this.schedule(() => {
        this.deriveTimer = null;
        void this.settleOrRetry(delay);
      }, delay);
  }

  /**
   * A settle nobody awaits: if it fails (a full disk), it is tried again later, waiting twice as long each
   * time up to RETRY_MAX_MS, so records catch up once there is room even when no new reading arrives.
   */
  private settleOrRetry(delay: number): Promise<void> {
    return this.settle().then(
      () => {},
      () => {
        if (this.state.dirty.size) this.scheduleDerive(Math.min(RETRY_MAX_MS, delay * 2));
      },
    );
  }
}
