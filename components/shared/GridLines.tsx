/**
 * Horizontal gridlines at `ticks` across x1..x2, each labelled at the left margin: the charts' value
 * scale. The line at `strong` (1× on a ratio scale) is drawn darker.
 */
export function GridLines({
  ticks,
  y,
  x1,
  x2,
  label,
  strong,
}: {
  ticks: readonly number[];
  y: (v: number) => number;
  x1: number;
  x2: number;
  label: (v: number) => string;
  strong?: number;
}) {
  return (
    <>
      {ticks.map((t) => (
        <g key={`y${t}`}>
          <line
            x1={x1}
            x2={x2}
            y1={y(t)}
            y2={y(t)}
            stroke="currentColor"
            stroke-opacity={t === strong ? 0.6 : 0.15}
          />
          <text x={x1 - 4} y={y(t) + 3} text-anchor="end">
            {label(t)}
          </text>
        </g>
      ))}
    </>
  );
}
