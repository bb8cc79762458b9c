import { useId } from 'preact/hooks';
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

/** One group against the rest: its ratio and 95 % interval, how many posts, and whether it stands out. */
export interface RatioRow {
  key: string;
  /** Page-derived words (a hashtag, a tag) are drawn as SVG text, never as markup. */
  label: string;
  ratio: number | null;
  low: number | null;
  high: number | null;
  n: number;
  /** Posts a claim needs: shown for a group below it. */
  need: number;
  /** Beyond noise: a filled dot in the colour of its direction. */
  strong: boolean;
}

const TOP = 6;
const AXIS = 22;
/** Below this width (a phone) each group's name goes above its line instead of beside it. */
const STACK_BELOW = 440;

/** About how wide a character of the 12 px names is: names are cut to fit their room. */
const CHAR_PX = 7.2;

/** Where a chart of this width puts the names, the scale and the counts. */
function layoutFor(width: number) {
  if (width < STACK_BELOW) {
    // The name on its own line, its ratio and count at the end of that line (about 60 px).
    const chars = Math.floor((width - 70) / CHAR_PX);
    return { stacked: true, row: 36, x0: 18, x1: width - 18, nameX: 4, chars };
  }
  const nameW = 190;
  return {
    stacked: false,
    row: 24,
    x0: nameW + 8,
    x1: width - 104,
    nameX: nameW,
    chars: Math.floor(nameW / CHAR_PX),
  };
}
type Layout = ReturnType<typeof layoutFor>;

const short = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s);

/** A group's ratio as a dot on its interval, filled when it stands out beyond noise. */
function RatioDot(props: { r: RatioRow; ratio: number; cy: number; x: (v: number) => number; unit: string }) {
  const { r, ratio, cy, x } = props;
  return (
    <g style={{ color: toneColour(ratio, r.strong) }}>
      <title>{`${r.label}: ${ratioWords(ratio, r.low, r.high)}, ${r.n} ${props.unit}`}</title>
      {r.low !== null && r.high !== null ? (
        <line x1={x(r.low)} x2={x(r.high)} y1={cy} y2={cy} stroke="currentColor" stroke-width="2" />
      ) : null}
      <circle
        class="dot"
        cx={x(ratio)}
        cy={cy}
        r="5"
        stroke="currentColor"
        stroke-width="2"
        fill={r.strong ? 'currentColor' : 'var(--bg, #fff)'}
      />
    </g>
  );
}

/** One group's row: its name, its dot on its interval (or why there is none), and its ratio and count. */
function Row({
  r,
  top,
  L,
  x,
  width,
  unit,
}: {
  r: RatioRow;
  top: number;
  L: Layout;
  x: (v: number) => number;
  width: number;
  unit: string;
}) {
  const cy = top + (L.stacked ? 25 : L.row / 2);
  const textY = L.stacked ? top + 11 : cy + 4;
  return (
    <g class={`row${r.strong ? ' strong' : ''}`} data-group={r.key}>
      <text
        x={L.nameX}
        y={textY}
        text-anchor={L.stacked ? 'start' : 'end'}
        font-size="12"
        fill="var(--fg, #1f2328)"
      >
        <title>{r.label}</title>
        {short(r.label, L.chars)}
      </text>
      {r.ratio === null ? (
        <text x={x(1)} y={cy + 4} text-anchor="middle" font-size="11" fill="currentColor">
          too few {unit} ({r.n} of {r.need})
        </text>
      ) : (
        <RatioDot r={r} ratio={r.ratio} cy={cy} x={x} unit={unit} />
      )}
      {r.ratio === null ? null : (
        <text
          x={L.stacked ? width - 4 : L.x1 + 12}
          y={textY}
          text-anchor={L.stacked ? 'end' : 'start'}
          font-size="11"
          fill="currentColor"
        >
          {`${ratioWords(r.ratio)} · ${r.n}`}
        </text>
      )}
    </g>
  );
}

/**
 * Groups side by side on one log scale around 1× (the rest, or the account's usual): each group's
 * ratio as a dot on its 95 % interval, filled when it stands out beyond noise, hollow when it does not;
 * a group with too few posts says so instead of a dot. Drawn at the width it has: on a phone each
 * group's name stands above its line.
 */
export function RatioChart({
  rows,
  caption,
  unit = 'posts',
  width: most = 640,
}: {
  rows: readonly RatioRow[];
  /** What the chart shows, in a sentence: its caption and accessible name. */
  caption: string;
  unit?: string;
  /** The widest it is drawn. */
  width?: number;
}) {
  const id = useId();
  const [box, width] = useWidth<HTMLElement>(most);
  if (!rows.length) return null;
  const L = layoutFor(width);
  const [lo, hi] = ratioExtent(rows.flatMap((r) => [r.ratio, r.low, r.high]));
  const x = logAxis(lo, hi, L.x0, L.x1);
  const bottom = TOP + rows.length * L.row;
  const height = bottom + AXIS;
  return (
    <figure class="insight-chart ratio-chart" ref={box}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={id}
        style={{ color: 'var(--muted, #5b6270)', maxWidth: '100%', height: 'auto' }}
      >
        <title>{caption}</title>
        <g class="ticks" font-size="10" fill="currentColor">
          {spacedTicks(ratioTicks(lo, hi), x, 28).map((t) => (
            <g key={t}>
              <line
                x1={x(t)}
                x2={x(t)}
                y1={TOP}
                y2={bottom}
                stroke="currentColor"
                stroke-opacity={t === 1 ? 0.6 : 0.15}
                stroke-dasharray={t === 1 ? undefined : '2 3'}
              />
              <text x={x(t)} y={bottom + 14} text-anchor="middle">
                {tickLabel(t)}
              </text>
            </g>
          ))}
        </g>
        {rows.map((r, i) => (
          <Row key={r.key} r={r} top={TOP + i * L.row} L={L} x={x} width={width} unit={unit} />
        ))}
      </svg>
      <figcaption id={id}>{caption}</figcaption>
    </figure>
  );
}
