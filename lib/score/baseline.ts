// docs/scoring.md, sections 4-8: choose the baseline posts, compare the post with them metric by
// metric, and combine the metrics into one lift.
import {
  MAD_SCALE,
  MAX_BASELINE,
  MIN_BASELINE,
  NM,
  type PlatformConfig,
  POISSON_MEDIAN,
  POISSON_WEIGHT,
  S_FLOOR,
  SAME_FORMAT_MIN,
  VIEWS,
  WINDOW_MS,
} from './config';
import { type CleanCurve, readable } from './curve';
import { type GrowthModel, valueAt } from './growth';
import { hazenPercentile, mad, medianInPlace } from './stats';
import type { Basis, ScoreOptions } from './types';

export interface Account {
  cfg: PlatformConfig;
  now: number;
  xSat: number;
  /** Cleaned once, sorted by publishedAt. */
  curves: CleanCurve[];
  /** ln(1+count) at A_sat per curve and metric, when its snapshots reach A_sat (NaN otherwise): most of
   * an account's history is compared there, and no growth model is needed to read these. */
  finals: Float64Array;
  model: GrowthModel;
  basis: NonNullable<ScoreOptions['basis']>;
  weights: readonly number[];
  // Scratch buffers reused by every comparison (scoring is synchronous).
  vals: Float64Array;
  col: Float64Array;
  tmp: Float64Array;
  anyBuf: Int32Array;
  sameBuf: Int32Array;
  /** Set by the last selection: the baseline is the post's own format. */
  sameFormat: boolean;
}

export interface MetricStat {
  k: number;
  med: number;
  s: number;
  lift: number;
  weight: number;
}

export interface Comparison {
  n: number;
  basis: Basis;
  sameFormat: boolean;
  stats: MetricStat[];
  /** Composite log-lift L_E (views alone when the post shows no interaction metric). */
  lift: number;
  viewsOnly: boolean;
  percentile: number;
  /** Robust spread of the baseline posts' composites (floored). */
  spread: number;
  /** Follower counts of the post and its baseline, for the >20 % growth warning. */
  followerRange: [number, number] | null;
  warnings: string[];
}

/**
 * The baseline at x = ln(age): posts of the account nearest in publication time to the post (for a
 * post being scored live that is "the most recent"; for an old post it is its contemporaries, the
 * account's usual at the time, published before or after it), within 180 days of it, none after
 * `now`, readable at that age. Same format when at least 10 qualify. The scan is cheap (no interpolation) and stops once full.
 */
function select(
  acc: Account,
  i: number,
  x: number,
  heads: readonly number[],
  needFollowers: boolean,
): number {
  const cs = acc.curves;
  const me = cs[i]!;
  const fmt = me.format;
  const any = acc.anyBuf;
  const same = acc.sameBuf;
  let nAny = 0;
  let nSame = 0;
  let lo = i - 1;
  let hi = i + 1;
  for (;;) {
    const dLo = lo >= 0 ? me.publishedAt - cs[lo]!.publishedAt : Number.POSITIVE_INFINITY;
    const upOk = hi < cs.length && cs[hi]!.publishedAt <= acc.now;
    const dHi = upOk ? cs[hi]!.publishedAt - me.publishedAt : Number.POSITIVE_INFINITY;
    if (!(Math.min(dLo, dHi) <= WINDOW_MS)) break;
    const j = dLo <= dHi ? lo-- : hi++;
    const q = cs[j]!;
    if (q.id === me.id || (needFollowers && Number.isNaN(q.followers))) continue;
    const wantSame = fmt !== undefined && q.format === fmt && nSame < MAX_BASELINE;
    const wantAny = nAny < MAX_BASELINE;
    if (!wantAny && !wantSame) continue;
    let ok = false;
    for (let h = 0; h < heads.length && !ok; h++) {
      const sq = q.series[heads[h]!];
      ok = sq != null && readable(sq, x, acc.xSat);
    }
    if (!ok) continue;
    if (wantAny) any[nAny++] = j;
    if (wantSame) same[nSame++] = j;
    if (nAny >= MAX_BASELINE && (fmt === undefined || nSame >= MAX_BASELINE)) break;
  }
  acc.sameFormat = nSame >= SAME_FORMAT_MIN;
  if (!acc.sameFormat) return nAny;
  any.set(same.subarray(0, nSame));
  return nSame;
}

/** The basis the post is compared on first, and how many baseline posts `select` found for it. */
function chooseBasis(
  acc: Account,
  i: number,
  x: number,
  heads: readonly number[],
  hasViews: boolean,
  warnings: string[],
): { basis: Basis; n: number } {
  const req = acc.basis;
  if (req === 'followers' || (req === 'auto' && !hasViews)) {
    if (!Number.isNaN(acc.curves[i]!.followers)) {
      const n = select(acc, i, x, heads, true);
      if (n >= MIN_BASELINE || req === 'followers') return { basis: 'followers', n };
    } else if (req === 'followers') warnings.push('followers unknown for this post: raw counts compared');
  }
  return { basis: 'raw', n: select(acc, i, x, heads, false) };
}

/**
 * Fills `acc.vals` with every baseline post's value at x, per metric the post shows (scaled to the post's
 * audience on the followers basis: c·F_post/F_q keeps log(1+c) in the post's own units, so a 1.0× lift
 * means the same rate).
 */
