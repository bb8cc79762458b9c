// The score: a post's engagement as a multiple of the account's own usual at the same age
// ("age-matched lift", docs/scoring.md). Pure: plain data in and out, `now` injected.
import type { Metric } from '@/lib/core/metrics';
import { HOUR } from '@/lib/core/time';
import { type Account, type Comparison, compare } from './baseline';
import {
  HIGH_AT,
  INTERACTION_IDX,
  MAX_BASELINE,
  MEDIAN_SE,
  MIN_BASELINE,
  MIN_OWN_COVERAGE,
  NM,
  OUTLIER_Z,
  PACE_BEHIND,
  platformConfig,
  SCORED,
  SE_APPROX,
  SHRINK_BELOW,
  SHRINK_K,
  VIEWS,
  WEIGHTS,
} from './config';
import { type CleanCurve, cleanCurve } from './curve';
import { learningText, scoredText } from './explain';
import { buildGrowthModel, type GrowOut, grow, updateGrowthModel, valueAt } from './growth';
import type { Curve, MetricLift, Score, ScoreOptions } from './types';

export type { Account } from './baseline';
export type { CleanCurve } from './curve';
export { cleanCurve } from './curve';
export { explainScore, metricChips } from './explain';
export type { Curve, Score, ScoreOptions } from './types';
export type { Metric };

/** Scores one post against the account's other posts (same account and site). */
export function scorePost(post: Curve, others: Curve[], options: ScoreOptions): Score {
  const all = [post, ...others.filter((o) => o.id !== post.id)];
  const { acc, order } = prepare(all, options);
  return scoreAt(acc, order.indexOf(0));
}

/** Scores every post of one account: each curve cleaned once, sorted once, one growth model. */
export function scoreAccount(curves: Curve[], options: ScoreOptions): Map<string, Score> {
  const { acc } = prepare(curves, options);
  const out = new Map<string, Score>();
  for (let i = 0; i < acc.curves.length; i++) out.set(acc.curves[i]!.id, scoreAt(acc, i));
  return out;
}

function prepare(curves: readonly Curve[], options: ScoreOptions): { acc: Account; order: number[] } {
  const cfg = platformConfig(options.platform);
  return arrange(
    curves.map((c) => cleanCurve(c, options.now, cfg.aSatH)),
    options,
  );
}

/**
 * Cleaned curves (cleanCurve at `options.now`, in input order) made ready to score: sorted by publication
 * with ties kept in input order, the finals cache, one growth model. `order[i]` is the input index of the
 * i-th sorted curve. Given the account as arranged before (`prev`), its growth model is updated where curves
 * changed rather than made whole: the same model either way.
 */
export function arrange(
  cleaned: readonly CleanCurve[],
  options: ScoreOptions,
  prev?: Account,
): { acc: Account; order: number[] } {
  const cfg = platformConfig(options.platform);
  const order = cleaned
    .map((_, i) => i)
    .sort((a, b) => cleaned[a]!.publishedAt - cleaned[b]!.publishedAt || a - b);
  const sorted = order.map((i) => cleaned[i]!);
  const finals = new Float64Array(sorted.length * NM).fill(Number.NaN);
  sorted.forEach((c, i) => {
    for (let k = 0; k < NM; k++) {
      const s = c.series[k];
      if (s && s.x[s.x.length - 1] === Math.log(cfg.aSatH)) finals[i * NM + k] = s.y[s.y.length - 1]!;
    }
  });
  const acc: Account = {
    cfg,
    now: options.now,
    xSat: Math.log(cfg.aSatH),
    curves: sorted,
    finals,
    model: prev ? updateGrowthModel(prev.model, sorted, cfg) : buildGrowthModel(sorted, cfg),
    basis: options.basis ?? 'auto',
    weights: WEIGHTS[options.weights ?? 'equal'],
    vals: new Float64Array(MAX_BASELINE * NM),
    col: new Float64Array(MAX_BASELINE),
    tmp: new Float64Array(MAX_BASELINE),
    anyBuf: new Int32Array(MAX_BASELINE),
    sameBuf: new Int32Array(MAX_BASELINE),
    sameFormat: false,
  };
  return { acc, order };
}

