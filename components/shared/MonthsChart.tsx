import { useId } from 'preact/hooks';
import { GridLines } from './GridLines';
import {
  logAxis,
  ratioExtent,
  ratioTicks,
  ratioWords,
  spacedTicks,
  tickLabel,
  toneColour,
} from './insight-geometry';
import { useWidth } from './use-width';

/** One month against the account's other months, and the band a month of that many posts stays in by chance. */
export interface MonthPoint {
  /** YYYY-MM. */
  month: string;
  n: number;
  ratio: number | null;
  low: number | null;
  high: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  /** Beyond noise: marked, in the colour of its direction. */
  strong: boolean;
}

const SHORT = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const M = { left: 40, right: 10, top: 10, bottom: 34 };

/** "Mar", with the year under January and under the first month shown. */
function monthLabel(m: string, first: boolean): [string, string] {
  const i = Number(m.slice(5)) - 1;
  return [SHORT[i] ?? m, first || i === 0 ? m.slice(0, 4) : ''];
}

/** The ratio ticks up the side and the months along the bottom. */
function MonthAxes({
  months,
  y,
  cx,
  width,
  height,
  ticks,
}: {
  months: readonly MonthPoint[];
  y: (r: number) => number;
  cx: (i: number) => number;
  width: number;
  height: number;
  ticks: number[];
}) {
  return (
    <g font-size="10" fill="currentColor">
      <GridLines
        ticks={spacedTicks(ticks, y, 12)}
        y={y}
        x1={M.left}
        x2={width - M.right}
        label={tickLabel}
        strong={1}
      />
      {months.map((m, i) => {
        const [mon, year] = monthLabel(m.month, i === 0);
        return (
          <text key={m.month} x={cx(i)} y={height - M.bottom + 14} text-anchor="middle">
            {mon}
            {year ? (
              <tspan x={cx(i)} dy="12">
                {year}
              </tspan>
            ) : null}
          </text>
        );
      })}
    </g>
  );
}

/** A month's ratio on its interval, filled and labelled when beyond noise. */
function MonthMark({
  m,
  x,
  y,
  width,
}: {
  m: MonthPoint;
  x: number;
  y: (r: number) => number;
  width: number;
}) {
  if (m.ratio === null) return null;
  // The label beside the mark, on its left near the right edge.
  const left = x + 34 > width;
  return (
    <g class={`month${m.strong ? ' strong' : ''}`} style={{ color: toneColour(m.ratio, m.strong) }}>
      <title>{`${m.month}: ${ratioWords(m.ratio, m.low, m.high)}, ${m.n} posts${m.strong ? ', beyond noise' : ''}`}</title>
      {m.low !== null && m.high !== null ? (
        <line x1={x} x2={x} y1={y(m.low)} y2={y(m.high)} stroke="currentColor" stroke-width="2" />
      ) : null}
      <circle
        cx={x}
        cy={y(m.ratio)}
        r="4.5"
        stroke="currentColor"
        stroke-width="2"
        fill={m.strong ? 'currentColor' : 'var(--bg, #fff)'}
      />
      {m.strong ? (
        <text
          x={left ? x - 7 : x + 7}
          text-anchor={left ? 'end' : 'start'}
          y={y(m.ratio) - 6}
          font-size="10"
          font-weight="600"
          fill="currentColor"
        >
          {ratioWords(m.ratio)}
        </text>
      ) : null}
    </g>
  );
}

/**
 * The long-term line: engagement at the comparison age month by month against the account's other months,
 * on a log scale around 1×. The grey band is normal variation for a month of that many posts; a month
 * outside it that the corrected test also calls beyond noise is filled and labelled.
 */
export function MonthsChart({
  months,
  caption,
  description,
  width: most = 640,
  height = 190,
}: {
  months: readonly MonthPoint[];
  caption: string;
  /** What every chart of a row of them shows, said once beside them: added to this one's accessible name. */
  description?: string;
  /** The widest it is drawn. */
  width?: number;
  height?: number;
}) {
  const id = useId();
  const [box, width] = useWidth<HTMLElement>(most);
  if (!months.length) return null;
  const [lo, hi] = ratioExtent(months.flatMap((m) => [m.ratio, m.low, m.high, m.bandLow, m.bandHigh]));
  const y = logAxis(hi, lo, M.top, height - M.bottom);
  const step = (width - M.left - M.right) / months.length;
  const cx = (i: number) => Math.round((M.left + step * (i + 0.5)) * 10) / 10;
  const half = Math.min(16, step * 0.4);
  return (
    <figure class="insight-chart months-chart" ref={box}>
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
        <MonthAxes months={months} y={y} cx={cx} width={width} height={height} ticks={ratioTicks(lo, hi)} />
        {months.map((m, i) =>
          m.bandLow !== null && m.bandHigh !== null ? (
            <rect
              key={`b${m.month}`}
              class="band"
              x={cx(i) - half}
              width={half * 2}
              y={y(m.bandHigh)}
              height={Math.max(1, y(m.bandLow) - y(m.bandHigh))}
              fill="currentColor"
              fill-opacity="0.16"
            />
          ) : null,
        )}
        {months.map((m, i) => (
          <MonthMark key={`m${m.month}`} m={m} x={cx(i)} y={y} width={width} />
        ))}
      </svg>
      <figcaption id={id}>{caption}</figcaption>
    </figure>
  );
}
