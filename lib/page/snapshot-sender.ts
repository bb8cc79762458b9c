// Snapshots leave the page in batches and stay queued until the background says each is committed or
// refused; a background that is away (a stopped worker) is retried, with nothing lost or sent twice.

import type { ContentSend, SnapshotInput } from '@/lib/protocol/messages';
import type { PostReading } from '@/lib/sites/types';

/** At most this many snapshots per message, so one flush stays one small transaction. */
const BATCH = 50;

/** 0.5 s, 1 s, 2 s … up to 30 s: a restarting service worker is back within a second or two. */
function defaultRetry(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** (attempt - 1));
}

/** The snapshot of a reading, captured at `capturedAt`, under the idempotency key `key`. */
export function snapshotOf(p: PostReading, capturedAt: number, key: string): SnapshotInput {
  // What only the page shows (hidden counts, reaction kinds) stays; an absent field goes as undefined,
  // which the background's check takes as absent (lib/protocol/checks/posts.ts).
  const { id, hidden, reactions, ...reading } = p;
  return { ...reading, key, postId: id, capturedAt };
}

export interface SenderEvents {
  /** A batch was answered: these posts' snapshots are stored, except those refused (post id → reason). */
  answered(postIds: string[], refused: Map<string, string>): void;
  /** Sending failed; it will be retried. */
  failed(postIds: string[]): void;
}

export class SnapshotSender {
  #queue: SnapshotInput[] = [];
  /** How many queued snapshots each post has: asked of every post shown, each time scores come back. */
  readonly #queued = new Map<string, number>();
  #inflight = false;
  #attempt = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  lastError: string | null = null;

  readonly #send: ContentSend;
  readonly #signal: AbortSignal;
  readonly #events: SenderEvents;
  readonly #retryMs: (attempt: number) => number;

  constructor(
    send: ContentSend,
    signal: AbortSignal,
    events: SenderEvents,
    retryMs: (attempt: number) => number = defaultRetry,
  ) {
    this.#send = send;
    this.#signal = signal;
    this.#events = events;
    this.#retryMs = retryMs;
  }

  get pending(): number {
    return this.#queue.length;
  }

  isPending(postId: string): boolean {
    return this.#queued.has(postId);
  }

  add(snapshot: SnapshotInput): void {
    this.#queue.push(snapshot);
    this.#count(snapshot.postId, 1);
  }

  #count(postId: string, by: number): void {
    const n = (this.#queued.get(postId) ?? 0) + by;
    if (n) this.#queued.set(postId, n);
    else this.#queued.delete(postId);
  }

  flush(): void {
    if (this.#inflight || this.#retryTimer || this.#queue.length === 0 || this.#signal.aborted) return;
    const batch = this.#queue.slice(0, BATCH);
    const ids = batch.map((s) => s.postId);
    this.#inflight = true;
    this.#send('recordSnapshots', { batch })
      .then((res) => {
        const done = new Set([...res.committed, ...res.rejected.map((r) => r.key)]);
        const postOf = new Map(batch.map((s) => [s.key, s.postId]));
        const refused = new Map(res.rejected.map((r) => [postOf.get(r.key) ?? '', r.reason]));
        // Kept unless answered; an answered one is counted off (#count returns nothing: dropped).
        this.#queue = this.#queue.filter((s) => !done.has(s.key) || this.#count(s.postId, -1));
        this.lastError = null;
        this.#attempt = 0;
        this.#events.answered(ids, refused);
      })
      .catch((e: Error) => {
        this.lastError = e.message;
        this.#retryTimer = setTimeout(
          () => {
            this.#retryTimer = null;
            this.flush();
          },
          this.#retryMs(++this.#attempt),
        );
        this.#events.failed(ids);
      })
      .finally(() => {
        this.#inflight = false;
        if (!this.#retryTimer) this.flush();
      });
  }
}