/**
 * Scores some posts of an account arranged once (`arrange`), at `options.now` with its basis and weights:
 * the same scores scoreAccount gives them, without scoring the others. Reused across calls while the
 * cleaned curves stay the same (cleanCurve gives the same curve at any later `now` once every reading is
 * in the past).
 */
export function scoreSome(acc: Account, ids: Iterable<string>, options: ScoreOptions): Map<string, Score> {
  acc.now = options.now;
  acc.basis = options.basis ?? 'auto';
  acc.weights = WEIGHTS[options.weights ?? 'equal'];
  const wanted = new Set(ids);
  // As in scoreAccount, a duplicate id is the last of its curves.
  const at = new Map<string, number>();
  acc.curves.forEach((c, i) => {
    if (wanted.has(c.id)) at.set(c.id, i);
  });
  const out = new Map<string, Score>();
  for (const [id, i] of at) out.set(id, scoreAt(acc, i));
  return out;
}

function scoreAt(acc: Account, i: number): Score {
  const me = acc.curves[i]!;
  const { cfg, now } = acc;
  const postAgeHours = Math.max(0, (now - me.publishedAt) / HOUR);
  // Compare at the age of the latest snapshot: that is when the counts were true. Comparing them with
  // other posts at `now` would understate a post not re-read lately. Capped at A_sat ("final").
  const ageHours = me.lastAgeH;
  const heads: number[] = INTERACTION_IDX.filter((k) => me.series[k]);
  if (!heads.length && me.series[VIEWS]) heads.push(VIEWS);
  const base: Base = { platform: cfg.id, postAgeHours, format: me.format };
  if (!heads.length || Number.isNaN(ageHours)) {
    return learning(base, 0, Math.min(postAgeHours, cfg.aSatH), 'learning', 'no counts yet');
  }
  const x = Math.log(ageHours);
  const postY = new Float64Array(NM);
  for (let k = 0; k < NM; k++) postY[k] = valueAt(acc.model, me, k, x, acc.xSat, i);

  const now_ = compare(acc, i, x, postY, heads);
  if (now_.n >= MIN_BASELINE) return finish(now_, postY, ageHours, false, base);

  // Too few posts were seen this young: project the post to A_sat along the account's median growth
  // (the site prior where the account has no curve data yet, e.g. just after install) and compare it
  // with mature posts, as outlier.so does with finals. Marked "projected", low confidence.
  const young = ageHours < cfg.aSatH * (1 - 1e-9);
  let mature = 0;
  if (young) {
    const proj = new Float64Array(NM);
    const span = acc.xSat - x;
    let covered = 0;
    for (let k = 0; k < NM; k++) {
      const out: GrowOut = { covered: 0 };
      proj[k] = Number.isNaN(postY[k]!) ? Number.NaN : grow(acc.model, k, postY[k]!, x, acc.xSat, i, out);
      if (heads.includes(k)) covered += out.covered / span;
    }
    const sat = compare(acc, i, acc.xSat, proj, heads);
    mature = sat.n;
    if (sat.n >= MIN_BASELINE && Number.isFinite(sat.lift)) {
      const score = finish(sat, proj, cfg.aSatH, true, base);
      score.projectedWith = covered / heads.length >= MIN_OWN_COVERAGE ? 'account' : 'site prior';
      return score;
    }
  }
  // No history at all: the site prior can only say whether the post is growing like a typical post.
  const pace = young && now_.n === 0 && mature === 0 ? ownPace(me, heads, cfg.halfH) : undefined;
  const score = learning(base, now_.n, ageHours, pace ? 'pace' : 'learning', learningText(now_.n, pace));
  if (pace) score.pace = pace;
  return score;
}

/**
 * Pace with no history: from the post's first reading with engagement to its latest, did each metric
 * grow as the prior F(a) = a/(a+h) says a typical post grows (X: about half by 80 min, Pfeffer et al.)?
 * "behind pace" only when clearly short (PACE_BEHIND), since the prior is coarse. Needs a 1.5× age span.
 */
