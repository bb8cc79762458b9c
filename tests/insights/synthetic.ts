// Synthetic histories for the insights' tests: posts of one account with log-normal engagement, read a
// few times as they age (growth a/(a + 3 h)), with an effect planted on chosen posts, or none. Seeded, so
// every run sees the same histories.
import { exactCount } from '@/lib/core/metrics';
import { DAY, HOUR, WEEK } from '@/lib/core/time';
import { seeded } from '@/lib/insights/random';
import type { InsightPost } from '@/lib/insights/types';

/** A small seeded generator: the project's own (mulberry32). */
export const rng = seeded;

/** A standard normal draw (Box–Muller). */
export function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

const WORDS = [
  'roast',
  'espresso',
  'filter',
  'origin',
  'harvest',
  'brew',
  'grinder',
  'latte',
  'beans',
  'morning',
];
const STOP = ['the', 'and', 'our', 'with', 'for', 'this', 'is', 'a'];
const HASHTAGS = ['#coffee', '#espresso', '#barista', '#roastery', '#slowmornings', '#beans'];
const FORMATS = ['text', 'image', 'video'] as const;
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;

export interface Synth {
  seed: number;
  /** Posts in the history (when `perWeek` is not given). */
  posts?: number;
  days?: number;
  start?: number;
  platform?: string;
  handle?: string;
  /** Posts published in week w (0-based): for quantity, so weeks differ. */
  perWeek?: (week: number, r: () => number) => number;
  /** The planted effect: a multiplier of the post's engagement (1 = none). `weekPosts`: posts that week. */
  effect?: (post: InsightPost, weekPosts: number) => number;
  /** Standard deviation of log engagement from post to post. */
  noise?: number;
}

function times(o: Synth, r: () => number, start: number): number[] {
  const days = o.days ?? 180;
  if (!o.perWeek) {
    return Array.from({ length: o.posts ?? 150 }, () => start + Math.floor(r() * days * DAY)).sort(
      (a, b) => a - b,
    );
  }
  const out: number[] = [];
  for (let w = 0; w * 7 < days; w++) {
    const k = o.perWeek(w, r);
    for (let i = 0; i < k; i++) out.push(start + w * WEEK + Math.floor(r() * WEEK));
  }
  return out.sort((a, b) => a - b);
}

/** Counts seen at age `a` hours of a post whose engagement ends at `final`. */
const at = (final: number, a: number) => Math.round((final * a) / (a + 3));

export function history(o: Synth): InsightPost[] {
  const r = rng(o.seed);
  const start = o.start ?? Date.UTC(2026, 0, 5);
  const platform = o.platform ?? 'x';
  const handle = o.handle ?? 'LumenRoasters';
  const published = times(o, r, start);
  const weekOf = (t: number) => Math.floor((t - start) / WEEK);
  const perWeek = new Map<number, number>();
  for (const t of published) perWeek.set(weekOf(t), (perWeek.get(weekOf(t)) ?? 0) + 1);
  return published.map((publishedAt, i) => {
    const words = Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(r, r() < 0.4 ? STOP : WORDS));
    const tags = r() < 0.15 ? ['question hook'] : r() < 0.1 ? ['giveaway'] : [];
    const post: InsightPost = {
      platform,
      account: `${platform}:${handle.toLowerCase()}`,
      handle,
      id: String(1000 + i),
      publishedAt,
      format: pick(r, FORMATS),
      text: `${words.join(' ')} ${r() < 0.5 ? pick(r, HASHTAGS) : ''}`.trim(),
      tags,
      snapshots: [],
    };
    const lift = o.effect?.(post, perWeek.get(weekOf(publishedAt))!) ?? 1;
    const likes = 60 * Math.exp((o.noise ?? 0.5) * gauss(r)) * lift;
    const comments = likes * 0.12 * Math.exp(0.4 * gauss(r));
    const shares = likes * 0.06 * Math.exp(0.4 * gauss(r));
    const ages = [0.5 + 2.5 * r(), 5 + 11 * r(), 26 + 14 * r(), 60 + 30 * r()];
    post.snapshots = ages.map((a) => ({
      at: publishedAt + Math.round(a * HOUR),
      metrics: { likes: at(likes, a), comments: at(comments, a), shares: at(shares, a) },
    }));
    return post;
  });
}

/** The end of a history: after every reading of every post. */
export function endOf(posts: readonly InsightPost[]): number {
  return Math.max(...posts.flatMap((p) => p.snapshots.map((s) => s.at))) + HOUR;
}

/** The same posts as a version-1 backup file (posts' text and tags included). */
export function toBackup(posts: readonly InsightPost[], exportedAt: number) {
  const handles = new Map(posts.map((p) => [p.account, { platform: p.platform, handle: p.handle! }]));
  return {
    format: 'resonance-backup',
    version: 1,
    exportedAt: new Date(exportedAt).toISOString(),
    accounts: [...handles.values()].map((a) => ({ ...a, tracked: true })),
    posts: posts.map((p) => ({
      platform: p.platform,
      id: p.id,
      url: `https://x.com/${p.handle}/status/${p.id}`,
      author: p.handle,
      publishedAt: new Date(p.publishedAt).toISOString(),
      ...(p.format ? { format: p.format } : {}),
      ...(p.text ? { text: p.text } : {}),
      ...(p.tags?.length ? { tags: p.tags } : {}),
    })),
    snapshots: posts.flatMap((p) =>
      p.snapshots.map((s) => ({
        platform: p.platform,
        postId: p.id,
        capturedAt: new Date(s.at).toISOString(),
        metrics: Object.fromEntries(Object.entries(s.metrics).map(([k, v]) => [k, exactCount(v!)])),
      })),
    ),
  };
}
