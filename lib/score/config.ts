// Constants of the "age-matched lift" score (docs/scoring.md). Everything tunable lives here so the model
// files hold no magic numbers; each site's timing and wording live with the site (lib/sites/<site>/site.ts).
import { DAY } from '@/lib/core/time';
import { isSiteId, siteInfo } from '@/lib/sites/catalog';

/** The metrics the score compares. Quotes are folded into shares before scoring (see curve.ts). */
export const SCORED = ['likes', 'comments', 'shares', 'saves', 'views'] as const;
export const NM = SCORED.length;
export const VIEWS = 4;
/** Indexes of the interaction metrics (everything but views) in SCORED. */
export const INTERACTION_IDX = [0, 1, 2, 3] as const;

/** Snapshots closer than this with unchanged counts add next to nothing (docs/scoring.md §1). */
export const DEDUPE_MS = 5 * 60_000;
/** Baseline: up to 30 posts, published within 180 days of the post (docs/scoring.md §4). */
export const MAX_BASELINE = 30;
export const WINDOW_MS = 180 * DAY;
/** Prefer the post's own format when at least this many comparable posts share it. */
export const SAME_FORMAT_MIN = 10;
/** Fewer comparable posts than this: no number, only "learning: needs n more posts". */
export const MIN_BASELINE = 5;
/** Below this n the displayed lift is shrunk, L* = L·n/(n+SHRINK_K) (empirical-Bayes style). */
export const SHRINK_BELOW = 12;
export const SHRINK_K = 5;
export const HIGH_AT = 30;
/** "~" when the ratio's standard error exp(1.2533·s/√n) − 1 exceeds this. */
export const SE_APPROX = 0.25;
/** 1.4826·MAD estimates σ for normal data; the floor keeps z finite when every baseline post is equal. */
export const MAD_SCALE = 1.4826;
export const S_FLOOR = 0.1;
/** SE of the median ≈ 1.2533·σ/√n (asymptotic, normal data). */
export const MEDIAN_SE = 1.2533;
/** Poisson guard: a metric whose usual count is below 5 is mostly counting noise, so it weighs half. */
export const POISSON_MEDIAN = 5;
export const POISSON_WEIGHT = 0.5;
/** Read a curve up to 2× past its last snapshot, and back to half its first (docs/scoring.md §2). */
export const EXTRAPOLATE_FACTOR = 2;
/** |modified z| above this marks an outlier (Iglewicz & Hoaglin's 3.5). */
export const OUTLIER_Z = 3.5;
/** Growth model: an age bucket needs this many posts' slopes before the account's own median is used. */
export const MIN_SLOPE_SAMPLES = 5;
/** A projection is called the account's own when its data covers at least this share of the age span. */
export const MIN_OWN_COVERAGE = 0.5;
/** Early pace: "behind pace" only when growth is clearly short of the prior's (priors are coarse). */
export const PACE_BEHIND = Math.log(0.8);

export type WeightPreset = 'equal' | 'depth';
/** Per interaction metric (likes, comments, shares, saves). Equal is the default: per-metric
 * normalisation already puts rare and common actions on one footing, X's stated goal for its 2023
 * ranker weights. "depth" leans the way X, Instagram and Facebook rank deeper actions, without ×10-×27. */
export const WEIGHTS: Record<WeightPreset, readonly number[]> = {
  equal: [1, 1, 1, 1],
  depth: [1, 1.5, 2, 1.5],
};

export interface PlatformConfig {
  id: string;
  name: string;
  /** Saturation age: after it a post's counts are treated as final. */
  aSatH: number;
  /** Prior curve F(a) = a/(a+h), the share of final engagement by age a; used only where the account
   * has too little curve data of its own. h is the age at which about half has arrived. */
  halfH: number;
  /** What the site calls likes, comments, shares, saves, views. */
  names: readonly [string, string, string, string, string];
}

const ALIASES: Record<string, string> = {
  twitter: 'x',
  'x.com': 'x',
  'twitter.com': 'x',
  bsky: 'bluesky',
  fb: 'facebook',
};

/** A site's timing and words from its site file; unknown sites get the middle of the known range (72 h). */
export function platformConfig(platform: string): PlatformConfig {
  const key = platform.trim().toLowerCase();
  const id = ALIASES[key] ?? key;
  if (isSiteId(id)) {
    const s = siteInfo(id);
    const n = s.metricNames;
    return {
      id,
      name: s.name,
      aSatH: s.timing.saturationHours,
      halfH: s.timing.halfHours,
      names: [n.likes, n.comments, n.shares, n.saves, n.views],
    };
  }
  return {
    id,
    name: platform || 'site',
    aSatH: 72,
    halfH: 3,
    names: ['likes', 'comments', 'shares', 'saves', 'views'],
  };
}
