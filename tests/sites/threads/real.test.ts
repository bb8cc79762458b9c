// The Threads adapter on the real captured page, read through tests/sites/shared-fixtures.ts when it is present.
// Expected values are read off the markup and the page's data by hand (the captures' SOURCES.md), independently of
// this code. What each proves is also proved by a project fixture (named beside it), so a break shows without the
// capture too.
import { describe, expect, it } from 'vitest';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });
const URL_ZUCK = 'https://www.threads.com/@zuck';
const NOW = Date.parse('2025-12-20T00:00:00Z');
const read = (html: string) => extractPage(html, URL_ZUCK, { adapter, own: 'zuck', now: NOW });

describe.skipIf(!hasReal)('Threads adapter on the real profile capture (@zuck, logged out)', () => {
  const html = () => readReal('threads/profile-feed.html');
  const withoutData = () => html().replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');

  // Project fixture: profile.html (cells 1, 3, 4).
  it('reads SOURCES.md’s two posts exactly, splitting the repost button by the page’s data', async () => {
    const got = await read(html());
    const post = (id: string) => got.posts.find((p) => p.id === id);
    expect(post('DR0WsyWki1M')).toEqual({
      id: 'DR0WsyWki1M',
      url: 'https://www.threads.com/@zuck/post/DR0WsyWki1M',
      author: 'zuck',
      own: true,
      publishedAt: '2025-12-03T22:27:15.000Z',
      format: 'text',
      text: 'Alan will be joined by Billy Sorrentino, another acclaimed design lead from Apple; Joshua To, who has led our interface design across Reality Labs; our industrial design team led by Pete Bristol; and our metaverse design and art teams led by Jason Rubin.',
      // 18 on the repost button: 17 reposts + 1 quote; the share button's 37 is sends, which no metric holds.
      metrics: { likes: exact(268), comments: exact(8), shares: exact(17), quotes: exact(1) },
    });
    expect(post('DR0Wsy0EhCP')).toEqual({
      id: 'DR0Wsy0EhCP',
      url: 'https://www.threads.com/@zuck/post/DR0Wsy0EhCP',
      author: 'zuck',
      own: true,
      publishedAt: '2025-12-03T22:27:15.000Z',
      format: 'text',
      text: "Today we're establishing a new creative studio in Reality Labs led by Alan Dye, who has spent nearly 20 years leading design at Apple.",
      // `2.7K` on the page, 2,730 in its data; 141 on the repost button: 103 + 38.
      metrics: { likes: exact(2730), comments: exact(499), shares: exact(103), quotes: exact(38) },
    });
  });

  // Project fixture: profile.html (cells 1–4, 8).
  it('reads all seven posts in page order, a four-part thread’s parts each a post, and every format', async () => {
    const got = await read(html());
    expect(got.posts.map((p) => [p.id, p.format])).toEqual([
      ['DSVRshjkbtK', 'carousel'],
      ['DR0Wsy0EhCP', 'text'],
      ['DR0WswFknat', 'text'],
      ['DR0WsyWki1M', 'text'],
      ['DR0WsxRklXy', 'text'],
      ['DR0F9gkEj1q', 'text'],
      ['DRSYei3El47', 'video'],
    ]);
    expect(got.problems).toEqual([]);
    expect(got.health).toEqual({ state: 'reading', posts: 7, own: 7, unreadable: 0 });
    // `4.8K` and `1K` shown; 4,890 and 1,053 in the data, which fall in those ranges.
    expect(got.posts.find((p) => p.id === 'DR0F9gkEj1q')?.metrics).toEqual({
      likes: exact(4890),
      comments: exact(1053),
      shares: exact(389),
      quotes: exact(294),
    });
    expect(got.posts.find((p) => p.id === 'DRSYei3El47')?.publishedAt).toBe('2025-11-20T17:57:03.000Z');
  });

  it('reads each post’s words as the page shows them: a shortened link’s text, not the name or the time', async () => {
    const got = await read(html());
    const text = new Map(got.posts.map((p) => [p.id, p.text]));
    expect(text.get('DRSYei3El47')).toBe(
      'You can now invite friends to hang out in Horizon in any space captured with Hyperscape. Of course we did it with the UFC x Meta Octagon. Check it out: horizon.meta.com/world…',
    );
    expect(text.get('DR0F9gkEj1q')).toBe(
      'Inspired by all of you who started "dear threads algo" requests, we\'re going to test a new feature where if you post "dear algo" it will actually put more of that content in your feed!',
    );
    expect(got.posts.every((p) => p.text && !p.text.startsWith('zuck'))).toBe(true);
  });

  // Project fixture: profile.html (cell 2) and post-page.html.
  it('without the page’s data, keeps `2.7K` as its range and stores no reposts for the button’s total', async () => {
    const got = await read(withoutData());
    const post = (id: string) => got.posts.find((p) => p.id === id);
    expect(post('DR0Wsy0EhCP')?.metrics).toEqual({
      likes: { value: 2725, min: 2650, max: 2799 },
      comments: exact(499),
    });
    expect(post('DR0WsyWki1M')?.metrics).toEqual({ likes: exact(268), comments: exact(8) });
    expect(got.posts).toHaveLength(7);
  });

  // Project fixture: the adapter tests' logged-out page; profile.html for the name.
  it('finds no viewer (logged out) and the profile’s account, not managed', async () => {
    const got = await read(html());
    expect(got.viewer).toBeNull();
    expect(got.pageAccount).toBe('zuck');
    const page = parsePage(html(), URL_ZUCK);
    try {
      expect(adapter.pageAccount(page.document, new URL(URL_ZUCK))).toEqual({
        handle: 'zuck',
        name: 'Mark Zuckerberg',
      });
    } finally {
      await page.close();
    }
  });

  // Project fixture: the adapter tests' "altered page".
  it('with its post containers renamed is broken, and reads no number', async () => {
    const got = await read(html().replaceAll('data-pressable-container=', 'data-pressable='));
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });
});
