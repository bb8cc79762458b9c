// The account's growth curve (docs/scoring.md §2): slopes dy/dx are collected per age bucket (factor-2
// buckets from 1 min) and their median across posts is the account's "median curve shape". Buckets with
// too few posts fall back to the site prior F(a) = a/(a+h). A post is always left out of the model it is
// judged against, so its own counts can only move its score through its own value (adding interactions
// can never lower it). The model is made again only where curves changed (updateGrowthModel): the
// worker re-arranges an account after every save, and at 10,000 posts making it whole took 35-60 ms.

import { MIN_SLOPE_SAMPLES, NM, type PlatformConfig } from './config';
import { type CleanCurve, interp, readable } from './curve';
import { sortedMedian, sortedMedianWithout } from './stats';

export const NB = 16; // 1 min · 2^16 ≈ 45 days > 28 d
const SLOTS = NM * NB;
const LX0 = Math.log(1 / 60);
const W = Math.LN2;
const edge = (j: number) => LX0 + j * W;
const clampB = (j: number) => (j < 0 ? 0 : j >= NB ? NB - 1 : j);

export interface GrowthModel {
  halfH: number;
  /** The curves it was made of, in the order `own` follows. */
  curves: readonly CleanCurve[];
  sorted: Float64Array[]; // [k*NB + j], ascending
  full: Float64Array; // median of each, NaN when too few
  own: Float64Array[]; // [p][k*NB + j], the post's own sample or NaN
}

/** A cleaned curve never changes (a changed post gets a new one), so its slopes are worked out once. */
const slopesMade = new WeakMap<CleanCurve, Float64Array>();

/** A curve's own slope in each [k*NB + j] slot, NaN where it has none. */
export function slopesOf(c: CleanCurve): Float64Array {
  const known = slopesMade.get(c);
  if (known) return known;
  const own = new Float64Array(SLOTS).fill(Number.NaN);
  for (let k = 0; k < NM; k++) {
    const s = c.series[k];
    if (!s || s.x.length < 2) continue;
    const x0 = s.x[0]!;
    const xl = s.x[s.x.length - 1]!;
    for (let j = clampB(Math.floor((x0 - LX0) / W)); j <= clampB(Math.floor((xl - LX0) / W)); j++) {
      const lo = j === 0 ? x0 : Math.max(x0, edge(j));
      const hi = j === NB - 1 ? xl : Math.min(xl, edge(j + 1));
      if (hi - lo < W / 4) continue; // a 5-minute segment's slope is mostly rounding
      // + 0 makes a -0 slope +0: the lists are merged by comparison, where -0 and 0 are one value, so
      // both ways of making a model must hold the same zero.
      own[k * NB + j] = (interp(s, hi) - interp(s, lo)) / (hi - lo) + 0;
    }
  }
  slopesMade.set(c, own);
  return own;
}

const medianOf = (s: Float64Array) =>
  s.length >= MIN_SLOPE_SAMPLES ? sortedMedian(s, s.length) : Number.NaN;

export function buildGrowthModel(curves: readonly CleanCurve[], cfg: PlatformConfig): GrowthModel {
  const own = curves.map(slopesOf);
  const counts = new Int32Array(SLOTS);
  for (const o of own) for (let i = 0; i < SLOTS; i++) if (!Number.isNaN(o[i]!)) counts[i]!++;
  const sorted = Array.from(counts, (n) => new Float64Array(n));
  const filled = new Int32Array(SLOTS);
  for (const o of own)
    for (let i = 0; i < SLOTS; i++) if (!Number.isNaN(o[i]!)) sorted[i]![filled[i]!++] = o[i]!;
  for (const s of sorted) s.sort();
  return { halfH: cfg.halfH, curves, sorted, full: Float64Array.from(sorted, medianOf), own };
}

/** What changed between two lists of curves in publication order. */
interface Change {
  gone: CleanCurve[];
  added: CleanCurve[];
  /** The slopes of each curve of the newer list, in its order. */
  own: Float64Array[];
}

