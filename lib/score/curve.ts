// One post's curve: cleaning (docs/scoring.md §1), reading it at any age (§2), and the account's
// median growth curve used to read a little past either end of a curve or to project a young post.

import { HOUR } from '@/lib/core/time';
import { DEDUPE_MS, EXTRAPOLATE_FACTOR, MIN_SLOPE_SAMPLES, NM, type PlatformConfig, SCORED } from './config';
import { sortedMedian, sortedMedianWithout } from './stats';
import type { Curve, Snapshot } from './types';

/** x = ln(age in hours), strictly ascending; y = ln(1 + count), non-decreasing. */
export interface Series {
  x: number[];
  y: number[];
}

export interface CleanCurve {
  id: string;
  publishedAt: number;
  format: string | undefined;
  /** By SCORED index; null when the post never showed that metric. */
  series: (Series | null)[];
  /** Age of the latest kept snapshot in hours, capped at A_sat; NaN when there is none. */
  lastAgeH: number;
  /** Followers at publication (earliest snapshot that shows them); NaN when unknown. */
  followers: number;
}

const EPS = 1e-9;
const LN_EXTRA = Math.log(EXTRAPOLATE_FACTOR);

function metricValue(m: Snapshot['metrics'], k: number): number {
  const key = SCORED[k]!;
  let v: number | undefined = m[key];
  // Quotes are reposts with a comment: the score counts shares = reposts + quotes (docs/scoring.md,
  // Inputs), while the store keeps them apart (lib/core/metrics.ts). Scored apart,
  // quotes would be a mostly-zero metric.
  if (key === 'shares' && m.quotes !== undefined && Number.isFinite(m.quotes) && m.quotes >= 0) {
    v = (v !== undefined && Number.isFinite(v) && v >= 0 ? v : 0) + m.quotes;
  }
  return v !== undefined && Number.isFinite(v) && v >= 0 ? v : Number.NaN;
}

/**
 * Running max per metric (unlike/delete dips are noise), drop age <= 0 and anything after `now`,
 * one snapshot per 5 min unless a count changed (the last is always kept: its age is the post's).
 * Counts are final at A_sat, so the first snapshot at or past it is read as the value at A_sat.
 */
export function cleanCurve(c: Curve, now: number, aSatH: number): CleanCurve {
  const pub = c.publishedAt;
  const snaps = Number.isFinite(pub)
    ? c.snapshots.filter((s) => Number.isFinite(s.at) && s.at > pub && s.at <= now)
    : [];
  let ordered = true;
  for (let i = 1; i < snaps.length && ordered; i++) ordered = snaps[i - 1]!.at <= snaps[i]!.at;
  if (!ordered) snaps.sort((a, b) => a.at - b.at);
  let followers = Number.NaN;
  const run = [-1, -1, -1, -1, -1];
  const row = [0, 0, 0, 0, 0];
  const ages: number[] = [];
  const rows: number[] = []; // NM values per kept snapshot, NaN where the metric was not shown
  for (let i = 0; i < snaps.length; i++) {
    const s = snaps[i]!;
    const f = s.followers;
    if (Number.isNaN(followers) && f !== undefined && Number.isFinite(f) && f > 0) followers = f;
    for (let k = 0; k < NM; k++) {
      const v = metricValue(s.metrics, k);
      if (!Number.isNaN(v) && v > run[k]!) run[k] = v;
      row[k] = Number.isNaN(v) ? Number.NaN : run[k]!;
    }
    const age = (s.at - pub) / HOUR;
    const n = ages.length;
    if (n > 0) {
      const prevAge = ages[n - 1]!;
      if (prevAge >= aSatH) break; // already holding the A_sat value
      const at = (n - 1) * NM;
      if (age === prevAge) {
        for (let k = 0; k < NM; k++) if (!Number.isNaN(row[k]!)) rows[at + k] = row[k]!;
        continue;
      }
      let same = true;
      for (let k = 0; k < NM && same; k++) {
        const a = row[k]!;
        const b = rows[at + k]!;
        same = a === b || (Number.isNaN(a) && Number.isNaN(b));
      }
      const last = i === snaps.length - 1;
      if (!last && same && (age - prevAge) * HOUR < DEDUPE_MS) continue;
    }
    ages.push(Math.min(age, aSatH));
    for (let k = 0; k < NM; k++) rows.push(row[k]!);
  }
  const series: (Series | null)[] = [];
  for (let k = 0; k < NM; k++) {
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < ages.length; i++) {
      const v = rows[i * NM + k]!;
      if (Number.isNaN(v)) continue;
      x.push(Math.log(ages[i]!));
      y.push(Math.log1p(v));
    }
    series.push(x.length ? { x, y } : null);
  }
  const lastAgeH = ages.length ? ages[ages.length - 1]! : Number.NaN;
  return {
    id: c.id,
    publishedAt: Number.isFinite(pub) ? pub : Number.POSITIVE_INFINITY,
    format: c.format,
    series,
    lastAgeH,
    followers,
  };
}

