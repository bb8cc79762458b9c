import type { HistoryPost } from '@/components/dashboard/api';
import { formatAge } from './format';
import { compactNumber } from './numbers';

type Point = HistoryPost['curve'][number];

/** Readings that can be drawn, youngest first. */
const usable = (curve: readonly Point[]) =>
  curve
    .filter((p) => Number.isFinite(p.ageHours) && Number.isFinite(p.interactions) && p.ageHours >= 0)
    .sort((a, b) => a.ageHours - b.ageHours);

/** Points of the curve in SVG coordinates: age on a log axis (ln(1+h), so the first hours get room), interactions linear. */
export function sparkPoints(
  curve: readonly Point[],
  width: number,
  height: number,
  pad = 2,
): [number, number][] {
  const pts = usable(curve);
  if (pts.length === 0) return [];
  const xMax = Math.log1p(pts[pts.length - 1]!.ageHours) || 1;
  const yMax = Math.max(...pts.map((p) => p.interactions)) || 1;
  const w = width - 2 * pad;
  const h = height - 2 * pad;
  return pts.map((p) => [
    Math.round((pad + (Math.log1p(p.ageHours) / xMax) * w) * 10) / 10,
    Math.round((pad + h - (Math.max(0, p.interactions) / yMax) * h) * 10) / 10,
  ]);
}

/** An inline sparkline of a post's interactions by age; its words are in the accessible name and tooltip. */
export function Sparkline({
  curve,
  width = 120,
  height = 28,
}: {
  curve: readonly Point[];
  width?: number;
  height?: number;
}) {
  const pts = sparkPoints(curve, width, height);
  if (pts.length === 0) return <span class="muted">no curve yet</span>;
  const sorted = usable(curve);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const label =
    pts.length === 1
      ? `One reading: ${compactNumber(first.interactions)} interactions at ${formatAge(first.ageHours * 3600e3)}`
      : `Interactions by age: ${compactNumber(first.interactions)} at ${formatAge(first.ageHours * 3600e3)}, ` +
        `${compactNumber(last.interactions)} at ${formatAge(last.ageHours * 3600e3)} (${pts.length} readings, age on a log scale)`;
  const [lx, ly] = pts[pts.length - 1]!;
  return (
    <svg
      class="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {pts.length > 1 ? (
        <polyline
          points={pts.map(([x, y]) => `${x},${y}`).join(' ')}
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linejoin="round"
          stroke-linecap="round"
        />
      ) : null}
      <circle cx={lx} cy={ly} r="2" fill="currentColor" />
    </svg>
  );
}
