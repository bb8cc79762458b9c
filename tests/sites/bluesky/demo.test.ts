// Bluesky's demo page read back through the adapter: every post the demo draws, with its id, its time (exact: the
// id is a TID), its format and its counts: replies and likes exact from the labels, reposts + quotes as drawn.
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '@/lib/sites/bluesky/adapter';
import { parseCount } from '@/lib/sites/shared/count/count';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { siteHistory } from '@/scripts/demo/site-history';
import { blueskyCompact, blueskyDemo as demo } from '@/scripts/demo/sites/bluesky';
import { extractPage } from '@/scripts/lib/extract-page';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const H = 3600e3;
const exact = (n: number) => ({ value: n, min: n, max: n });

function post(seq: number, ageH: number, format: DemoPost['format'], c: [number, number, number]): DemoPost {
  const publishedAt = NOW - ageH * H + 123;
  const [likes, comments, shares] = c;
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format,
    text: `<b>post</b> ${seq} & "friends"`,
    counts: { likes, comments, shares },
  };
}

const read = (posts: DemoPost[]) =>
  extractPage(demo.render(posts, NOW), demo.url, { adapter: blueskyAdapter, own: demo.handle, now: NOW });

describe('the Bluesky demo page', () => {
  it('is the brand’s profile at Bluesky’s real address, logged in as the brand', async () => {
    const got = await read([post(1, 5, 'text', [3, 1, 0])]);
    expect(demo.url).toBe('https://bsky.app/profile/lumenroasters.bsky.social');
    expect(got.viewer).toBe('lumenroasters.bsky.social');
    expect(got.pageAccount).toBe('lumenroasters.bsky.social');
    expect(got.health).toEqual({ state: 'reading', posts: 1, own: 1, unreadable: 0 });
  });

  it('reads back every post drawn, newest first: id, url, exact time, format and counts', async () => {
    const posts = [
      post(1, 5, 'image', [412, 31, 12]),
      post(2, 26, 'video', [1_873, 96, 1_234]),
      post(3, 60, 'text', [0, 0, 0]),
      post(4, 130, 'carousel', [12_345, 1_002, 2_287_654]),
      post(5, 300, 'link', [1, 1, 1]),
    ];
    const got = await read(posts);
    expect(got.problems).toEqual([]);
    expect(got.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      const want = posts[i]!;
      expect(p.url).toBe(demo.postUrl(want.id));
      expect([p.author, p.own]).toEqual(['lumenroasters.bsky.social', true]);
      // The TID carries microseconds: the time is exact, with no precision to report.
      expect(Date.parse(p.publishedAt!)).toBe(want.publishedAt);
      expect(p).not.toHaveProperty('publishedPrecisionMinutes');
      expect(p.format).toBe(want.format);
      expect(p.metrics.likes).toEqual(exact(want.counts.likes));
      expect(p.metrics.comments).toEqual(exact(want.counts.comments));
      const shares = want.counts.shares!;
      expect(p.metrics.shares).toEqual(shares ? parseCount(blueskyCompact(shares), 'en') : exact(0));
      expect(p.metrics.shares!.min).toBeLessThanOrEqual(shares);
      expect(p.metrics.shares!.max).toBeGreaterThanOrEqual(shares);
      expect(Object.keys(p.metrics).sort()).toEqual(['comments', 'likes', 'shares']);
    }
  });

  it('draws Bluesky’s counts as Bluesky does: exact below 1,000, then one decimal, truncated', () => {
    expect([999, 1_000, 1_234, 12_345, 999_999, 2_287_654].map(blueskyCompact)).toEqual([
      '999',
      '1K',
      '1.2K',
      '12.3K',
      '999.9K',
      '2.2M',
    ]);
  });

  it('reads back the demo’s own history posts, ids and times from idFor', async () => {
    const { posts } = siteHistory(demo, NOW, 20261129, ['likes', 'comments', 'shares']);
    const got = await read(posts);
    expect(got.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      expect(Date.parse(p.publishedAt!)).toBe(Math.floor(posts[i]!.publishedAt));
      expect(p.metrics.likes).toEqual(exact(posts[i]!.counts.likes));
    }
  });

  it('draws the posts’ text as text, never as markup', () => {
    const html = demo.render([post(1, 5, 'text', [1, 1, 1])], NOW);
    expect(html).not.toContain('<b>post</b>');
    expect(html).toContain('&lt;b&gt;post&lt;/b&gt; 1 &amp; &quot;friends&quot;');
  });
});
