// The in-memory side of the history: sort orders with their ties, search folding, format summaries.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { DEFAULT_QUERY } from '@/lib/protocol/history';
import { fold, formatSummary, HistoryIndex, indexed, sortPosts } from '@/lib/store/history-query';
import type { PostRecord } from '@/lib/store/records';

const T = Date.UTC(2026, 0, 1);

function post(id: string, over: Partial<PostRecord> = {}): PostRecord {
  return {
    key: `x:${id}`,
    platform: 'x',
    id,
    account: 'x:brand',
    author: 'Brand',
    url: `https://x.com/Brand/status/${id}`,
    publishedAt: T,
    firstSeenAt: T,
    lastSeenAt: T,
    latest: {},
    snapshots: 1,
    ...over,
  };
}

describe('sort orders', () => {
  const all = [
    indexed(post('a', { publishedAt: T + 3, latest: { likes: exactCount(5) } }), 1.2),
    indexed(post('b', { publishedAt: T + 1, latest: { likes: exactCount(9) } }), null),
    indexed(post('c', { publishedAt: null, latest: { likes: exactCount(9) } }), 0.5),
    indexed(post('d', { publishedAt: T + 2 }), 1.2),
  ];
  const ids = (xs: { post: PostRecord }[]) => xs.map((x) => x.post.id);

  it('by date: newest or oldest first, posts without a time last either way', () => {
    expect(ids(sortPosts(all, 'published', true))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(sortPosts(all, 'published', false))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('by score: ties newest first, unscored last', () => {
    expect(ids(sortPosts(all, 'score', true))).toEqual(['a', 'd', 'c', 'b']);
    expect(ids(sortPosts(all, 'score', false))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('by a count: posts that never showed it last', () => {
    expect(ids(sortPosts(all, 'likes', true))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(sortPosts(all, 'likes', false))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('search and formats', () => {
  it('folds case and accents', () => {
    expect(fold('Café ÖL')).toBe('cafe ol');
    expect(indexed(post('7', { text: 'Crème brûlée' }), null).haystack).toContain('creme brulee');
  });

  it('sums formats up over what the dates and words keep, whatever format is chosen', () => {
    const index = new HistoryIndex([
      indexed(post('1', { format: 'video', text: 'launch' }), 2),
      indexed(post('2', { format: 'video', text: 'launch day' }), 1),
      indexed(post('3', { format: 'video' }), 3),
      indexed(post('4', { format: 'image', text: 'launch' }), 0.5),
      indexed(post('5', { text: 'launch' }), null),
    ]);
    const found = index.query({ ...DEFAULT_QUERY, search: 'LAUNCH', format: 'image' });
    expect(found.rows.map((r) => r.post.id)).toEqual(['4']);
    expect(found.total).toBe(1);
    expect(found.formats).toEqual([
      { format: 'video', posts: 2, scored: 2, median: 1.5 },
      { format: 'image', posts: 1, scored: 1, median: 0.5 },
      { format: 'unknown', posts: 1, scored: 0, median: null },
    ]);
    expect(formatSummary([])).toEqual([]);
  });
});
