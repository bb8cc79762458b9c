// One account's posts as the worker scores them: each post's cleaned curve, in the order the store holds
// them, kept in memory between requests so a page's few posts are scored without reading and cleaning the
// whole history each time. It is what accountCurves (lib/store/accounts.ts) builds, made incrementally:
// the same curves in the same order, so scoreAccount's arrangement and every score are the same.
import type { Account, CleanCurve, ScoreOptions } from '@/lib/score/score';
import { arrange, cleanCurve } from '@/lib/score/score';
import { decodePost } from '@/lib/store/bucket-codec';
import { summaryToCurve } from '@/lib/store/points';
import type { PostRecord, StoredPost, SummaryPoint, WeekBucket } from '@/lib/store/records';

/** What of a post's record its curve depends on (its text, URL and counts are not held). */
type Facts = Pick<
  PostRecord,
  'key' | 'account' | 'id' | 'publishedAt' | 'format' | 'snapshots' | 'firstSeenAt' | 'lastSeenAt'
>;

const factsOf = (p: PostRecord): Facts => ({
  key: p.key,
  account: p.account,
  id: p.id,
  publishedAt: p.publishedAt,
  format: p.format,
  snapshots: p.snapshots,
  firstSeenAt: p.firstSeenAt,
  lastSeenAt: p.lastSeenAt,
});

/** A post as held: the facts to tell when it changed, and its curve, cleaned. */
interface Held {
  post: Facts;
  /** Null for a post without a time: it has no curve and is not scored. */
  clean: CleanCurve | null;
  /** Its latest reading's time. */
  lastAt: number;
  /** When it was cleaned; a reading after that (a clock ahead) is cleaned again, from the points kept. */
  cleanedAt: number;
  points: SummaryPoint[] | null;
}

const lastAt = (points: readonly SummaryPoint[]) => points.reduce((m, p) => Math.max(m, p[0]), -Infinity);

/**
 * Whether two records of one post have the same curve. Only ingest changes history while the curves are
 * held (any other writer makes the worker drop them), and each reading it stores adds one point and one
 * to the count: equal counts, first and last readings, time and format mean the same points.
 */
const sameCurve = (a: Facts, b: Facts) =>
  a.snapshots === b.snapshots &&
  a.firstSeenAt === b.firstSeenAt &&
  a.lastSeenAt === b.lastSeenAt &&
  a.publishedAt === b.publishedAt &&
  a.format === b.format &&
  a.id === b.id;

export class AccountCurves {
  /** Each bucket's posts in the order the bucket holds them, by week. */
  private readonly weeks = new Map<number, string[]>();
  private readonly posts = new Map<string, Held>();
  /** Curves of lagging posts, by the entry memory holds (a new entry for every change). */
  private readonly fresh = new WeakMap<object, CleanCurve>();
  private arranged: { curves: CleanCurve[]; acc: Account } | null = null;

  constructor(private readonly aSatH: number) {}

  /** As summaryOf (lib/store/buckets.ts) and summaryToCurve make it for scoreAccount, cleaned. */
  private clean(p: Facts, points: SummaryPoint[], now: number): CleanCurve | null {
    if (p.publishedAt === null) return null;
    const s = {
      key: p.key,
      account: p.account,
      id: p.id,
      publishedAt: p.publishedAt,
      format: p.format,
      points,
    };
    return cleanCurve(summaryToCurve(s), now, this.aSatH);
  }

  /** Whether a stored post of this account is held (by its key, lib/store/records.ts postKey). */
  holds(key: string): boolean {
    return this.posts.has(key);
  }

  /** A bucket as it is stored now (read, or just written by a settle). */
  put(bucket: WeekBucket, now: number): void {
    this.weeks.set(bucket.week, Object.keys(bucket.posts));
    for (const [key, raw] of Object.entries(bucket.posts)) {
      const e = decodePost(raw);
      const had = this.posts.get(key);
      if (had && sameCurve(had.post, e.post)) continue;
      const at = lastAt(e.points);
      const post = factsOf(e.post);
      this.posts.set(key, {
        post,
        clean: this.clean(post, e.points, now),
        lastAt: at,
        cleanedAt: now,
        points: at > now ? e.points : null,
      });
    }
  }

  /** A held post's curve at `now`; undefined when it would need readings no longer held (a clock turned back). */
  private heldCurve(h: Held, now: number): CleanCurve | null | undefined {
    if (h.lastAt <= h.cleanedAt) return h.lastAt <= now ? h.clean : undefined;
    // A reading after it was cleaned: clean it again, for good once that reading is past.
    const clean = this.clean(h.post, h.points!, now);
    if (h.lastAt <= now) Object.assign(h, { clean, cleanedAt: now, points: null });
    return clean;
  }

  private freshCurve(d: StoredPost, now: number): CleanCurve | null {
    const past = lastAt(d.points) <= now;
    const known = past ? this.fresh.get(d) : undefined;
    if (known) return known;
    const clean = this.clean(d.post, d.points, now);
    if (clean && past) this.fresh.set(d, clean);
    return clean;
  }

  /**
   * The account's curves in accountCurves' order: the stored posts with a time, bucket by bucket, each as
   * memory has it fresher if it lags; then lagging posts no bucket holds with a time. Undefined when the
   * held curves can't say (the caller reads the account again).
   */
  curves(lagging: readonly StoredPost[], now: number): CleanCurve[] | undefined {
    const fresh = new Map<string, StoredPost>();
    for (const d of lagging) if (d.post.publishedAt !== null) fresh.set(d.post.key, d);
    const out: CleanCurve[] = [];
    const stored = new Set<string>();
    for (const week of [...this.weeks.keys()].sort((a, b) => a - b))
      for (const key of this.weeks.get(week)!) {
        const h = this.posts.get(key);
        if (!h || h.post.publishedAt === null) continue;
        stored.add(key);
        const d = fresh.get(key);
        const c = d ? this.freshCurve(d, now) : this.heldCurve(h, now);
        if (c === undefined) return undefined;
        if (c) out.push(c);
      }
    for (const [key, d] of fresh) {
      if (stored.has(key)) continue;
      const c = this.freshCurve(d, now);
      if (c) out.push(c);
    }
    return out;
  }

  /**
   * The account arranged for scoring (lib/score/score.ts arrange), again only when a curve changed, and
   * then from the last arrangement: its growth model is updated where curves changed, not made whole.
   */
  arrange(curves: CleanCurve[], options: ScoreOptions): Account {
    const last = this.arranged;
    if (last && last.curves.length === curves.length && last.curves.every((c, i) => c === curves[i]))
      return last.acc;
    const { acc } = arrange(curves, options, last?.acc);
    this.arranged = { curves, acc };
    return acc;
  }
}