/** The curves of `a` not in `b`, counting repeats (a list of the curves of one publication time). */
function without(a: readonly CleanCurve[], b: readonly CleanCurve[]): CleanCurve[] {
  const left = b.slice();
  return a.filter((c) => {
    const at = left.indexOf(c);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}

/**
 * Walks both lists at once, by publication time: a curve never changes its time, so each curve of one is
 * looked for only among the curves of the other published at the same time. Lists out of that order may
 * name a curve both gone and added, which cancels out. Null when too many curves share a time for the
 * look to be quick.
 */
function changeOf(prev: GrowthModel, curves: readonly CleanCurve[]): Change | null {
  const was = prev.curves;
  const change: Change = { gone: [], added: [], own: [] };
  let i = 0;
  let j = 0;
  while (i < was.length || j < curves.length) {
    if (i < was.length && j < curves.length && was[i] === curves[j]) {
      change.own.push(prev.own[i++]!);
      j++;
      continue;
    }
    const t = Math.min(was[i]?.publishedAt ?? Infinity, curves[j]?.publishedAt ?? Infinity);
    const i0 = i;
    const j0 = j;
    while (i < was.length && was[i]!.publishedAt === t) i++;
    while (j < curves.length && curves[j]!.publishedAt === t) j++;
    if ((i - i0) * (j - j0) > 4096) return null;
    const before = was.slice(i0, i);
    const after = curves.slice(j0, j);
    change.gone.push(...without(before, after));
    change.added.push(...without(after, before));
    for (const c of after) change.own.push(slopesOf(c));
  }
  return change;
}

/** Each slot's values among these curves, ascending; null where none has one. */
function slotValues(curves: readonly CleanCurve[]): (number[] | null)[] {
  const out: number[][] = Array.from({ length: SLOTS }, () => []);
  for (const c of curves) {
    const o = slopesOf(c);
    for (let i = 0; i < SLOTS; i++) if (!Number.isNaN(o[i]!)) out[i]!.push(o[i]!);
  }
  return out.map((l) => (l.length ? l.sort((a, b) => a - b) : null));
}

/** Ascending `list` without one of each of `gone` (all in it) and with `added`, all ascending. */
function merged(list: Float64Array, gone: readonly number[], added: readonly number[]): Float64Array {
  const out = new Float64Array(list.length - gone.length + added.length);
  let g = 0;
  let a = 0;
  let o = 0;
  for (const v of list) {
    if (g < gone.length && gone[g] === v) {
      g++;
      continue;
    }
    while (a < added.length && added[a]! < v) out[o++] = added[a++]!;
    out[o++] = v;
  }
  while (a < added.length) out[o++] = added[a++]!;
  return out;
}

/**
 * The model of `curves` (quickest in publication order, as arrange gives them), made from `prev` by taking
 * out the slopes of curves no longer there and putting in those of new ones: exactly what
 * buildGrowthModel(curves) gives (the same lists, medians and slopes), for the cost of the lists that
 * changed. Made whole when most curves changed.
 */
export function updateGrowthModel(
  prev: GrowthModel,
  curves: readonly CleanCurve[],
  cfg: PlatformConfig,
): GrowthModel {
  const change = prev.halfH === cfg.halfH ? changeOf(prev, curves) : null;
  if (!change || (change.gone.length + change.added.length) * 4 > curves.length)
    return buildGrowthModel(curves, cfg);
  const out = slotValues(change.gone);
  const into = slotValues(change.added);
  const sorted = prev.sorted.slice();
  const full = prev.full.slice();
  for (let i = 0; i < SLOTS; i++) {
    if (!out[i] && !into[i]) continue;
    sorted[i] = merged(prev.sorted[i]!, out[i] ?? [], into[i] ?? []);
    full[i] = medianOf(sorted[i]!);
  }
  return { halfH: cfg.halfH, curves, sorted, full, own: change.own };
}

/** The account's median slope for metric k in bucket j, leaving post p out; NaN: use the prior. */
function slope(g: GrowthModel, k: number, j: number, p: number): number {
  const i = k * NB + j;
  const mine = p >= 0 ? g.own[p]![i]! : Number.NaN;
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
