import { useId } from 'preact/hooks';
import { GridLines } from './GridLines';
import { logAxis, ratioExtent, ratioTicks, spacedTicks, tickLabel } from './insight-geometry';
import { useWidth } from './use-width';

/** One finished week: how many posts, and the median score of those compared (null with none). */
export interface WeekPoint {
  week: string;
  posts: number;
  median: number | null;
}

const M = { left: 40, right: 12, top: 10, bottom: 30 };

/** Least squares of ln(median) on log₂(posts): the line drawn through the weeks, as the finding fits it. */
export function weekLine(weeks: readonly WeekPoint[]): { a: number; b: number } | null {
  const pts = weeks.filter((w) => w.median !== null && w.posts > 0);
  const xs = pts.map((w) => Math.log2(w.posts));
  const ys = pts.map((w) => Math.log(w.median!));
  if (pts.length < 2 || new Set(xs).size < 2) return null;
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/** The score's ticks (log scale around 1×) and the posts-a-week ticks, with their label. */
function WeeksAxes(props: {
  lo: number;
  hi: number;
  y: (v: number) => number;
  x: (posts: number) => number;
  most: number;
  width: number;
  height: number;
}) {
  const { lo, hi, y, x, most, width, height } = props;
  const ticks = Array.from({ length: most }, (_, i) => i + 1).filter((p) => most <= 8 || p % 2 === 1);
  return (
    <g font-size="10" fill="currentColor">
      <GridLines
        ticks={spacedTicks(ratioTicks(lo, hi), y, 12)}
        y={y}
        x1={M.left}
        x2={width - M.right}
        label={tickLabel}
        strong={1}
      />
      {ticks.map((p) => (
        <text key={`x${p}`} x={x(p)} y={height - M.bottom + 13} text-anchor="middle">
          {p}
        </text>
      ))}
      <text x={(M.left + width - M.right) / 2} y={height - 4} text-anchor="middle">
        posts that week
      </text>
    </g>
  );
}

/** One dot per week, and the fitted line from the fewest posts a week to the most, dashed. */
function WeekMarks(props: {
  weeks: readonly WeekPoint[];
  x: (posts: number) => number;
  y: (median: number) => number;
  line: { a: number; b: number; min: number; max: number } | null;
}) {
  const { weeks, x, y, line } = props;
  const at = (posts: number) => y(Math.exp(line!.a + line!.b * Math.log2(posts)));
  return (
    <>
      {line ? (
        <line
          class="fit"
          x1={x(line.min)}
          x2={x(line.max)}
          y1={at(line.min)}
          y2={at(line.max)}
          stroke="var(--fg, #1f2328)"
          stroke-width="1.5"
          stroke-dasharray="5 3"
        />
      ) : null}
      {weeks.map((w) => (
        <circle
          key={w.week}
          class="week"
          cx={x(w.posts)}
          cy={y(w.median!)}
          r="3.5"
          fill="var(--up, #0060a8)"
          fill-opacity="0.6"
        >
          <title>{`Week of ${w.week}: ${w.posts} posts, median ${w.median!.toFixed(2)}×`}</title>
        </circle>
      ))}
    </>
  );
}

/**
 * Quantity against quality: one dot per finished week, how many posts against that week's median score
 * (log scale around 1×), and the line fitted through them, dashed.
 */
export function WeeksChart({
  weeks,
  caption,
  description,
  width: widest = 300,
  height = 170,
}: {
  weeks: readonly WeekPoint[];
  caption: string;
  /** What every chart of a row of them shows, said once beside them: added to this one's accessible name. */
  description?: string;
  /** The widest it is drawn. */
  width?: number;
  height?: number;
}) {
  const id = useId();
  const [box, width] = useWidth<HTMLElement>(widest);
  const shown = weeks.filter((w) => w.median !== null);
  if (!shown.length) return null;
  const most = Math.max(2, ...weeks.map((w) => w.posts));
  const x = (p: number) => Math.round((M.left + ((p - 0.5) / most) * (width - M.left - M.right)) * 10) / 10;
  const [lo, hi] = ratioExtent(shown.map((w) => w.median));
  const y = logAxis(hi, lo, M.top, height - M.bottom);
  const line = weekLine(weeks);
  const min = Math.min(...shown.map((w) => w.posts));
  const max = Math.max(...shown.map((w) => w.posts));
  return (
    <figure class="insight-chart weeks-chart" ref={box}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={description ? undefined : id}
        aria-label={description ? `${caption}: ${description}` : undefined}
        style={{ color: 'var(--muted, #5b6270)', maxWidth: '100%', height: 'auto' }}
      >
        <title>{description ? `${caption}: ${description}` : caption}</title>
        <WeeksAxes lo={lo} hi={hi} y={y} x={x} most={most} width={width} height={height} />
        <WeekMarks weeks={shown} x={x} y={y} line={line && max > min ? { ...line, min, max } : null} />
      </svg>
      <figcaption id={id}>{caption}</figcaption>
    </figure>
  );
}
