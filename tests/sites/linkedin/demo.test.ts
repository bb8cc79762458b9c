// The LinkedIn demo page read back by the LinkedIn adapter: every post the demo draws, with its id, exact
// counts, time and format, as the site's script would read it.
import { describe, expect, it } from 'vitest';
import type { Metrics } from '@/lib/core/metrics';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { linkedinDemo as demo } from '@/scripts/demo/sites/linkedin';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const NOW = Date.parse('2026-11-10T12:00:00Z');
const H = 3600e3;

function post(ageH: number, seq: number, over: Partial<DemoPost> = {}): DemoPost {
  const publishedAt = NOW - ageH * H;
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format: 'text',
    text: `post ${seq}`,
    counts: { likes: 10 + seq, comments: 2 + seq, shares: 1 + seq, views: 900 + seq },
    ...over,
  };
}

const exact = (n: number) => ({ value: n, min: n, max: n });

/** What the page shows of a post's counts: LinkedIn draws no count that is zero, and no saves. */
function shown(p: DemoPost): Metrics {
  const out: Metrics = {};
  const { likes, comments, shares, views } = p.counts;
  if (likes) out.likes = exact(likes);
  if (comments) out.comments = exact(comments);
  if (shares) out.shares = exact(shares);
  if (views) out.views = exact(views);
  return out;
}

describe('the LinkedIn demo page', () => {
  const posts = [
    post(0.4, 1, { format: 'image', counts: { likes: 1342, comments: 48, shares: 12, views: 23_456 } }),
    post(5, 2, { format: 'video', text: '<img src=x onerror="alert(1)"> & “quotes”' }),
    post(26, 3, { format: 'carousel', counts: { likes: 180, comments: 0, shares: 0, views: 12_000 } }),
    post(60, 4, { format: 'link', counts: { likes: 3, comments: 1, saves: 9 } }),
    post(130, 5, { format: 'poll' }),
    post(24 * 40, 6),
  ];

  it('is at the brand’s Page on LinkedIn, under a handle the site accepts', () => {
    expect(new URL(demo.url).hostname).toBe('www.linkedin.com');
    expect(demo.site).toBe('linkedin');
    expect(adapter.site.accounts.parse(demo.handle)?.handle).toBe(demo.handle);
    expect(adapter.pageKind(new URL(demo.url))).toMatchObject({ posts: true });
  });

  it('reads back every post, newest first, with its id, link, exact counts, time and format', async () => {
    const r = await extractPage(demo.render(posts, NOW), demo.url, { adapter, own: demo.handle, now: NOW });
    expect(r.problems).toEqual([]);
    expect(r.health).toEqual({ state: 'reading', posts: posts.length, own: posts.length, unreadable: 0 });
    expect(r.posts).toHaveLength(posts.length);
    for (const [i, p] of posts.entries()) {
      const got = r.posts[i]!;
      expect(got.id).toBe(p.id);
      expect(got.url).toBe(demo.postUrl(p.id));
      expect(got.author).toBe(demo.handle);
      expect(got.own).toBe(true);
      expect(got.format).toBe(p.format);
      expect(got.metrics).toEqual(shown(p));
      // The id carries the time to the millisecond: no precision is reported.
      expect(got.publishedAt).toBe(new Date(p.publishedAt).toISOString());
      expect(got.publishedPrecisionMinutes).toBeUndefined();
    }
  });

  it('is the brand’s own Page as its admin sees it (impressions shown), and draws text as text', async () => {
    const html = demo.render(posts, NOW);
    const page = parsePage(html, demo.url);
    try {
      expect(adapter.pageAccount(page.document, new URL(demo.url))).toEqual({
        handle: demo.handle,
        managed: true,
      });
    } finally {
      await page.close();
    }
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('gives ids that carry their time and stay distinct for the same millisecond', () => {
    const a = demo.idFor(NOW, 1);
    const b = demo.idFor(NOW, 2);
    expect(a).not.toBe(b);
    expect(Number(BigInt(a) >> 22n)).toBe(NOW);
  });
});
