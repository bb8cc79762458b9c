// How often one post's readings leave the page: a changed count is sent at once while the post has a
// token, and each post has a few that come back slowly; changes made without one wait, and the last of
// them is sent when the next token comes. A page whose counts flip every 100 ms (a hostile one, or two
// copies of one post disagreeing) costs a few snapshots a minute, not ten a second.
import { sameMetrics } from '@/lib/core/metrics';
import type { PostReading } from '@/lib/sites/types';

/** A new token every 20 s, and at most 3 kept: a burst of real changes passes, a flood does not. */
export const TOKEN_MS = 20_000;
export const BURST = 3;

interface PostState {
  metrics: PostReading['metrics'];
  tokens: number;
  /** When the tokens were last counted. */
  at: number;
}

export class PostGate {
  readonly #posts = new Map<string, PostState>();
  readonly #waiting = new Map<string, PostReading>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  readonly #pass: (reading: PostReading, at: number) => void;
  readonly #now: () => number;
  readonly #released: () => void;
  readonly #tokenMs: number;

  constructor(
    /** Called with each reading let through and the time it is let through at. */
    pass: (reading: PostReading, at: number) => void,
    now: () => number,
    /** Called after readings that waited were let through (to send them). */
    released: () => void,
    tokenMs = TOKEN_MS,
  ) {
    this.#pass = pass;
    this.#now = now;
    this.#released = released;
    this.#tokenMs = tokenMs;
  }

  /** A post as read now: let through, held for its next token, or dropped when its counts are unchanged. */
  offer(p: PostReading): void {
    const now = this.#now();
    const state = this.#posts.get(p.id);
    if (state && sameMetrics(state.metrics, p.metrics)) {
      this.#waiting.delete(p.id);
      return;
    }
    if (state) this.#refill(state, now);
    if (state && state.tokens < 1) {
      this.#waiting.set(p.id, p);
      this.#arm(state.at + this.#tokenMs - now);
      return;
    }
    this.#waiting.delete(p.id);
    this.#send(p, now, state);
  }

  #refill(s: PostState, now: number): void {
    const earned = this.#tokenMs > 0 ? Math.floor((now - s.at) / this.#tokenMs) : BURST;
    if (earned <= 0) return;
    s.tokens = Math.min(BURST, s.tokens + earned);
    s.at = s.tokens === BURST ? now : s.at + earned * this.#tokenMs;
  }

  #send(p: PostReading, now: number, state: PostState | undefined): void {
    const s = state ?? { metrics: p.metrics, tokens: BURST, at: now };
    s.metrics = p.metrics;
    s.tokens -= 1;
    this.#posts.set(p.id, s);
    this.#pass(p, now);
  }

  #arm(ms: number): void {
    if (this.#timer) return;
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        // The wait itself earned the token: every reading still waiting goes now, whatever the clock says.
        const now = this.#now();
        for (const p of this.#waiting.values()) {
          const s = this.#posts.get(p.id);
          if (s) s.tokens = Math.max(1, s.tokens);
          this.#send(p, now, s);
        }
        this.#waiting.clear();
        this.#released();
      },
      Math.max(0, ms),
    );
  }

  /** Nothing waiting is let through any more. */
  stop(): void {
    clearTimeout(this.#timer ?? undefined);
  }
}
