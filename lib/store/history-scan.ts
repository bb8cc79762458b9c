// The first pages of an account by publication time, read straight from its week buckets (newest or
// oldest first) while the whole account is still being read and scored: a brand with 10,000 posts sees
// its latest posts as soon as one with 36 does.
import type { HistoryQuery } from '@/lib/protocol/history';
import { bucketPosts } from './bucket-codec';
import { WEEK_MS } from './buckets';
import { type Indexed, indexed, sortPosts } from './history-query';
import type { ResonanceDB, StoredPost } from './records';

/** Queries the buckets can answer on their own: by date, within a date range at most. */
export const quickable = (q: HistoryQuery) =>
  q.sort === 'published' && !q.search?.trim() && q.format === undefined;

/**
 * A bucket holds the posts of one publication week (lib/store/buckets.ts), give or take a week for a time
 * first read as "3d" and made exact later: reading on one week past the last post the page needs keeps
 * the order right.
 */
const MARGIN_WEEKS = 1;

export interface QuickPage {
  rows: { entry: StoredPost; row: Indexed }[];
  /** Every post of the account, when no date range narrows it. */
  total: number | null;
}

/** One page by publication time, reading buckets from the end the order starts at until it is sure. */
export async function quickPage(db: ResonanceDB, account: string, q: HistoryQuery): Promise<QuickPage> {
  const ranged = q.from !== undefined || q.to !== undefined;
  const lo = q.from === undefined ? -Infinity : Math.floor(q.from / WEEK_MS) - MARGIN_WEEKS;
  const hi = q.to === undefined ? Infinity : Math.floor(q.to / WEEK_MS) + MARGIN_WEEKS;
  const from = q.from ?? -Infinity;
  const to = q.to ?? Infinity;
  const want = q.offset + q.limit;
  const found = new Map<string, { entry: StoredPost; row: Indexed }>();
  const tx = db.transaction('buckets');
  const range = IDBKeyRange.bound([account, lo], [account, hi]);
  let cursor = await tx.store.openCursor(range, q.descending ? 'prev' : 'next');
  let order: Indexed[] = [];
  while (cursor) {
    if (order.length >= want) {
      const edge = order[want - 1]!.post.publishedAt;
      const week = cursor.value.week;
      const edgeWeek = edge === null ? null : Math.floor(edge / WEEK_MS);
      const past =
        edgeWeek !== null && (q.descending ? week < edgeWeek - MARGIN_WEEKS : week > edgeWeek + MARGIN_WEEKS);
      if (past) break;
    }
    for (const entry of bucketPosts(cursor.value)) {
      const t = entry.post.publishedAt;
      if (ranged && (t === null || t < from || t > to)) continue;
      found.set(entry.post.key, { entry, row: indexed(entry.post, null) });
    }
    order = sortPosts(
      [...found.values()].map((f) => f.row),
      'published',
      q.descending,
    );
    cursor = await cursor.continue();
  }
  const total = ranged ? null : await db.countFromIndex('postBuckets', 'by-account', account);
  return {
    rows: order.slice(q.offset, want).map((r) => found.get(r.post.key)!),
    total,
  };
}