/** Linear interpolation of y against x = ln(age): the log-log shape (Szabo & Huberman; Wisemetrics). */
export function interp(s: Series, x: number): number {
  const xs = s.x;
  const n = xs.length;
  if (x <= xs[0]!) return s.y[0]!;
  if (x >= xs[n - 1]!) return s.y[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const t = (x - xs[lo]!) / (xs[hi]! - xs[lo]!);
  return s.y[lo]! + t * (s.y[hi]! - s.y[lo]!);
}

/** Readable at x: inside the curve, back to half its first age, or (short of A_sat) up to 2× its last. */
export function readable(s: Series, x: number, xSat: number): boolean {
  const x0 = s.x[0]!;
  const xl = s.x[s.x.length - 1]!;
  if (x < x0 - LN_EXTRA - EPS) return false;
  if (x <= xl + EPS) return true;
  return xl < xSat - EPS && x <= xl + LN_EXTRA + EPS;
}

// ---- The account's growth curve -------------------------------------------------------------
// Slopes dy/dx are collected per age bucket (factor-2 buckets from 1 min) and their median across
// posts is the account's "median curve shape". Buckets with too few posts fall back to the site prior
// F(a) = a/(a+h). A post is always left out of the model it is judged against, so its own counts can
// only move its score through its own value (adding interactions can never lower it).

export const NB = 16; // 1 min · 2^16 ≈ 45 days > 28 d
const LX0 = Math.log(1 / 60);
const W = Math.LN2;
const edge = (j: number) => LX0 + j * W;
const clampB = (j: number) => (j < 0 ? 0 : j >= NB ? NB - 1 : j);

export interface GrowthModel {
  halfH: number;
  sorted: Float64Array[]; // [k*NB + j], ascending
  full: Float64Array; // median of each, NaN when too few
  own: Float64Array; // [p*NM*NB + k*NB + j], the post's own sample or NaN
}

export function buildGrowthModel(curves: readonly CleanCurve[], cfg: PlatformConfig): GrowthModel {
  const own = new Float64Array(curves.length * NM * NB).fill(Number.NaN);
  const lists: number[][] = Array.from({ length: NM * NB }, () => []);
  for (let p = 0; p < curves.length; p++) {
    const c = curves[p]!;
    for (let k = 0; k < NM; k++) {
      const s = c.series[k];
      if (!s || s.x.length < 2) continue;
      const x0 = s.x[0]!;
      const xl = s.x[s.x.length - 1]!;
      for (let j = clampB(Math.floor((x0 - LX0) / W)); j <= clampB(Math.floor((xl - LX0) / W)); j++) {
        const lo = j === 0 ? x0 : Math.max(x0, edge(j));
        const hi = j === NB - 1 ? xl : Math.min(xl, edge(j + 1));
        if (hi - lo < W / 4) continue; // a 5-minute segment's slope is mostly rounding
        const slope = (interp(s, hi) - interp(s, lo)) / (hi - lo);
        own[p * NM * NB + k * NB + j] = slope;
        lists[k * NB + j]!.push(slope);
      }
    }
  }
  const sorted = lists.map((l) => Float64Array.from(l).sort());
  const full = Float64Array.from(sorted, (s) =>
    s.length >= MIN_SLOPE_SAMPLES ? sortedMedian(s, s.length) : Number.NaN,
  );
  return { halfH: cfg.halfH, sorted, full, own };
}

/** The account's median slope for metric k in bucket j, leaving post p out; NaN: use the prior. */
function slope(g: GrowthModel, k: number, j: number, p: number): number {
  const i = k * NB + j;
  const mine = p >= 0 ? g.own[p * NM * NB + i]! : Number.NaN;
  if (Number.isNaN(mine)) return g.full[i]!;
  const s = g.sorted[i]!;
  return s.length - 1 >= MIN_SLOPE_SAMPLES ? sortedMedianWithout(s, mine) : Number.NaN;
}

/** out.covered: how much of the ln-age span used the account's own slopes (the rest: the prior). */
export interface GrowOut {
  covered: number;
}

/** Moves y = ln(1+count) from age e^x0 to e^x1 along the account's median curve (either direction). */
export function grow(
  g: GrowthModel,
  k: number,
  y: number,
  x0: number,
  x1: number,
  p: number,
  out?: GrowOut,
): number {
  const fwd = x1 > x0;
  let cur = x0;
  // Each step reaches a bucket edge or x1, so NB + 1 steps always suffice; the cap is only a backstop.
  for (let steps = 0; steps <= NB + 1 && (fwd ? cur < x1 : cur > x1); steps++) {
    let j = clampB(fwd ? Math.floor((cur - LX0) / W) : Math.ceil((cur - LX0) / W) - 1);
    // Rounding can put `cur` on the far edge of the bucket it computes; step on so the walk always moves.
    if (fwd && j < NB - 1 && edge(j + 1) <= cur) j++;
    if (!fwd && j > 0 && edge(j) >= cur) j--;
    const end = fwd ? (j === NB - 1 ? x1 : Math.min(x1, edge(j + 1))) : j === 0 ? x1 : Math.max(x1, edge(j));
    const s = slope(g, k, j, p);
    if (!Number.isNaN(s)) {
      y += s * (end - cur);
      if (out) out.covered += Math.abs(end - cur);
    } else {
      const a = Math.exp(Math.min(cur, end));
      const b = Math.exp(Math.max(cur, end));
      const f = (b * (a + g.halfH)) / (a * (b + g.halfH)); // F(b)/F(a) for F(t) = t/(t+h)
      const c = Math.expm1(y);
      y = Math.log1p(fwd ? c * f : c / f);
    }
    cur = end;
  }
  return Math.max(y, 0);
}

/** The curve's y for metric k at x = ln(age); NaN when unreadable. `p`: the post being scored. */
export function valueAt(
  g: GrowthModel,
  c: CleanCurve,
  k: number,
  x: number,
  xSat: number,
  p: number,
): number {
  const s = c.series[k];
  if (!s || !readable(s, x, xSat)) return Number.NaN;
  const x0 = s.x[0]!;
  const xl = s.x[s.x.length - 1]!;
  if (x < x0) return grow(g, k, s.y[0]!, x0, x, p);
  if (x > xl) return grow(g, k, s.y[s.y.length - 1]!, xl, x, p);
  return interp(s, x);
}
