// Reddit's demo page read back through the adapter: every post the demo draws is read, with its id, its exact
// score and comment count, its exact time and its format, so `npm start` shows what the site script really reads.
import { describe, expect, it } from 'vitest';
import { redditAdapter as adapter } from '@/lib/sites/reddit/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { siteHistory } from '@/scripts/demo/site-history';
import { redditDemo as demo, redditCompact } from '@/scripts/demo/sites/reddit';
import { extractPage } from '@/scripts/lib/extract-page';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const H = 3600e3;
const exact = (n: number) => ({ value: n, min: n, max: n });

function post(
  seq: number,
  ageH: number,
  format: DemoPost['format'],
  likes: number,
  comments: number,
): DemoPost {
  const publishedAt = NOW - ageH * H + 417; // not on a whole second: Reddit's times carry milliseconds
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format,
    text: `<img src=x onerror="alert(1)"> post ${seq} & "friends"`,
    counts: { likes, comments },
  };
}

const read = (posts: DemoPost[]) =>
  extractPage(demo.render(posts, NOW), demo.url, { adapter, own: demo.handle, now: NOW });

describe('the Reddit demo page', () => {
  const posts = [
    post(1, 3, 'image', 1_284, 96),
    post(2, 20, 'carousel', 0, 0),
    post(3, 50, 'video', 12_345, 1_234),
    post(4, 120, 'text', 451, 63),
    post(5, 200, 'link', 88, 17),
    post(6, 300, 'reel', 2_287_654, 9_999),
  ];

  it('is the brand’s profile at Reddit’s real address, logged in as the brand, which it manages', async () => {
    expect(demo.site).toBe('reddit');
    expect(demo.url).toBe('https://www.reddit.com/user/LumenRoasters/submitted/');
    const got = await read(posts.slice(0, 1));
    expect(got.viewer).toBe('LumenRoasters');
    expect(got.pageAccount).toBe('LumenRoasters');
    expect(got.health).toEqual({ state: 'reading', posts: 1, own: 1, unreadable: 0 });
  });

  it('reads back every post drawn, newest first: id, link, author, exact counts, exact time, format', async () => {
    const got = await read(posts);
    expect(got.problems).toEqual([]);
    expect(got.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      const want = posts[i]!;
      expect(p.url).toBe(demo.postUrl(want.id));
      expect(p.author).toBe('LumenRoasters');
      expect(p.own).toBe(true);
      expect(Date.parse(p.publishedAt!)).toBe(want.publishedAt);
      expect(p).not.toHaveProperty('publishedPrecisionMinutes');
      expect(p.metrics).toEqual({ likes: exact(want.counts.likes), comments: exact(want.counts.comments) });
    }
    // A reel is a video on Reddit.
    expect(got.posts.map((p) => p.format)).toEqual(['image', 'carousel', 'video', 'text', 'link', 'video']);
  });

  it('gives t3_ ids in base36, distinct per post', () => {
    const id = demo.idFor(NOW, 1);
    expect(id).toMatch(/^t3_[a-z0-9]{6,13}$/);
    expect(demo.idFor(NOW, 2)).not.toBe(id);
    expect(demo.postUrl(id)).toBe(`https://www.reddit.com/user/LumenRoasters/comments/${id.slice(3)}/`);
  });

  it('draws the compact numbers Reddit shows beside the arrows', () => {
    expect([860, 1_284, 12_345, 2_287_654].map(redditCompact)).toEqual(['860', '1.3K', '12.3K', '2.3M']);
  });

  it('reads back the demo’s own history posts, ids and times from idFor', async () => {
    const { posts: history } = siteHistory(demo, NOW, 20261120, ['likes', 'comments']);
    const got = await read(history);
    expect(got.posts.map((p) => p.id)).toEqual(history.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      expect(Date.parse(p.publishedAt!)).toBe(history[i]!.publishedAt);
      expect(p.metrics.likes).toEqual(exact(history[i]!.counts.likes));
    }
  });

  it('draws the posts’ text as text, never as markup', () => {
    const html = demo.render(posts.slice(0, 1), NOW);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; post 1 &amp; &quot;friends&quot;');
  });
});
