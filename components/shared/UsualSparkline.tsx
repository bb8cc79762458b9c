import type { PostBand } from '@/lib/protocol/history';
import { ageScale, area, polyline, RATIO_SPAN, ratioScale, ratios, times } from './curve-geometry';
import { formatAge } from './format';

/** Every sparkline's age axis starts here, so rows line up: 10 minutes. */
const FIRST_AGE_H = 1 / 6;
const PAD = 3;
/** Above the middle half in the score's "up" colour, below it in "down", inside it in the text's. */
const TONES = { up: 'var(--up, #0060a8)', down: 'var(--down, #b34700)', usual: 'var(--fg, #1f2328)' };

type Ratio = ReturnType<typeof ratios>[number];

/** The sparkline in words: where the post stands at its latest reading, and how it is drawn. */
function sparkLabel(pts: readonly Ratio[]): string {
  const last = pts[pts.length - 1]!;
  return (
    `Against the usual: ${times(last.ratio)} at ${formatAge(last.ageHours * 3600e3)}; ` +
    `the middle half of ${last.n} posts compared ${times(last.low)} to ${times(last.high)}` +
    ` (${pts.length === 1 ? 'one reading' : `${pts.length} readings`}, scale ⅓× to 3× for every post)`
  );
}

/** The middle half's upper and lower edges; one reading's band is a short bar at its age. */
function bandEdges(pts: readonly Ratio[], x: (age: number) => number, y: (ratio: number) => number) {
  const one = pts.length === 1;
  const upper = pts.map((p) => [x(p.ageHours) - (one ? 2 : 0), y(p.high)] as const);
  const lower = pts.map((p) => [x(p.ageHours) - (one ? 2 : 0), y(p.low)] as const);
  if (one) {
    upper.push([upper[0]![0] + 4, upper[0]![1]]);
    lower.push([lower[0]![0] + 4, lower[0]![1]]);
  }
  return [upper, lower] as const;
}

/**
 * A post against the usual by age, on one scale for every row: × usual (⅓× … 3×, log) up, age (log) across.
 * The shaded band is the middle half of the posts it is compared with, the dashed line 1×.
 */
export function UsualSparkline({
  curve,
  width = 120,
  height = 36,
}: {
  curve: PostBand;
  width?: number;
  height?: number;
}) {
  const pts = ratios(curve);
  if (!pts.length) return <span class="muted">too few posts to compare yet</span>;
  const lo = Math.min(FIRST_AGE_H, pts[0]!.ageHours);
  const x = ageScale(lo, Math.max(curve.finalAgeHours, pts[pts.length - 1]!.ageHours), PAD, width - PAD);
  const y = ratioScale(height - PAD, PAD);
  const last = pts[pts.length - 1]!;
  const label = sparkLabel(pts);
  const [upper, lower] = bandEdges(pts, x, y);
  const line = pts.map((p) => [x(p.ageHours), y(p.ratio)] as const);
  const [lx, ly] = line[line.length - 1]!;
  const tone = last.ratio > last.high ? 'up' : last.ratio < last.low ? 'down' : 'usual';
  return (
    <svg
      class={`usual-spark ${tone}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      style={{ color: 'var(--muted, #5b6270)' }}
      data-ratio={last.ratio.toFixed(3)}
      data-span={RATIO_SPAN}
    >
      <title>{label}</title>
      <path class="band" d={area(upper, lower)} fill="currentColor" fill-opacity="0.16" />
      <line
        class="one"
        x1={PAD}
        x2={width - PAD}
        y1={y(1)}
        y2={y(1)}
        stroke="currentColor"
        stroke-opacity="0.6"
        stroke-dasharray="3 3"
      />
      {line.length > 1 ? (
        <polyline
          class="post"
          points={polyline(line)}
          fill="none"
          stroke-width="1.6"
          stroke-linejoin="round"
          style={{ stroke: TONES[tone] }}
        />
      ) : null}
      <circle class="post-dot" cx={lx} cy={ly} r="2.2" style={{ fill: TONES[tone] }} />
    </svg>
  );
}