function fillValues(acc: Account, i: number, x: number, postY: Float64Array, n: number, basis: Basis): void {
  const me = acc.curves[i]!;
  const vals = acc.vals;
  const atSat = x === acc.xSat;
  for (let b = 0; b < n; b++) {
    const qi = acc.anyBuf[b]!;
    const q = acc.curves[qi]!;
    const scale = basis === 'followers' ? me.followers / q.followers : 1;
    for (let k = 0; k < NM; k++) {
      if (Number.isNaN(postY[k]!)) {
        vals[b * NM + k] = Number.NaN;
        continue;
      }
      const cached = atSat ? acc.finals[qi * NM + k]! : Number.NaN;
      let y = Number.isNaN(cached) ? valueAt(acc.model, q, k, x, acc.xSat, i) : cached;
      if (scale !== 1 && !Number.isNaN(y)) y = Math.log1p(Math.expm1(y) * scale);
      vals[b * NM + k] = y;
    }
  }
}

/** Per metric the post shows and enough baseline posts read: the baseline's median, spread and the lift. */
function metricStats(acc: Account, postY: Float64Array, n: number): MetricStat[] {
  const stats: MetricStat[] = [];
  for (let k = 0; k < NM; k++) {
    if (Number.isNaN(postY[k]!)) continue;
    let c = 0;
    for (let b = 0; b < n; b++) {
      const v = acc.vals[b * NM + k]!;
      if (!Number.isNaN(v)) acc.col[c++] = v;
    }
    if (c < MIN_BASELINE) continue;
    const med = medianInPlace(acc.col, c);
    const s = Math.max(MAD_SCALE * mad(acc.col, c, med, acc.tmp), S_FLOOR);
    const base = k === VIEWS ? 0 : acc.weights[k]!;
    const weight = Math.expm1(med) < POISSON_MEDIAN ? base * POISSON_WEIGHT : base;
    stats.push({ k, med, s, lift: postY[k]! - med, weight });
  }
  return stats;
}

/** The weighted mean of the metrics' lifts (NaN with no weight). */
function compositeLift(stats: readonly MetricStat[]): number {
  let num = 0;
  let den = 0;
  for (const st of stats) {
    num += st.weight * st.lift;
    den += st.weight;
  }
  return den > 0 ? num / den : Number.NaN;
}

/** Each baseline post's own composite, for the post's percentile among them and their robust spread. */
function amongBaseline(
  acc: Account,
  n: number,
  stats: readonly MetricStat[],
  lift: number,
): { percentile: number; spread: number } {
  let m = 0;
  for (let b = 0; b < n; b++) {
    let bn = 0;
    let bd = 0;
    for (const st of stats) {
      const v = acc.vals[b * NM + st.k]!;
      if (Number.isNaN(v)) continue;
      bn += st.weight * (v - st.med);
      bd += st.weight;
    }
    if (bd > 0) acc.col[m++] = bn / bd;
  }
  if (m === 0) return { percentile: Number.NaN, spread: S_FLOOR };
  const percentile = hazenPercentile(lift, acc.col, m);
  const spread = Math.max(MAD_SCALE * mad(acc.col, m, medianInPlace(acc.col, m), acc.tmp), S_FLOOR);
  return { percentile, spread };
}

/** The lowest and highest follower counts of the post and its baseline, when any is known. */
function followerRangeOf(acc: Account, i: number, n: number): [number, number] | null {
  const own = acc.curves[i]!.followers;
  let fMin = own;
  let fMax = own;
  for (let b = 0; b < n; b++) {
    const f = acc.curves[acc.anyBuf[b]!]!.followers;
    if (Number.isNaN(f)) continue;
    if (!(f >= fMin)) fMin = f;
    if (!(f <= fMax)) fMax = f;
  }
  return Number.isNaN(fMin) ? null : [fMin, fMax];
}

/** Compares post i (its ln(1+count) values `postY`) with its baseline at x. */
export function compare(
  acc: Account,
  i: number,
  x: number,
  postY: Float64Array,
  heads: readonly number[],
): Comparison {
  const warnings: string[] = [];
  const req = acc.basis;
  let { basis, n } = chooseBasis(acc, i, x, heads, !Number.isNaN(postY[VIEWS]!), warnings);
  fillValues(acc, i, x, postY, n, basis);
  const stats = metricStats(acc, postY, n);
  const hasViewsStat = stats.some((st) => st.k === VIEWS);
  const viewsOnly = stats.length === 1 && hasViewsStat;
  if (viewsOnly) stats[0]!.weight = 1; // no interaction metric shown: the headline is reach alone
  const lift = compositeLift(stats);
  const { percentile, spread } = amongBaseline(acc, n, stats, lift);
  const followerRange = basis === 'followers' ? null : followerRangeOf(acc, i, n);
  if (req === 'views' && !hasViewsStat) warnings.push('views unknown: raw counts compared');
  if (basis !== 'followers') basis = req !== 'raw' && hasViewsStat ? 'views' : 'raw';
  // A metric may be readable on fewer posts than the baseline holds; n is what the number rests on.
  const effN = stats.length ? n : Math.min(n, MIN_BASELINE - 1);
  return {
    n: effN,
    basis,
    sameFormat: acc.sameFormat,
    stats,
    lift,
    viewsOnly,
    percentile,
    spread,
    followerRange,
    warnings,
  };
}
