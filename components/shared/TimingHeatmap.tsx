import { useId } from 'preact/hooks';
import { ratioWords } from './insight-geometry';
import { useWidth } from './use-width';

/** Posts published in one hour of one weekday, and their geometric-mean score (null with none). */
export interface HeatCell {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  n: number;
  ratio: number | null;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Below this width (a phone) the hours run down the page and the weekdays across. */
const TURN_BELOW = 520;

/**
 * How strongly a cell is coloured: by how far its score is from 1× (3× or ⅓× is full), faint for one post.
 * At most 0.45, so its count stays readable (contrast 4.5:1 or more) in the text colour, light or dark.
 */
export function cellOpacity(c: HeatCell): number {
  if (!c.ratio || !c.n) return 0;
  const far = Math.min(1, Math.abs(Math.log2(c.ratio)) / Math.log2(3));
  return Math.round((0.08 + 0.37 * far) * (c.n < 2 ? 0.5 : 1) * 100) / 100;
}

const hh = (h: number) => String(h).padStart(2, '0');

/** The busiest hour, in words, for the caption. */
function busiest(cells: readonly HeatCell[]): string {
  const top = cells.reduce<HeatCell | null>((b, c) => (c.n > (b?.n ?? 0) ? c : b), null);
  if (!top) return 'No post compared yet.';
  const when = `${WEEKDAYS[top.weekday]}s at ${hh(top.hour)}:00`;
  return `Most posts: ${when} (${top.n}${top.ratio ? `, ${ratioWords(top.ratio)}` : ''}).`;
}

/** Where each weekday and hour is drawn: hours across and weekdays down, or the other way on a phone. */
function gridFor(width: number) {
  const turned = width < TURN_BELOW;
  const left = turned ? 44 : 40;
  const top = 16;
  const cols = turned ? 7 : 24;
  const rows = turned ? 24 : 7;
  const cellW = (width - left - 4) / cols;
  const cellH = turned ? 18 : 22;
  return {
    turned,
    left,
    top,
    cellW,
    cellH,
    height: top + rows * cellH + 4,
    at: (c: { weekday: number; hour: number }) =>
      turned
        ? { x: left + c.weekday * cellW, y: top + c.hour * cellH }
        : { x: left + c.hour * cellW, y: top + c.weekday * cellH },
  };
}
type Grid = ReturnType<typeof gridFor>;

/** The weekday and hour labels along the grid's two edges. */
function Labels({ g }: { g: Grid }) {
  const days = WEEKDAYS.map((d, w) => ({ key: d, text: d.slice(0, 3), w }));
  if (g.turned)
    return (
      <g font-size="10" fill="currentColor">
        {days.map((d) => (
          <text key={d.key} x={g.left + d.w * g.cellW + g.cellW / 2} y={g.top - 5} text-anchor="middle">
            {d.text}
          </text>
        ))}
        {Array.from({ length: 8 }, (_, i) => (
          <text key={`h${i}`} x={g.left - 6} y={g.top + i * 3 * g.cellH + g.cellH / 2 + 4} text-anchor="end">
            {`${hh(i * 3)}:00`}
          </text>
        ))}
      </g>
    );
  return (
    <g font-size="10" fill="currentColor">
      {Array.from({ length: 8 }, (_, i) => (
        <text key={`h${i}`} x={g.left + i * 3 * g.cellW + 1} y={g.top - 5}>
          {hh(i * 3)}
        </text>
      ))}
      {days.map((d) => (
        <text key={d.key} x={g.left - 6} y={g.top + d.w * g.cellH + g.cellH / 2 + 4} text-anchor="end">
          {d.text}
        </text>
      ))}
    </g>
  );
}

function Cell({ c, g }: { c: HeatCell; g: Grid }) {
  const { x, y } = g.at(c);
  const up = (c.ratio ?? 1) >= 1;
  return (
    <g class="cell" data-n={c.n}>
      <title>
        {`${WEEKDAYS[c.weekday]} ${hh(c.hour)}:00: ${c.n} ${c.n === 1 ? 'post' : 'posts'}${c.ratio ? `, ${ratioWords(c.ratio)}` : ''}`}
      </title>
      <rect
        x={x + 0.5}
        y={y + 0.5}
        width={g.cellW - 1}
        height={g.cellH - 1}
        rx="2"
        fill={up ? 'var(--up, #0060a8)' : 'var(--down, #b34700)'}
        fill-opacity={cellOpacity(c)}
        stroke="currentColor"
        stroke-opacity="0.12"
      />
      {c.n ? (
        <text
          x={x + g.cellW / 2}
          y={y + g.cellH / 2 + 4}
          text-anchor="middle"
          font-size="10"
          fill="var(--fg, #1f2328)"
        >
          {c.n}
        </text>
      ) : null}
    </g>
  );
}

/**
 * Weekday × hour of publishing, in the user's time zone: each cell's number is how many posts were
 * published then; its colour, how they scored (blue above the rest, orange below, stronger the further).
 * One cell's few posts are never a finding on their own: the findings above test whole days and blocks.
 */
export function TimingHeatmap({
  cells,
  timeZone,
  width: most = 640,
}: {
  cells: readonly HeatCell[];
  timeZone: string;
  width?: number;
}) {
  const id = useId();
  const [box, width] = useWidth<HTMLElement>(most);
  const g = gridFor(width);
  const at = new Map(cells.map((c) => [c.weekday * 24 + c.hour, c]));
  const caption = `When posts were published (${timeZone}): the number in each hour is how many posts; blue, scores above the rest, orange below, stronger the further from 1×. ${busiest(cells)}`;
  return (
    <figure class="insight-chart timing-heatmap" ref={box}>
      <svg
        width={width}
        height={g.height}
        viewBox={`0 0 ${width} ${g.height}`}
        role="img"
        aria-labelledby={id}
        style={{ color: 'var(--muted, #5b6270)', maxWidth: '100%', height: 'auto' }}
      >
        <title>{caption}</title>
        <Labels g={g} />
        {Array.from({ length: 7 * 24 }, (_, k) => (
          <Cell
            key={k}
            g={g}
            c={at.get(k) ?? { weekday: Math.floor(k / 24), hour: k % 24, n: 0, ratio: null }}
          />
        ))}
      </svg>
      <figcaption id={id}>{caption}</figcaption>
    </figure>
  );
}
