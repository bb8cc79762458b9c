// Sorting, filtering and paging an account's posts in memory, once they are read and scored
// (./history-session.ts). Pure. Each sort order is computed once and kept, so paging through
// 10,000 posts, or filtering them again, costs a pass over an array.
import type { FormatSummary, HistoryQuery, HistorySort } from '@/lib/protocol/history';
import type { PostRecord } from './records';

export interface Indexed {
  post: PostRecord;
  /** The score's ratio (× usual), null when the post has no score. */
  ratio: number | null;
  /** The post's text, link and id, folded for search. */
  haystack: string;
}

/** Lower case without accents, so "cafe" finds "Café". */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function indexed(post: PostRecord, ratio: number | null): Indexed {
  return { post, ratio, haystack: fold(`${post.text ?? ''}\n${post.url}\n${post.id}`) };
}

function sortValue(e: Indexed, sort: HistorySort): number | null {
  if (sort === 'published') return e.post.publishedAt;
  if (sort === 'score') return e.ratio;
  return e.post.latest[sort]?.value ?? null;
}

/** Newest first, then by key: the order of ties, so pages never overlap. */
const byTime = (a: Indexed, b: Indexed) =>
  (b.post.publishedAt ?? -Infinity) - (a.post.publishedAt ?? -Infinity) ||
  (a.post.key < b.post.key ? -1 : a.post.key > b.post.key ? 1 : 0);

/** Posts in `sort` order; those without the value (no time, no score, count not shown) last, newest first. */
export function sortPosts(all: readonly Indexed[], sort: HistorySort, descending: boolean): Indexed[] {
  const keyed = all.map((e) => ({ e, v: sortValue(e, sort) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? byTime(a.e, b.e) : a.v === null ? 1 : -1;
    return (descending ? b.v - a.v : a.v - b.v) || byTime(a.e, b.e);
  });
  return keyed.map((k) => k.e);
}

/** The test for the date range and the search words (the format filter is applied apart). */
function datesAndWords(q: HistoryQuery): (e: Indexed) => boolean {
  const words = fold(q.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const ranged = q.from !== undefined || q.to !== undefined;
  const from = q.from ?? -Infinity;
  const to = q.to ?? Infinity;
  return (e) => {
    const t = e.post.publishedAt;
    if (ranged && (t === null || t < from || t > to)) return false;
    return words.every((w) => e.haystack.includes(w));
  };
}

const formatOf = (e: Indexed) => e.post.format ?? 'unknown';

function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (!n) return null;
  const h = n >> 1;
  return n % 2 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
}

/** Each format's number of posts and median score, most posts first. */
export function formatSummary(posts: readonly Indexed[]): FormatSummary[] {
  const groups = new Map<FormatSummary['format'], number[]>();
  const counts = new Map<FormatSummary['format'], number>();
  for (const e of posts) {
    const f = formatOf(e);
    counts.set(f, (counts.get(f) ?? 0) + 1);
    const ratios = groups.get(f) ?? [];
    if (e.ratio !== null) ratios.push(e.ratio);
    groups.set(f, ratios);
  }
  return [...counts]
    .map(([format, posts]) => {
      const ratios = groups.get(format)!.sort((a, b) => a - b);
      return { format, posts, scored: ratios.length, median: median(ratios) };
    })
    .sort((a, b) => b.posts - a.posts || (a.format < b.format ? -1 : 1));
}

/** An account's posts, read and scored, answering queries. */
export class HistoryIndex {
  private orders = new Map<string, Indexed[]>();

  constructor(private readonly all: readonly Indexed[]) {}

  get size(): number {
    return this.all.length;
  }

  /** How many sort orders are worked out and kept. */
  get sorted(): number {
    return this.orders.size;
  }

  /** The posts in one sort order, sorted once and kept. */
  private order(sort: HistorySort, descending: boolean): Indexed[] {
    const key = `${sort}:${descending}`;
    let order = this.orders.get(key);
    if (!order) {
      order = sortPosts(this.all, sort, descending);
      this.orders.set(key, order);
    }
    return order;
  }

  query(q: HistoryQuery): { rows: Indexed[]; total: number; formats: FormatSummary[] } {
    const order = this.order(q.sort, q.descending);
    const keep = datesAndWords(q);
    const kept = order.filter(keep);
    const matching = q.format === undefined ? kept : kept.filter((e) => formatOf(e) === q.format);
    return {
      rows: matching.slice(q.offset, q.offset + q.limit),
      total: matching.length,
      formats: formatSummary(kept),
    };
  }
}
