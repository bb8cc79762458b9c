import type { Metric } from '@/lib/core/metrics';
import type { PostBand } from '@/lib/protocol/history';
import { ageScale, ageTicks, area, countScale, countTicks, polyline, times } from './curve-geometry';
import { formatAge, metricName } from './format';
import { GridLines } from './GridLines';
import { compactNumber } from './numbers';

const hours = (h: number) => formatAge(h * 3600e3);

/** "likes + replies + reposts", in the site's words: what the chart counts. */
export function countedWords(platform: string, metrics: readonly Metric[]): string {
  return metrics.map((m) => metricName(platform, m)).join(' + ');
}

/** The chart in one sentence, at the post's latest reading: for its caption and screen readers. */
export function curveSummary(curve: PostBand, platform: string): string {
  const what = countedWords(platform, curve.metrics);
  const last = curve.post[curve.post.length - 1];
  if (!last) return `No readings of ${what} yet.`;
  const own = `${compactNumber(last.value)} ${what} at ${hours(last.ageHours)}`;
  const b = curve.band.find((p) => p.ageHours === last.ageHours);
  if (!b) return `${own}; too few of the account’s posts can be compared at that age yet.`;
  return (
    `${own}; usual ${compactNumber(b.median)} (middle half ${compactNumber(b.q1)}–${compactNumber(b.q3)} ` +
    `of ${b.n} posts compared), ${times((1 + last.value) / (1 + b.median))} usual.`
  );
}

const M = { left: 36, right: 8, top: 8, bottom: 20 };
// The post in the score's "up" colour; the usual in the text's own, lighter.
const POST_STROKE = { stroke: 'var(--up, #0060a8)' };
const POST_FILL = { fill: 'var(--up, #0060a8)' };

/** Counts up the side (the top left a little room) and ages along the bottom. */
function CurveTicks(props: {
  top: number;
  lo: number;
  hi: number;
  x: (age: number) => number;
  y: (count: number) => number;
  width: number;
  height: number;
}) {
  const { top, lo, hi, x, y, width, height } = props;
  return (
    <g class="ticks" fill="currentColor" fill-opacity="0.75" font-size="10">
      <GridLines
        ticks={countTicks(top / 1.15)}
        y={y}
        x1={M.left}
        x2={width - M.right}
        label={compactNumber}
      />
      {ageTicks(lo, hi).map((t) => (
        <text key={`a${t}`} x={x(t)} y={height - 6} text-anchor="middle">
          {hours(t)}
        </text>
      ))}
    </g>
  );
}

type Points = readonly (readonly [number, number])[];

/** The usual's middle half (shaded) and median (dashed), and the post's own curve and readings over them. */
function CurveLines({
  upper,
  lower,
  median,
  post,
}: {
  upper: Points;
  lower: Points;
  median: Points;
  post: Points;
}) {
  return (
    <>
      {upper.length ? (
        <path class="band" d={area(upper, lower)} fill="currentColor" fill-opacity="0.16" />
      ) : null}
      {median.length > 1 ? (
        <polyline
          class="median"
          points={polyline(median)}
          fill="none"
          stroke="currentColor"
          stroke-width="1.3"
          stroke-dasharray="4 3"
        />
      ) : null}
      {post.length > 1 ? (
        <polyline class="post" points={polyline(post)} fill="none" stroke-width="2" style={POST_STROKE} />
      ) : null}
      {post.map(([px, py]) => (
        <circle key={`${px},${py}`} class="post-dot" cx={px} cy={py} r="2.5" style={POST_FILL} />
      ))}
    </>
  );
}

/**
 * A post's curve (its counts by age) over the usual: the median of the posts it is compared with
 * (dashed) and their middle half (shaded), from its first reading on to the site's final age.
 */
export function CurveChart({
  curve,
  platform,
  width = 360,
  height = 150,
}: {
  curve: PostBand;
  platform: string;
  width?: number;
  height?: number;
}) {
  const ages = [...curve.post.map((p) => p.ageHours), ...curve.band.map((b) => b.ageHours)];
  if (!ages.length) return null;
  const lo = Math.min(...ages) / 1.25;
  const hi = Math.max(curve.finalAgeHours, ...ages);
  const top = Math.max(1, ...curve.post.map((p) => p.value), ...curve.band.map((b) => b.q3)) * 1.15;
  const x = ageScale(lo, hi, M.left, width - M.right);
  const y = countScale(top, height - M.bottom, M.top);
  const band = curve.band;
  const upper = band.map((b) => [x(b.ageHours), y(b.q3)] as const);
  const lower = band.map((b) => [x(b.ageHours), y(b.q1)] as const);
  const median = band.map((b) => [x(b.ageHours), y(b.median)] as const);
  const post = curve.post.map((p) => [x(p.ageHours), y(p.value)] as const);
  const summary = curveSummary(curve, platform);
  const id = `curve-${curve.id.replace(/[^\w-]/g, '_')}`;
  return (
    <figure class="curve-chart">
      <svg
        style={{ color: 'var(--muted, #5b6270)' }}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={id}
        data-band-points={band.length}
      >
        <title>{summary}</title>
        <CurveTicks top={top} lo={lo} hi={hi} x={x} y={y} width={width} height={height} />
        <CurveLines upper={upper} lower={lower} median={median} post={post} />
      </svg>
      <figcaption id={id}>
        {summary}{' '}
        <span class="legend">
          <span class="key post">this post</span> <span class="key median">usual (median)</span>{' '}
          <span class="key band">middle half of the posts compared</span>; age on a log scale.
        </span>
      </figcaption>
    </figure>
  );
}
