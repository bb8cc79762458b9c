// Builders for synthetic accounts used by the score tests. Not a test file itself.
import type { Curve, Metric, ScoreOptions } from '@/lib/score/score';

export const H = 3_600_000;
export const NOW = Date.UTC(2025, 5, 1, 12);

export type Counts = Partial<Record<Metric, number>>;

/** A curve published `publishedAgoH` hours before NOW with snapshots at the given ages (hours). */
export function curve(
  id: string,
  publishedAgoH: number,
  snaps: [ageH: number, counts: Counts, followers?: number][],
  format?: string,
): Curve {
  const publishedAt = NOW - publishedAgoH * H;
  const c: Curve = {
    id,
    publishedAt,
    snapshots: snaps.map(([a, metrics, followers]) =>
      followers === undefined
        ? { at: publishedAt + a * H, metrics }
        : { at: publishedAt + a * H, metrics, followers },
    ),
  };
  if (format !== undefined) c.format = format;
  return c;
}

/** The post being scored: published `ageH` ago, one snapshot now. */
export function young(
  counts: Counts,
  ageH = 6,
  extra: { id?: string; format?: string; followers?: number } = {},
): Curve {
  return curve(extra.id ?? 'post', ageH, [[ageH, counts, extra.followers]], extra.format);
}

/** `n` baseline posts, one a day from `firstDayAgo` back, each read once at `ageH` with `counts(i)`. */
export function baseline(
  n: number,
  counts: (i: number) => Counts,
  opts: {
    ageH?: number;
    firstDayAgo?: number;
    format?: string;
    followers?: (i: number) => number;
    prefix?: string;
  } = {},
): Curve[] {
  const ageH = opts.ageH ?? 6;
  const first = opts.firstDayAgo ?? 1;
  return Array.from({ length: n }, (_, i) =>
    curve(
      `${opts.prefix ?? 'b'}${i}`,
      (first + i) * 24,
      [[ageH, counts(i), opts.followers?.(i)]],
      opts.format,
    ),
  );
}

export const X: ScoreOptions = { platform: 'x', now: NOW };

/** ln(1+a) − ln(1+b): the log-lift of count a over usual b, as docs/scoring.md defines it. */
export const lift = (a: number, b: number) => Math.log1p(a) - Math.log1p(b);
