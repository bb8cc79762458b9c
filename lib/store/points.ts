// Per-post summaries: a post's snapshots as compact points, the input of every baseline. Pure.

import { METRICS, type Metrics } from '@/lib/core/metrics';
import type { Curve } from '@/lib/score/score';
import type { PostRecord, SnapshotRecord, StoredPost, SummaryPoint, SummaryRecord } from './records';

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

/** Adds or replaces the point at its capture time in place, keeping points in time order (appending is the usual case). */
export function addPoint(points: SummaryPoint[], point: SummaryPoint): void {
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

/** A post's record and curve recomputed from its stored snapshots (in key order), which are the truth. */
export function fromSnapshots(post: PostRecord, rows: readonly SnapshotRecord[]): StoredPost {
  if (!rows.length) return { post, points: [] };
  const last = rows[rows.length - 1]!;
  const updated: PostRecord = {
    ...post,
    firstSeenAt: rows[0]!.capturedAt,
    lastSeenAt: last.capturedAt,
    latest: last.metrics,
    snapshots: rows.length,
  };
  return { post: updated, points: rows.map((s) => pointOf(s.capturedAt, s.metrics)) };
}
