// Scales, ticks and words shared by the Insights charts (RatioChart, MonthsChart, WeeksChart,
// TimingHeatmap). Pure. Hand-written SVG like the curve charts (./curve-geometry.ts): a log axis, a few
// ticks and bands are all these charts need, where a chart library would add tens of kB.
import { formatRatio } from '@/lib/score/explain';

const round = (v: number) => Math.round(v * 10) / 10;

/** Ratios on a log axis: `lo` drawn at `a`, `hi` at `b` (either way round), so 2× and ½× sit as far from 1× either side. */
export function logAxis(lo: number, hi: number, a: number, b: number): (r: number) => number {
  const l = Math.log(lo);
  const span = Math.log(hi) - l || 1;
  const [min, max] = lo < hi ? [lo, hi] : [hi, lo];
  return (r) => round(a + ((Math.log(Math.min(max, Math.max(min, r))) - l) / span) * (b - a));
}

/**
 * The span of a ratio axis: symmetric around 1× (what is better and worse look alike), at least ½×–2×,
 * wide enough for every value given, in steps a reader knows (2×, 3×, 4×, 8×).
 */
export function ratioExtent(values: readonly (number | null | undefined)[]): [number, number] {
  let far = 2;
  for (const v of values) if (v && Number.isFinite(v) && v > 0) far = Math.max(far, v, 1 / v);
  const step = [2, 3, 4, 8, 16, 32].find((s) => s >= far * 1.02) ?? far * 1.1;
  return [1 / step, step];
}

const TICKS = [1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 8, 16, 32];

/** Round ratios inside the axis, 1× always among them. */
export function ratioTicks(lo: number, hi: number): number[] {
  const inside = TICKS.filter((t) => t >= lo * 0.999 && t <= hi * 1.001);
  return inside.length > 7 ? inside.filter((t) => t !== 1 / 3 && t !== 3) : inside;
}

/**
 * The ticks that fit an axis: 1× first, then 2× and ½×, 4× and ¼×… (3× and ⅓× last), each kept only when
 * at least `gap` px from every tick kept, so labels never overlap on a short or narrow chart.
 */
export function spacedTicks(ticks: readonly number[], at: (t: number) => number, gap: number): number[] {
  const rank = (t: number) => {
    const l = Math.abs(Math.log2(t));
    return Number.isInteger(Math.round(l * 1e6) / 1e6) ? l : 100 + l;
  };
  const kept: number[] = [];
  for (const t of [...ticks].sort((a, b) => rank(a) - rank(b)))
    if (kept.every((k) => Math.abs(at(k) - at(t)) >= gap)) kept.push(t);
  return kept.sort((a, b) => a - b);
}

/** "2×", "½×", "0.3×": a tick's label. */
export function tickLabel(r: number): string {
  if (Math.abs(r - 0.5) < 1e-9) return '½×';
  if (Math.abs(r - 0.25) < 1e-9) return '¼×';
  return `${formatRatio(r)}×`;
}

/** "1.6× (1.2–2.1×)" or "1.6×": a ratio and its interval in the findings' style. */
export function ratioWords(r: number, low?: number | null, high?: number | null): string {
  const base = `${formatRatio(r)}×`;
  return low != null && high != null ? `${base} (${formatRatio(low)}–${formatRatio(high)}×)` : base;
}

/** The colour of a ratio that stands out: the score's "up" above 1×, "down" below; the muted text otherwise. */
export function toneColour(ratio: number | null, strong: boolean): string {
  if (!strong || ratio === null) return 'var(--muted, #5b6270)';
  return ratio >= 1 ? 'var(--up, #0060a8)' : 'var(--down, #b34700)';
}
