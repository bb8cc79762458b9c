// How often one post's readings leave the page: a changed count is sent, but no post more than once per
// gap; changes within the gap wait, and the last of them is sent when it ends. A page whose counts flip
// every 100 ms (a hostile one, or two copies of one post disagreeing) costs one snapshot per gap.
import { sameMetrics } from '@/lib/core/metrics';
import type { PostReading } from '@/lib/sites/types';

/** At most one snapshot of a post per 30 s: a curve needs minutes, not milliseconds. */
export const POST_GAP_MS = 30_000;

export class PostGate {
  /** Counts last let through, and when. */
  private readonly sent = new Map<string, { metrics: PostReading['metrics']; at: number }>();
  private readonly waiting = new Map<string, PostReading>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** Called with each reading let through and the time it is let through at. */
    private readonly pass: (reading: PostReading, at: number) => void,
    private readonly now: () => number,
    /** Called after readings that waited were let through (to send them). */
    private readonly released: () => void,
    private readonly gapMs = POST_GAP_MS,
  ) {}

  /** A post as read now: let through, held until its gap ends, or dropped when its counts are unchanged. */
  offer(p: PostReading): void {
    const last = this.sent.get(p.id);
    if (last && sameMetrics(last.metrics, p.metrics)) {
      this.waiting.delete(p.id);
      return;
    }
    const now = this.now();
    if (last && now - last.at < this.gapMs) {
      this.waiting.set(p.id, p);
      this.arm(last.at + this.gapMs - now);
      return;
    }
    this.waiting.delete(p.id);
    this.sent.set(p.id, { metrics: p.metrics, at: now });
    this.pass(p, now);
  }

  private arm(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        // The wait itself was the gap: every reading still waiting goes now, whatever the clock says.
        const now = this.now();
        for (const p of this.waiting.values()) {
          this.sent.set(p.id, { metrics: p.metrics, at: now });
          this.pass(p, now);
        }
        this.waiting.clear();
        this.released();
      },
      Math.max(0, ms),
    );
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
