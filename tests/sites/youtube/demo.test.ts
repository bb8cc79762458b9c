// The YouTube demo page, read back through the YouTube adapter: every post drawn is read, with its id, its
// exact views, its time within the precision reported, and its format.
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { age, compactViews, youtubeDemo as demo } from '@/scripts/demo/sites/youtube';
import { extractPage } from '@/scripts/lib/extract-page';

const NOW = Date.parse('2026-11-10T12:00:00Z');
const H = 3600e3;

function post(ageH: number, seq: number, views: number): DemoPost {
  const publishedAt = NOW - ageH * H;
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format: (['image', 'video', 'text', 'carousel'] as const)[seq % 4]!,
    text: `Demo <b>post</b> ${seq} & "friends"`,
    counts: { likes: 10 + seq, comments: seq, views },
  };
}

// Newest first, ages from minutes to years, views from none to millions.
const POSTS = [
  post(0.4, 1, 0),
  post(5, 2, 1),
  post(26, 3, 15),
  post(60, 4, 999),
  post(130, 5, 12_345),
  post(20 * 24, 6, 98_765),
  post(95 * 24, 7, 1_234_567),
  post(800 * 24, 8, 2_000_000_001),
];

describe('the YouTube demo page', () => {
  it('is the brand’s channel Videos tab at its real address', () => {
    expect(demo.site).toBe('youtube');
    expect(demo.url).toBe('https://www.youtube.com/@LumenRoasters/videos');
    expect(adapter.site.accounts.parse(demo.handle)?.handle).toBe('@LumenRoasters');
    expect(adapter.pageKind(new URL(demo.url))).toMatchObject({ posts: true });
  });

  it('makes valid, distinct video ids', () => {
    const ids = POSTS.map((p) => p.id);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(demo.postUrl(ids[0]!)).toBe(`https://www.youtube.com/watch?v=${ids[0]}`);
  });

  it('writes views and ages as YouTube does', () => {
    expect(POSTS.map((p) => compactViews(p.counts.views!))).toEqual([
      'No views',
      '1 view',
      '15 views',
      '999 views',
      '12K views',
      '98K views',
      '1.2M views',
      '2B views',
    ]);
    expect(POSTS.map((p) => age(p.publishedAt, NOW))).toEqual([
      '24 minutes ago',
      '5 hours ago',
      '1 day ago',
      '2 days ago',
      '5 days ago',
      '2 weeks ago',
      '3 months ago',
      '2 years ago',
    ]);
  });

  it('is read back exactly: every post, its id, exact views, time within its precision, format', async () => {
    const got = await extractPage(demo.render(POSTS, NOW), demo.url, { adapter, own: demo.handle, now: NOW });
    expect(got.health).toEqual({ state: 'reading', posts: POSTS.length, own: POSTS.length, unreadable: 0 });
    expect(got.problems).toEqual([]);
    expect(got.pageAccount).toBe(demo.handle);
    expect(got.posts.map((p) => p.id)).toEqual(POSTS.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      const want = POSTS[i]!;
      expect(p.url).toBe(demo.postUrl(want.id));
      expect(p.own).toBe(true);
      // Grids show views only; every drawn post is a video, whatever the demo history called it.
      expect(p.metrics).toEqual({
        views: { value: want.counts.views, min: want.counts.views, max: want.counts.views },
      });
      expect(p.format).toBe('video');
      const off = Math.abs(Date.parse(p.publishedAt!) - want.publishedAt);
      expect(off, `${p.id} time`).toBeLessThanOrEqual(p.publishedPrecisionMinutes! * 60e3);
    }
  });

  it('draws page text as text, never as markup', () => {
    const html = demo.render([post(3, 9, 42)], NOW);
    expect(html).not.toContain('<b>post</b>');
    expect(html).toContain('Demo &lt;b&gt;post&lt;/b&gt; 9 &amp; &quot;friends&quot;');
  });
});