function ownPace(me: CleanCurve, heads: readonly number[], h: number): 'on pace' | 'behind pace' | undefined {
  let sum = 0;
  let m = 0;
  for (const k of heads) {
    const s = me.series[k];
    if (!s) continue;
    const first = s.y.findIndex((y) => y > 0);
    const last = s.y.length - 1;
    if (first < 0 || s.x[last]! - s.x[first]! < Math.log(1.5)) continue;
    const a1 = Math.exp(s.x[first]!);
    const a2 = Math.exp(s.x[last]!);
    const expected = Math.expm1(s.y[first]!) * ((a2 / (a2 + h)) * ((a1 + h) / a1));
    sum += s.y[last]! - Math.log1p(expected);
    m++;
  }
  if (!m) return undefined;
  return sum / m >= PACE_BEHIND ? 'on pace' : 'behind pace';
}

interface Base {
  platform: string;
  postAgeHours: number;
  format: string | undefined;
}

// Scores are built as literals of one fixed shape (no spreads): cheaper, and every Score looks alike.
function learning(
  b: Base,
  n: number,
  ageHours: number,
  mode: 'learning' | 'pace',
  explanation: string,
): Score {
  return {
    state: 'learning',
    n,
    ageHours,
    confidence: 'learning',
    perMetric: {},
    explanation,
    platform: b.platform,
    mode,
    postAgeHours: b.postAgeHours,
  };
}

function finish(c: Comparison, postY: Float64Array, ageHours: number, projected: boolean, b: Base): Score {
  const n = c.n;
  // Empirical-Bayes-style shrinkage toward 1×: a 1-of-6 extreme should not read as a 3× hit.
  const shrink = n < SHRINK_BELOW ? n / (n + SHRINK_K) : 1;
  const perMetric: Partial<Record<Metric, MetricLift>> = {};
  let viewsLift = Number.NaN;
  for (const st of c.stats) {
    const l = st.lift * shrink;
    if (st.k === VIEWS) viewsLift = l;
    perMetric[SCORED[st.k]!] = {
      ratio: Math.exp(l),
      z: l / st.s,
      value: Math.expm1(postY[st.k]!),
      usual: Math.expm1(st.med),
      weight: c.viewsOnly ? 1 : st.weight,
    };
  }
  const lift = c.lift * shrink;
  const ratio = Math.exp(lift);
  // The spread of the baseline's own composites is the spread of the headline quantity itself
  // (a median of per-metric spreads would ignore how the metrics move together).
  const se = Math.exp((MEDIAN_SE * c.spread) / Math.sqrt(n)) - 1;
  const z = lift / c.spread;
  const confidence = projected || n < SHRINK_BELOW ? 'low' : n < HIGH_AT ? 'normal' : 'high';
  const approximate = confidence === 'low' || se > SE_APPROX;
  const warnings = [...c.warnings];
  if (c.followerRange && c.followerRange[1] > 1.2 * c.followerRange[0]) {
    const g = Math.round((c.followerRange[1] / c.followerRange[0] - 1) * 100);
    warnings.push(`followers grew ${g}% across these posts and counts are not adjusted for it`);
  }
  const score: Score = {
    state: 'scored',
    n,
    ageHours,
    ratio,
    percentile: Number.isFinite(c.percentile) ? c.percentile : undefined,
    confidence,
    perMetric,
    explanation: scoredText({ ratio, approximate, projected, percentile: c.percentile, n, ageHours }),
    basis: c.basis,
    mode: projected ? 'projected' : 'age-matched',
    approximate,
    se,
    z,
    level: z >= 2 ? 'strong-up' : z >= 1 ? 'up' : z <= -2 ? 'strong-down' : z <= -1 ? 'down' : 'neutral',
    outlier: Math.abs(z) > OUTLIER_Z,
    platform: b.platform,
    postAgeHours: b.postAgeHours,
  };
  // L_ER = L_E − L_V: engagement per viewer against the account's norm.
  if (!c.viewsOnly && !Number.isNaN(viewsLift)) score.rateRatio = Math.exp(lift - viewsLift);
  if (c.sameFormat) score.format = b.format;
  if (warnings.length) score.warnings = warnings;
  return score;
}
