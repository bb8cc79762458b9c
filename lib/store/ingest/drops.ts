// Counts far below a post's own history are kept but flagged, never silently accepted: a misread, a
// purge of fake likes, a site glitch. Pure.

import { METRICS, type Metrics } from '@/lib/core/metrics';
import type { SnapshotFlag, SummaryPoint } from '@/lib/store/records';

/** The highest count each metric has reached so far. */
export type Peak = Partial<Record<string, number>>;

/** The highest count each metric has reached in a post's stored points. */
export function peakOf(points: readonly SummaryPoint[]): Peak {
  const peak: Peak = {};
  for (const p of points) {
    METRICS.forEach((m, i) => {
      const v = p[i + 1];
      if (typeof v === 'number') peak[m] = Math.max(peak[m] ?? 0, v);
    });
  }
  return peak;
}

/** A count below half its earlier peak (and at least 10 lower) is kept but flagged. */
export function dropFlags(metrics: Metrics, peak: Peak): SnapshotFlag[] | undefined {
  for (const m of METRICS) {
    const v = metrics[m]?.value;
    const p = peak[m];
    if (v !== undefined && p !== undefined && v < p / 2 && p - v >= 10) return ['drop'];
  }
  return undefined;
}

/** Raises `peak` in place to include `metrics`. */
export function raisePeak(peak: Peak, metrics: Metrics): void {
  for (const m of METRICS) {
    const v = metrics[m]?.value;
    if (v !== undefined) peak[m] = Math.max(peak[m] ?? 0, v);
  }
}
