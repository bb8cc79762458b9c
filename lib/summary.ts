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

/** Adds or replaces the point at `capturedAt`, keeping points in time order. */
export function withPoint(summary: SummaryRecord, point: SummaryPoint): SummaryRecord {
  const points = summary.points.filter((p) => p[0] !== point[0]);
  points.push(point);
  points.sort((a, b) => a[0] - b[0]);
  return { ...summary, points };
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
