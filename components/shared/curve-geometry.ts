// Scales and shapes for drawing a post's curve against the usual (CurveChart, UsualSparkline). Pure.
// Small hand-written SVG rather than a chart library: two fixed chart shapes need a log axis, a band
// and a few ticks, a few hundred bytes here against tens of kB for a general library.
import type { PostBand } from '@/lib/protocol/history';

const round = (v: number) => Math.round(v * 10) / 10;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Ages in hours on a log axis from `lo` to `hi`: the first hours, where posts grow most, get room. */
export function ageScale(lo: number, hi: number, x0: number, x1: number): (h: number) => number {
  const a = Math.log(lo);
  const span = Math.log(hi) - a || 1;
  return (h) => round(x0 + ((Math.log(clamp(h, lo, hi)) - a) / span) * (x1 - x0));
}

/** Counts on ln(1 + count), as the score reads them: zero at `bottom`, `max` at `top`. */
export function countScale(max: number, bottom: number, top: number): (v: number) => number {
  const m = Math.log1p(Math.max(0, max)) || 1;
  return (v) => round(bottom - (Math.log1p(Math.max(0, v)) / m) * (bottom - top));
}

/**
 * The shared axis of every sparkline: × usual on a log scale, 1× in the middle, ⅓× and 3× at the edges
 * (log2 3): most posts fall within it, and a 1.8× post sits well clear of a 0.6× one.
 */
export const RATIO_SPAN = Math.log2(3);
export function ratioScale(bottom: number, top: number): (r: number) => number {
  const mid = (bottom + top) / 2;
  return (r) =>
    round(mid - (clamp(Math.log2(r), -RATIO_SPAN, RATIO_SPAN) / RATIO_SPAN) * ((bottom - top) / 2));
}

export interface RatioPoint {
  ageHours: number;
  /** The post's count over the usual's median, as (1 + count) / (1 + median): zero counts stay finite. */
  ratio: number;
  /** The middle half of the compared posts, on the same footing. */
  low: number;
  high: number;
  n: number;
}

/** The post against the usual at each of its readings that has a band. */
export function ratios(c: PostBand): RatioPoint[] {
  const at = new Map(c.band.map((b) => [b.ageHours, b]));
  return c.post.flatMap((p) => {
    const b = at.get(p.ageHours);
    if (!b) return [];
    const m = 1 + b.median;
    return [
      { ageHours: p.ageHours, ratio: (1 + p.value) / m, low: (1 + b.q1) / m, high: (1 + b.q3) / m, n: b.n },
    ];
  });
}

type Pt = readonly [number, number];

export const polyline = (pts: readonly Pt[]) => pts.map(([x, y]) => `${x},${y}`).join(' ');

/** The closed area between an upper and a lower line drawn at the same x positions (the band). */
export function area(upper: readonly Pt[], lower: readonly Pt[]): string {
  if (!upper.length) return '';
  const out = [...upper, ...[...lower].reverse()].map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`);
  return `${out.join(' ')} Z`;
}

const AGE_TICKS = [1 / 6, 1, 3, 6, 12, 24, 48, 72, 168, 336, 672];

/** Round ages inside [lo, hi] for the axis, at most `max`, spread out. */
export function ageTicks(lo: number, hi: number, max = 5): number[] {
  const inside = AGE_TICKS.filter((t) => t >= lo * 0.999 && t <= hi * 1.001);
  if (inside.length <= max) return inside;
  const step = (inside.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => inside[Math.round(i * step)]!);
}

/** 0 and powers of ten up to `max`: a log axis reads by orders of magnitude. At most `max` ticks. */
export function countTicks(top: number, max = 4): number[] {
  const ticks = [0];
  for (let t = 1; t <= top; t *= 10) ticks.push(t);
  return ticks.length <= max ? ticks : [0, ...ticks.slice(-(max - 1))];
}

/** A ratio as "1.8×", or "12×" once it is large. */
export const times = (r: number) => `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`;
