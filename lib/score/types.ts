// Public data shapes of the score. Plain data only, so they cross message boundaries unchanged.
import type { Metric } from '@/lib/core/metrics';

export type { Metric };

export type Snapshot = {
  /** Capture time, epoch ms. */
  at: number;
  metrics: Partial<Record<Metric, number>>;
  /** The account's follower count when this snapshot was taken, if the page showed it. */
  followers?: number;
};

export type Curve = {
  id: string;
  /** Epoch ms. */
  publishedAt: number;
  format?: string;
  snapshots: Snapshot[];
};

/** What the headline is computed on: raw counts with views reported beside them, counts per
 * follower at posting time, or raw counts alone. */
export type Basis = 'views' | 'followers' | 'raw';

export type ScoreOptions = {
  platform: string;
  /** Epoch ms. Snapshots after it are ignored, so a replay at an earlier `now` sees what was known then. */
  now: number;
  /** 'auto' (default): views when the post and baseline show them, else followers, else raw. */
  basis?: 'auto' | Basis;
  /** 'equal' (default) or 'depth' (comments ×1.5, shares ×2, saves ×1.5). */
  weights?: 'equal' | 'depth';
};

export type MetricLift = {
  /** × usual for this metric (shrunk toward 1 while n < 12, like the headline). */
  ratio: number;
  /** Robust z: log-lift over the baseline's 1.4826·MAD (floored at 0.10). */
  z: number;
  /** The post's count at the comparison age (projected when the score is). */
  value?: number;
  /** The baseline's median count at that age (per-follower basis: scaled to the post's followers). */
  usual?: number;
  /** Weight in the composite; 0 for views, halved by the small-count guard. */
  weight?: number;
};

export type Score = {
  state: 'learning' | 'scored';
  /** Baseline size: comparable posts the number rests on. */
  n: number;
  /** The age the post was compared at: its age at its latest snapshot, capped at the site's saturation age. */
  ageHours: number;
  /** exp(L_E), shrunk while n < 12: the headline "× usual". */
  ratio?: number;
  /** Hazen percentile (0-100) of the post's composite within baseline ∪ {post}. */
  percentile?: number;
  confidence: 'learning' | 'low' | 'normal' | 'high';
  perMetric: Partial<Record<Metric, MetricLift>>;
  /** One-line badge text. */
  explanation: string;

  // Optional detail for the popup and the badge's styling.
  platform?: string;
  basis?: Basis;
  /** How the number was reached. 'pace': no history at all, no multiplier, only on/behind pace. */
  mode?: 'age-matched' | 'projected' | 'pace' | 'learning';
  /** True when the badge shows "~": low confidence, projected, or standard error above 25 %. */
  approximate?: boolean;
  /** Standard error of the ratio, exp(1.2533·s/√n) − 1. */
  se?: number;
  /** Composite robust z (L_E over the spread of the baseline's composites); drives colour and glyph. */
  z?: number;
  level?: 'strong-up' | 'up' | 'neutral' | 'down' | 'strong-down';
  outlier?: boolean;
  /** exp(L_ER) = engagement lift ÷ views lift: did the people who saw it engage more than usual. */
  rateRatio?: number;
  pace?: 'on pace' | 'behind pace';
  /** For projected scores: whose growth curve carried the post to A_sat (mostly). */
  projectedWith?: 'account' | 'site prior';
  /** Set when the baseline is restricted to the post's own format. */
  format?: string;
  /** The post's age at `now`, uncapped. */
  postAgeHours?: number;
  warnings?: string[];
};
