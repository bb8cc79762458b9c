// How a page is judged: read, still rendering, without posts by nature, or changed under Resonance.
import { describe, expect, it } from 'vitest';
import { assessHealth, type PageSeen, RENDER_GRACE_MS } from '@/lib/page/health';

const seen = (over: Partial<PageSeen>): PageSeen => ({
  kind: { posts: true },
  feedFound: true,
  found: 0,
  readable: 0,
  own: 0,
  signs: 0,
  waitedMs: RENDER_GRACE_MS + 1,
  ...over,
});

describe('assessHealth', () => {
  it.each([
    [
      'posts read',
      seen({ found: 12, readable: 11, own: 4 }),
      { state: 'reading', posts: 12, own: 4, unreadable: 1 },
    ],
    [
      'a page without posts by nature',
      seen({ kind: { posts: false, why: 'this X page shows no posts' } }),
      {
        state: 'no-posts',
        why: 'this X page shows no posts',
      },
    ],
    [
      'a post’s own page that shows no post once rendered',
      seen({ kind: { posts: true, single: true } }),
      {
        state: 'broken',
        why: 'the post this address names was not found (deleted, or the site changed)',
      },
    ],
    [
      'a post’s own page still rendering',
      seen({ kind: { posts: true, single: true }, waitedMs: 10 }),
      { state: 'starting' },
    ],
    [
      'posts found but none read',
      seen({ found: 3, firstProblem: 'no counts found' }),
      {
        state: 'broken',
        why: 'posts were found but none could be read: no counts found',
      },
    ],
    [
      'links to posts outside any known container',
      seen({ signs: 5 }),
      { state: 'broken', why: 'no post container found' },
    ],
    [
      '…even while the page is young',
      seen({ signs: 5, waitedMs: 10 }),
      { state: 'broken', why: 'no post container found' },
    ],
    ['nothing yet, early', seen({ waitedMs: 100, feedFound: false }), { state: 'starting' }],
    [
      'no feed after the grace time',
      seen({ feedFound: false }),
      { state: 'broken', why: 'no feed container found' },
    ],
    [
      'an empty feed after the grace time',
      seen({}),
      { state: 'no-posts', why: 'No posts on this page yet.' },
    ],
  ] as const)('%s', (_name, input, want) => {
    expect(assessHealth(input)).toEqual(want);
  });
});
