// Reading a TikTok post's counts. TikTok shows them as text only (no label carries an exact number): exact
// below 10,000, then `10K`, `76.3K`, `2.2M`, read through parseCount as the range they stand for. A count
// the post does not show is absent, never 0; a count shown that can't be read makes the post unreadable.
import type { Count, Metric, Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { ownFirst } from './scope';
import { TIKTOK as T } from './selectors';

export type CountsResult = { ok: true; metrics: Metrics } | { ok: false; reason: string };

type Read = { count: Count } | { absent: true } | { unreadable: true };

function readCount(el: Element | null, locale: string): Read {
  const text = el?.textContent?.trim() ?? '';
  // No element, or a word in place of a number ("Share" on a video never shared): not shown.
  if (!/\p{Nd}/u.test(text)) return { absent: true };
  const count = parseCount(text, locale);
  return count ? { count } : { unreadable: true };
}

function collect(post: Element, metrics: readonly Metric[], locale: string): CountsResult {
  const out: Metrics = {};
  for (const m of metrics) {
    const r = readCount(ownFirst(post, T.counts[m as keyof typeof T.counts] ?? []), locale);
    if ('unreadable' in r) return { ok: false, reason: `the ${m} count shown can't be read` };
    if ('count' in r) out[m] = r.count;
  }
  return { ok: true, metrics: out };
}

/** A feed item, the video page or the modal: likes, comments, shares and saves; TikTok shows no views there. */
export function readActionCounts(post: Element, locale: string): CountsResult {
  const r = collect(post, ['likes', 'comments', 'shares', 'saves'], locale);
  if (r.ok && !r.metrics.likes && !r.metrics.comments && !r.metrics.shares)
    return { ok: false, reason: 'no counts found: the action bar is missing or empty' };
  return r;
}

/** A profile tile: its views only. */
export function readTileCounts(tile: Element, locale: string): CountsResult {
  const r = collect(tile, ['views'], locale);
  if (r.ok && !r.metrics.views) return { ok: false, reason: 'no view count on the tile' };
  return r;
}

/** The element a post's badge follows: its like count (else comment count), in the action column. */
export function firstCount(post: Element): Element | null {
  return ownFirst(post, [...T.counts.likes, ...T.counts.comments, ...T.counts.views]);
}
