// Thinning a post's old snapshots to log-spaced ages, so its curve keeps its shape at a bounded
// cost per post. Pure: which capture times to keep, decided from times and change flags alone.
import { DAY, HOUR } from '@/lib/core/time';

/**
 * Target ages in hours: 1, 3, 6, 12, 24, 48, 72 h as the issue lists them, then every doubling from
 * 7 d (14 d, 28 d, 56 d … 86,016 h ≈ 9.8 years). The score reads a curve by interpolating in log-age,
 * so log-spaced targets spread its error evenly, and no two neighbours are more than 3× apart (the
 * issue's 7 d → 28 d step would be 4×, so 14 d is added). Monthly targets after 28 d would keep ~120
 * snapshots of a ten-year-old post for a stretch the score holds flat (A_sat is at most 28 d).
 */
export const RETENTION_AGES_H: readonly number[] = [
  1, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 2688, 5376, 10752, 21504, 43008, 86016,
];

/** Snapshots this recent are all kept: their posts are still being scored at fine resolution. */
export const KEEP_RECENT_MS = 2 * DAY;

/**
 * The capture times to keep of one post's snapshots.
 *
 * `metricsChanged[i]` says whether the snapshot at `capturedAts[i]` had other counts than the one
 * captured just before it (a missing flag counts as changed). Age 0 is `publishedAt`, or the first
 * capture when that is unknown. Kept: the first and the last snapshot; every snapshot captured at or
 * after `now − keepRecentMs`; and for each target age, the snapshot nearest to it in log-age (ties:
 * the earlier), so at most one per target. A target whose nearest snapshot lies in the final
 * unchanged run keeps that run's first snapshot instead: with the last one, always kept, it makes the
 * whole flat tail exact.
 *
 * Lost: between two kept snapshots, when exactly the counts changed (the curve is interpolated
 * there) and any dip that recovered in between (the score smooths dips away anyway); snapshots
 * captured at or before age 0 (the score drops them); non-finite times (no IndexedDB key can hold one).
 *
 * Thinning the kept set again keeps all of it while counts never go down. After a dip, a kept
 * snapshot can turn out equal to an earlier kept one, moving the tail's start: a second pass may
 * then drop snapshots whose counts equal both kept neighbours, which loses nothing.
 */
export function snapshotsToKeep(
  publishedAt: number | null,
  capturedAts: number[],
  metricsChanged: boolean[],
  now: number,
  opts: { keepRecentMs?: number } = {},
): Set<number> {
  const keepRecentMs = opts.keepRecentMs ?? KEEP_RECENT_MS;
  // Duplicate times are one snapshot, changed if any copy says so.
  const changed = new Map<number, boolean>();
  capturedAts.forEach((t, i) => {
    if (Number.isFinite(t)) changed.set(t, (changed.get(t) ?? false) || (metricsChanged[i] ?? true));
  });
  const times = [...changed.keys()].sort((a, b) => a - b);
  const keep = new Set<number>();
  if (times.length === 0) return keep;
  const last = times.length - 1;
  keep.add(times[0]!).add(times[last]!);
  for (const t of times) if (t >= now - keepRecentMs) keep.add(t);

  // The final unchanged run starts at the last snapshot whose counts changed.
  let tailStart = last;
  while (tailStart > 0 && !changed.get(times[tailStart]!)) tailStart--;

  const origin = publishedAt !== null && Number.isFinite(publishedAt) ? publishedAt : times[0]!;
  const logAges = times.map((t) => (t > origin ? Math.log((t - origin) / HOUR) : Number.NaN));
  for (const target of RETENTION_AGES_H) {
    const logTarget = Math.log(target);
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= last; i++) {
      const d = Math.abs(logAges[i]! - logTarget);
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    if (best >= 0) keep.add(times[Math.min(best, tailStart)]!);
  }
  return keep;
}
