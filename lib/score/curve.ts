// One post's curve: cleaning (docs/scoring.md §1) and reading it at any age (§2). The account's median
// growth curve, which reads a little past either end of a curve, is ./growth.ts.

import { HOUR } from '@/lib/core/time';
import { DEDUPE_MS, EXTRAPOLATE_FACTOR, NM, SCORED } from './config';
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

/** The curve's snapshots after its publication and up to `now`, oldest first. */
function inOrder(c: Curve, now: number): Curve['snapshots'] {
  const pub = c.publishedAt;
  const snaps = Number.isFinite(pub)
    ? c.snapshots.filter((s) => Number.isFinite(s.at) && s.at > pub && s.at <= now)
    : [];
  let ordered = true;
  for (let i = 1; i < snaps.length && ordered; i++) ordered = snaps[i - 1]!.at <= snaps[i]!.at;
  if (!ordered) snaps.sort((a, b) => a.at - b.at);
  return snaps;
}

/** Per metric, its kept readings as (ln age, ln(1+count)); null for a metric never shown. */
function seriesOf(ages: readonly number[], rows: readonly number[]): (Series | null)[] {
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
  return series;
}

/**
 * Running max per metric (unlike/delete dips are noise), drop age <= 0 and anything after `now`,
 * one snapshot per 5 min unless a count changed (the last is always kept: its age is the post's).
 * Counts are final at A_sat, so the first snapshot at or past it is read as the value at A_sat.
 */
export function cleanCurve(c: Curve, now: number, aSatH: number): CleanCurve {
  const pub = c.publishedAt;
  const snaps = inOrder(c, now);
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
  const series = seriesOf(ages, rows);
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
