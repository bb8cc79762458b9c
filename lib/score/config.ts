// Constants of the "age-matched lift" score (docs: /work/shared/reference/scoring.md) and the few
// per-site facts it needs. Everything tunable lives here so the model files hold no magic numbers.

/** The metrics the score compares. Quotes are folded into shares before scoring (see score-curve.ts). */
export const SCORED = ['likes', 'comments', 'shares', 'saves', 'views'] as const;
export type ScoredMetric = (typeof SCORED)[number];
export const NM = SCORED.length;
export const VIEWS = 4;
/** Indexes of the interaction metrics (everything but views) in SCORED. */
export const INTERACTION_IDX = [0, 1, 2, 3] as const;

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Snapshots closer than this with unchanged counts add next to nothing (scoring.md, step 1). */
export const DEDUPE_MS = 5 * 60_000;
/** Baseline: up to 30 posts, published within 180 days of the post (scoring.md, step 3). */
export const MAX_BASELINE = 30;
export const WINDOW_MS = 180 * DAY;
/** Prefer the post's own format when at least this many comparable posts share it. */
export const SAME_FORMAT_MIN = 10;
/** Fewer comparable posts than this: no number, only "learning (n/5)". */
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
/** Read a curve up to 2× past its last snapshot, and back to half its first (scoring.md, step 2). */
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

const GENERIC_NAMES = ['likes', 'comments', 'shares', 'saves', 'views'] as const;

// A_sat: scoring.md (X's 48 h is its For You age cutoff). Half-times: X from Pfeffer et al. (ICWSM
// 2023: median half-life ≈ 80 min); Facebook solved from "75 % of engagement within 5 h" with F
// normalised at 24 h (h = 30/13 h). Where no study was found, h = A_sat/24: between X's A_sat/h (36)
// and Facebook's (10). TikTok and YouTube: 28 d, as YouTube Studio's longest early window.
const PLATFORMS: PlatformConfig[] = [
  {
    id: 'x',
    name: 'X',
    aSatH: 48,
    halfH: 80 / 60,
    names: ['likes', 'replies', 'reposts', 'bookmarks', 'views'],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    aSatH: 24,
    halfH: 30 / 13,
    names: ['reactions', 'comments', 'shares', 'saves', 'views'],
  },
  { id: 'instagram', name: 'Instagram', aSatH: 72, halfH: 3, names: [...GENERIC_NAMES] },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    aSatH: 72,
    halfH: 3,
    names: ['reactions', 'comments', 'reposts', 'saves', 'impressions'],
  },
  {
    id: 'threads',
    name: 'Threads',
    aSatH: 72,
    halfH: 3,
    names: ['likes', 'replies', 'reposts', 'saves', 'views'],
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    aSatH: 28 * 24,
    halfH: 28,
    names: ['likes', 'comments', 'shares', 'favorites', 'views'],
  },
  { id: 'youtube', name: 'YouTube', aSatH: 28 * 24, halfH: 28, names: [...GENERIC_NAMES] },
  // Bluesky: same follow-graph + repost mechanics as X and no published decay study, so X's 48 h
  // (and X's prior) is the closest evidence.
  {
    id: 'bluesky',
    name: 'Bluesky',
    aSatH: 48,
    halfH: 80 / 60,
    names: ['likes', 'replies', 'reposts', 'saves', 'views'],
  },
  // Mastodon: no ranking algorithm; posts surface as followers scroll chronologically and as boosts
  // federate across servers and time zones, so the tail is slower than X's: same 72 h as Threads.
  {
    id: 'mastodon',
    name: 'Mastodon',
    aSatH: 72,
    halfH: 3,
    names: ['favourites', 'replies', 'boosts', 'bookmarks', 'views'],
  },
  // Reddit: in its open-sourced "hot" ranking a post 45,000 s (12.5 h) newer outranks one with 10× the
  // votes, so a day-old post needs 100× the votes to stay on a listing: 24 h, like Facebook.
  {
    id: 'reddit',
    name: 'Reddit',
    aSatH: 24,
    halfH: 1,
    names: ['upvotes', 'comments', 'shares', 'saves', 'views'],
  },
];

const ALIASES: Record<string, string> = {
  twitter: 'x',
  'x.com': 'x',
  'twitter.com': 'x',
  bsky: 'bluesky',
  fb: 'facebook',
};

/** Unknown sites get Instagram-like defaults (72 h), the middle of the known range. */
export function platformConfig(platform: string): PlatformConfig {
  const key = platform.trim().toLowerCase();
  const id = ALIASES[key] ?? key;
  const found = PLATFORMS.find((p) => p.id === id);
  if (found) return found;
  return { id, name: platform || 'site', aSatH: 72, halfH: 3, names: [...GENERIC_NAMES] };
}
