// Per-post summaries: a post's snapshots as compact points, the input of every baseline. Pure.
import type { PostRecord, SnapshotRecord, SummaryPoint, SummaryRecord } from './db';
import { METRICS, type Metrics } from './metrics';
import type { Curve } from './score';

export function pointOf(capturedAt: number, metrics: Metrics): SummaryPoint {
  return [capturedAt, ...METRICS.map((m) => metrics[m]?.value ?? null)];
}

export function buildSummary(post: PostRecord, snapshots: readonly SnapshotRecord[]): SummaryRecord {
  const points = snapshots.map((s) => pointOf(s.capturedAt, s.metrics)).sort((a, b) => a[0] - b[0]);
  return {
    key: post.key,
    account: post.account,
    id: post.id,
    publishedAt: post.publishedAt ?? 0,
    format: post.format,
    points,
  };
}

/** Adds or replaces the point at `capturedAt` in place, keeping points in time order (appending is the usual case). */
export function addPoint(summary: SummaryRecord, point: SummaryPoint): void {
  const points = summary.points;
  let i = points.length;
  while (i > 0 && points[i - 1]![0] > point[0]) i--;
  if (i > 0 && points[i - 1]![0] === point[0]) points[i - 1] = point;
  else points.splice(i, 0, point);
}

export function summaryToCurve(s: SummaryRecord): Curve {
  return {
    id: s.id,
    publishedAt: s.publishedAt,
    format: s.format,
    snapshots: s.points.map((p) => {
      const metrics: Curve['snapshots'][number]['metrics'] = {};
      METRICS.forEach((m, i) => {
        const v = p[i + 1];
        if (typeof v === 'number') metrics[m] = v;
      });
      return { at: p[0], metrics };
    }),
  };
}
