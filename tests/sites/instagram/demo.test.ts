// Instagram's demo page read back through the adapter: every post the demo draws is read, with its id, its
// exact counts, its time and its format, so `npm start` shows what the site script really reads.
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { instagramDemo as demo, igCount, renderInstagramFeed } from '@/scripts/demo/sites/instagram';
import { extractPage } from '@/scripts/lib/extract-page';

const NOW = Date.parse('2026-11-09T10:00:00Z');
const H = 3600e3;
const exact = (n: number) => ({ value: n, min: n, max: n });

function post(
  seq: number,
  ageH: number,
  format: DemoPost['format'],
  likes: number,
  comments: number,
): DemoPost {
  const publishedAt = NOW - ageH * H;
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format,
    text: `<b>post</b> ${seq}`,
    counts: { likes, comments },
  };
}

describe('Instagram demo', () => {
  const posts = [
    post(1, 5, 'image', 412, 31),
    post(2, 26, 'carousel', 1_873, 96),
    post(3, 60, 'video', 88, 4),
    post(4, 130, 'text', 9_999, 120),
  ];

  it('is the brand’s home feed at Instagram’s real address, logged in as the brand', async () => {
    expect(demo.site).toBe('instagram');
    expect(demo.url).toBe('https://www.instagram.com/');
    const got = await extractPage(demo.render(posts, NOW), demo.url, { adapter, now: NOW });
    expect(got.viewer).toBe(demo.handle);
    expect(got.health).toEqual({ state: 'reading', posts: 4, own: 4, unreadable: 0 });
    expect(got.problems).toEqual([]);
  });

  it('reads every post back: id, link, author, exact counts, exact time and format', async () => {
    const got = await extractPage(demo.render(posts, NOW), demo.url, { adapter, own: demo.handle, now: NOW });
    expect(got.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      const want = posts[i]!;
      expect(p.url).toBe(demo.postUrl(want.id));
      expect(p.author).toBe(demo.handle);
      expect(p.own).toBe(true);
      expect(Date.parse(p.publishedAt!)).toBe(want.publishedAt);
      expect(p.publishedPrecisionMinutes).toBeUndefined();
      expect(p.metrics).toEqual({ likes: exact(want.counts.likes), comments: exact(want.counts.comments) });
    }
    // Instagram has no text posts: the demo shows one as a picture.
    expect(got.posts.map((p) => p.format)).toEqual(['image', 'carousel', 'video', 'image']);
  });

  it('gives ids that carry their time, as Instagram’s shortcodes do', () => {
    const id = demo.idFor(NOW - 5 * H, 7);
    expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(demo.idFor(NOW - 5 * H, 8)).not.toBe(id);
  });

  it('draws large counts as Instagram abbreviates them, read back as the range they stand for', async () => {
    expect([igCount(356), igCount(2_417), igCount(138_742), igCount(1_234_567)]).toEqual([
      '356',
      '2,417',
      '138.7K',
      '1.2M',
    ]);
    const big = post(9, 3, 'image', 138_742, 10_050);
    const got = await extractPage(demo.render([big], NOW), demo.url, { adapter, now: NOW });
    const m = got.posts[0]!.metrics;
    expect(m.likes!.min).toBeLessThanOrEqual(138_742);
    expect(m.likes!.max).toBeGreaterThanOrEqual(138_742);
    expect(m.comments!.min).toBeLessThanOrEqual(10_050);
    expect(m.comments!.max).toBeGreaterThanOrEqual(10_050);
  });

  it('escapes the posts’ text and draws other accounts and ads the adapter keeps apart', async () => {
    const html = renderInstagramFeed({
      viewer: demo.handle,
      now: NOW,
      posts: [
        {
          code: posts[0]!.id,
          author: demo.handle,
          publishedAt: posts[0]!.publishedAt,
          format: 'image',
          text: '<img src=x onerror=alert(1)>',
          likes: 5,
          comments: 1,
        },
        {
          code: posts[1]!.id,
          author: 'baristabeth',
          publishedAt: posts[1]!.publishedAt,
          format: 'reel',
          text: 'hi',
          likes: 7,
          comments: null,
        },
        {
          code: posts[2]!.id,
          author: 'beanmachine.shop',
          publishedAt: posts[2]!.publishedAt,
          format: 'image',
          text: 'ad',
          likes: 900,
          comments: 9,
          sponsored: true,
        },
      ],
    });
    expect(html).not.toContain('<img src=x');
    const got = await extractPage(html, demo.url, { adapter, now: NOW });
    expect(got.posts.map((p) => [p.id, p.author, p.own, p.format])).toEqual([
      [posts[0]!.id, demo.handle, true, 'image'],
      [posts[1]!.id, 'baristabeth', false, 'reel'],
    ]);
  });
});
