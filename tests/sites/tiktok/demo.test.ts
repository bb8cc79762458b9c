// TikTok's demo page read back through the adapter: every post the demo draws, with its id, its time, its format
// and its counts as a profile tile shows them (views: exact below 10,000, else the range the text stands for).
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/sites/shared/count/count';
import { tiktokAdapter } from '@/lib/sites/tiktok/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { siteHistory } from '@/scripts/demo/site-history';
import { tiktokDemo as demo, tiktokCompact } from '@/scripts/demo/sites/tiktok';
import { extractPage } from '@/scripts/lib/extract-page';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const H = 3600e3;

function post(seq: number, ageH: number, format: DemoPost['format'], views: number): DemoPost {
  const publishedAt = NOW - ageH * H + 123; // not on a whole second: ids carry seconds
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format,
    text: `<b>post</b> ${seq} & "friends"`,
    counts: { likes: 1, comments: 2, shares: 3, saves: 4, views },
  };
}

const read = (posts: DemoPost[]) =>
  extractPage(demo.render(posts, NOW), demo.url, { adapter: tiktokAdapter, own: demo.handle, now: NOW });

describe('the TikTok demo page', () => {
  it('is the brand’s profile at TikTok’s real address, logged in as the brand', async () => {
    const got = await read([post(1, 5, 'video', 964)]);
    expect(demo.url).toBe('https://www.tiktok.com/@lumenroasters');
    expect(got.viewer).toBe('lumenroasters');
    expect(got.pageAccount).toBe('lumenroasters');
    expect(got.health).toEqual({ state: 'reading', posts: 1, own: 1, unreadable: 0 });
  });

  it('reads back every post drawn, newest first: id, author, time, format and views', async () => {
    const posts = [
      post(1, 5, 'video', 9999),
      post(2, 26, 'image', 12_345),
      post(3, 60, 'carousel', 10_000),
      post(4, 130, 'text', 2_287_654),
      post(5, 300, 'video', 0),
    ];
    const got = await read(posts);
    expect(got.problems).toEqual([]);
    expect(got.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      const want = posts[i]!;
      expect(p.author).toBe('lumenroasters');
      expect(p.own).toBe(true);
      // The id carries whole seconds; no precision is reported, the time is off by under a second.
      expect(Math.abs(Date.parse(p.publishedAt!) - want.publishedAt)).toBeLessThan(1000);
      expect(p).not.toHaveProperty('publishedPrecisionMinutes');
      expect(p.format).toBe(want.format === 'video' ? 'video' : 'carousel');
      expect(p.url).toBe(
        `https://www.tiktok.com/@lumenroasters/${want.format === 'video' ? 'video' : 'photo'}/${want.id}`,
      );
      const views = want.counts.views!;
      expect(Object.keys(p.metrics)).toEqual(['views']);
      expect(p.metrics.views).toEqual(parseCount(tiktokCompact(views), 'en'));
      expect(p.metrics.views!.min).toBeLessThanOrEqual(views);
      expect(p.metrics.views!.max).toBeGreaterThanOrEqual(views);
    }
    expect(got.posts[0]!.metrics.views).toEqual({ value: 9999, min: 9999, max: 9999 });
    expect(got.posts[4]!.metrics.views).toEqual({ value: 0, min: 0, max: 0 });
  });

  it('draws TikTok’s counts as TikTok does: exact below 10,000, then one decimal', () => {
    expect([9999, 10_000, 12_345, 76_399, 999_999, 1_000_000, 2_287_654].map(tiktokCompact)).toEqual([
      '9999',
      '10K',
      '12.3K',
      '76.3K',
      '999.9K',
      '1M',
      '2.2M',
    ]);
  });

  it('reads back the demo’s own history posts, ids and times from idFor', async () => {
    const { posts } = siteHistory(demo, NOW, 20261129, ['views']);
    const got = await read(posts);
    expect(got.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      expect(Math.abs(Date.parse(p.publishedAt!) - posts[i]!.publishedAt)).toBeLessThan(1000);
      expect(p.metrics.views!.min).toBeLessThanOrEqual(posts[i]!.counts.views!);
      expect(p.metrics.views!.max).toBeGreaterThanOrEqual(posts[i]!.counts.views!);
    }
  });

  it('draws the posts’ text as text, never as markup', async () => {
    const html = demo.render([post(1, 5, 'video', 10)], NOW);
    expect(html).not.toContain('<b>post</b>');
    expect(html).toContain('&lt;b&gt;post&lt;/b&gt; 1 &amp; &quot;friends&quot;');
  });
});
