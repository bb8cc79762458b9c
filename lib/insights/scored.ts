// Every post scored at one fixed age per account (./at-age.ts) with the project's own score
// (lib/score, docs/scoring.md): its log ratio against the account's usual at that age, and its
// engagement level against the account's all-time median at that age (for the long-term line, where a
// ratio against contemporaries would hide any change). Pure.
import type { Metric } from '@/lib/core/metrics';
import { platformConfig } from '@/lib/score/config';
import { scoreAccount } from '@/lib/score/score';
import { median } from '@/lib/score/stats';
import type { Score } from '@/lib/score/types';
import { countsAt, curveAt } from './at-age';
import { AGE_SHARE, DEFAULT_AGE_HOURS, FALLBACK_AGES, MIN_POSTS } from './config';
import type { AccountAge, InsightOptions, InsightPost } from './types';

export interface ScoredPost {
  post: InsightPost;
  /** ln(score): the post against its account's usual at the comparison age. */
  log: number;
  /** ln of its engagement at that age against its account's median over the whole history. */
  level: number;
  ageHours: number;
  score: Score;
}

type Counts = Partial<Record<Metric, number>>;
const INTERACTIONS = ['likes', 'comments', 'shares', 'saves'] as const;

/** ln(1 + count) per metric, quotes counted with shares as the score counts them. */
function logCounts(c: Counts): Partial<Record<Metric, number>> {
  const out: Partial<Record<Metric, number>> = {};
  for (const k of [...INTERACTIONS, 'views'] as const) {
    let v = c[k];
    if (k === 'shares' && c.quotes !== undefined) v = (v ?? 0) + c.quotes;
    if (v !== undefined) out[k] = Math.log1p(v);
  }
  return out;
}

/** Each post's mean log distance from the account's medians, over the interaction metrics it shows (views alone if none). */
function levels(all: Partial<Record<Metric, number>>[]): number[] {
  const med: Partial<Record<Metric, number>> = {};
  for (const k of [...INTERACTIONS, 'views'] as const) {
    const ys = all.map((c) => c[k]).filter((y): y is number => y !== undefined);
    if (ys.length >= MIN_POSTS) med[k] = median(ys);
  }
  return all.map((c) => {
    let sum = 0;
    let n = 0;
    for (const k of INTERACTIONS) {
      if (c[k] === undefined || med[k] === undefined) continue;
      sum += c[k]! - med[k]!;
      n++;
    }
    if (!n && c.views !== undefined && med.views !== undefined) return c.views - med.views;
    return n ? sum / n : Number.NaN;
  });
}

/**
 * The age this account is compared at: the one asked for; else the first of 24 h, the site's final age,
 * then 12, 6, 3 and 1 h that at least 80 % as many posts reached as the best of them (a history read
 * only in the first hours is still compared, at an age it covers).
 */
function chooseAge(posts: readonly InsightPost[], options: InsightOptions, satH: number) {
  const asked = options.ageHours;
  const ages = asked
    ? [Math.min(asked, satH)]
    : [...new Set([Math.min(DEFAULT_AGE_HOURS, satH), satH, ...FALLBACK_AGES.filter((a) => a < satH)])];
  const tries = ages.map((ageHours) => {
    const counts = posts.map((p) => countsAt(p, ageHours, ageHours >= satH, options.now));
    return { ageHours, counts, reached: counts.filter(Boolean).length };
  });
  const most = Math.max(...tries.map((t) => t.reached));
  return tries.find((t) => t.reached >= AGE_SHARE * most)!;
}

function scoreOne(posts: readonly InsightPost[], options: InsightOptions): [ScoredPost[], AccountAge] {
  const first = posts[0]!;
  const satH = platformConfig(first.platform).aSatH;
  const { ageHours, counts } = chooseAge(posts, options, satH);
  const kept = posts.flatMap((p, i) => (counts[i] ? [{ post: p, counts: counts[i]! }] : []));
  const scores = scoreAccount(
    kept.map((k) => curveAt(k.post, ageHours, k.counts)),
    { platform: first.platform, now: options.now, basis: options.basis, weights: options.weights },
  );
  const lv = levels(kept.map((k) => logCounts(k.counts)));
  const out: ScoredPost[] = [];
  kept.forEach((k, i) => {
    const score = scores.get(k.post.id);
    if (score?.state !== 'scored' || score.mode !== 'age-matched' || !score.ratio) return;
    out.push({ post: k.post, log: Math.log(score.ratio), level: lv[i]!, ageHours, score });
  });
  const age = {
    account: first.account,
    platform: first.platform,
    ageHours,
    posts: posts.length,
    compared: out.length,
  };
  return [out, age];
}

/** Scores every account's posts at its comparison age; posts not yet that old, or unscored, are left out. */
export function scoreAtAge(
  posts: readonly InsightPost[],
  options: InsightOptions,
): { scored: ScoredPost[]; accounts: AccountAge[] } {
  const byAccount = new Map<string, InsightPost[]>();
  const seen = new Set<string>();
  for (const p of posts) {
    if (!Number.isFinite(p.publishedAt) || p.publishedAt > options.now) continue;
    // A post given twice is one post (the score keys posts by id).
    if (seen.has(`${p.platform}:${p.id}`)) continue;
    seen.add(`${p.platform}:${p.id}`);
    const key = `${p.platform}\u0000${p.account}`;
    const list = byAccount.get(key);
    if (list) list.push(p);
    else byAccount.set(key, [p]);
  }
  const scored: ScoredPost[] = [];
  const accounts: AccountAge[] = [];
  for (const list of byAccount.values()) {
    const [s, a] = scoreOne(list, options);
    scored.push(...s);
    accounts.push(a);
  }
  return { scored, accounts };
}
