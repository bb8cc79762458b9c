// The Facebook demo page read back through the Facebook adapter: every post drawn is read, with its id, exact
// counts (ranges where Facebook abbreviates), time and format, and the page says who manages it.
import { afterAll, describe, expect, it } from 'vitest';
import type { PostFormat } from '@/lib/core/formats';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { facebookDemo, fbCompact } from '@/scripts/demo/sites/facebook';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { countSearches } from '@/tests/helpers/count-searches';

const NOW = Date.parse('2026-11-10T12:00:00Z');
const H = 3600e3;
const exact = (n: number) => ({ value: n, min: n, max: n });

function demoPost(seq: number, ageH: number, format: PostFormat, counts: DemoPost['counts']): DemoPost {
  const publishedAt = NOW - ageH * H - seq * 61e3;
  return {
    id: facebookDemo.idFor(publishedAt, seq),
    publishedAt,
    format,
    text: `<b>post</b> ${seq} & co`,
    counts,
  };
}

const POSTS: DemoPost[] = [
  demoPost(1, 5, 'image', { likes: 431, comments: 33, shares: 52, saves: 20, views: 9000 }),
  demoPost(2, 26, 'video', { likes: 180, comments: 14, shares: 22, views: 12_000 }),
  demoPost(3, 60, 'text', { likes: 81, comments: 0, shares: 1 }),
  demoPost(4, 200, 'carousel', { likes: 216, comments: 1, shares: 26 }),
];

const read = (posts = POSTS, html = facebookDemo.render(posts, NOW)) =>
  extractPage(html, facebookDemo.url, { adapter: facebookAdapter, own: facebookDemo.handle, now: NOW });

describe('the Facebook demo page', () => {
  it('is at the brand Page’s real address, with ids and links of Facebook’s form', () => {
    expect(facebookDemo.url).toBe('https://www.facebook.com/LumenRoasters');
    expect(facebookAdapter.site.accounts.parse(facebookDemo.handle)?.handle).toBe('LumenRoasters');
    const id = facebookDemo.idFor(NOW, 3);
    expect(id).toMatch(/^pfbid02[0-9A-Za-z]{63}$/);
    expect(facebookDemo.idFor(NOW, 3)).toBe(id);
    expect(facebookDemo.idFor(NOW, 4)).not.toBe(id);
    expect(facebookDemo.postUrl(id)).toBe(`https://www.facebook.com/LumenRoasters/posts/${id}`);
  });

  it('reads back every post, newest first, with its id, exact counts, exact time and format', async () => {
    const got = await read();
    expect(got.health).toEqual({ state: 'reading', posts: 4, own: 4, unreadable: 0 });
    expect(got.problems).toEqual([]);
    expect(got.posts.map((p) => [p.id, p.url, p.own, p.format])).toEqual(
      POSTS.map((p) => [p.id, facebookDemo.postUrl(p.id), true, p.format]),
    );
    // The page's JSON carries each story's creation time (to the second), so no precision is reported.
    for (const [i, p] of got.posts.entries()) {
      expect(p.publishedAt).toBe(new Date(Math.floor(POSTS[i]!.publishedAt / 1000) * 1000).toISOString());
      expect(p.publishedPrecisionMinutes).toBeUndefined();
    }
    // Saves are never shown on Facebook; views only on videos; a zero count is not drawn at all.
    expect(got.posts.map((p) => p.metrics)).toEqual([
      { likes: exact(431), comments: exact(33), shares: exact(52) },
      {
        likes: exact(180),
        comments: exact(14),
        shares: exact(22),
        views: { value: 12250, min: 11500, max: 12999 },
      },
      { likes: exact(81), shares: exact(1) },
      { likes: exact(216), comments: exact(1), shares: exact(26) },
    ]);
  });

  it('without the page JSON, reads the time links within the precision it reports', async () => {
    const html = facebookDemo.render(POSTS, NOW).replace(/"creation_time":\d+/g, '"creation":0');
    const got = await read(POSTS, html);
    for (const [i, p] of got.posts.entries()) {
      const slack = p.publishedPrecisionMinutes! * 60e3;
      expect(slack).toBeGreaterThan(0);
      expect(Math.abs(Date.parse(p.publishedAt!) - POSTS[i]!.publishedAt)).toBeLessThanOrEqual(slack);
    }
  });

  it('abbreviates large counts as Facebook does, read back as the range they stand for', async () => {
    expect([fbCompact(999), fbCompact(1234), fbCompact(12_345), fbCompact(1_234_567)]).toEqual([
      '999',
      '1.2K',
      '12K',
      '1.2M',
    ]);
    const big = [demoPost(1, 3, 'text', { likes: 1234, comments: 12_345, shares: 2 })];
    const got = await read(big);
    expect(got.posts[0]!.metrics).toEqual({
      likes: { value: 1225, min: 1150, max: 1299 },
      comments: { value: 12250, min: 11500, max: 12999 },
      shares: exact(2),
    });
  });

  it('is seen by the person managing the Page, who is not the brand', async () => {
    const got = await read();
    expect(got.viewer).toBe('100008765432101');
    expect(got.pageAccount).toBe('LumenRoasters');
    const page = parsePage(facebookDemo.render(POSTS, NOW), facebookDemo.url);
    try {
      expect(facebookAdapter.pageAccount(page.document, new URL(facebookDemo.url))).toEqual({
        handle: 'LumenRoasters',
        managed: true,
      });
    } finally {
      await page.close();
    }
  });

  it('escapes post text: it is never markup', async () => {
    const html = facebookDemo.render(POSTS, NOW);
    expect(html).toContain('&lt;b&gt;post&lt;/b&gt; 1 &amp; co');
    expect(html).not.toContain('<b>post</b>');
  });
});

describe('the page JSON, searched while posts are read', () => {
  const opened: ParsedPage[] = [];
  afterAll(() => Promise.all(opened.map((p) => p.close())));
  const ctx = { locale: 'en', url: new URL(facebookDemo.url), now: NOW };
  const open = (html: string) => {
    const page = parsePage(html, facebookDemo.url);
    opened.push(page);
    return page.document;
  };
  const timesOf = (doc: Document) =>
    facebookAdapter.findPosts(doc).map((el) => {
      const r = facebookAdapter.readPost(el, ctx);
      return r.ok ? r.post.publishedPrecision : 'unread';
    });

  it('is searched for once while several posts are read in one run, not once a post', () => {
    const doc = open(facebookDemo.render(POSTS, NOW));
    const searches = countSearches(doc, (css) => css === 'script[type="application/json"]');
    // Exact times from the JSON: no precision.
    expect(timesOf(doc)).toEqual([undefined, undefined, undefined, undefined]);
    expect(searches()).toBe(1);
  });

  it('is searched again once the page has run: JSON it added later is used', async () => {
    const full = facebookDemo.render(POSTS, NOW);
    const json = /<script type="application\/json"[^>]*>[^<]*"creation_time"[^<]*<\/script>/.exec(full)?.[0];
    expect(json).toBeDefined();
    const doc = open(full.replace(json!, ''));
    expect(timesOf(doc).every((p) => typeof p === 'number' && p > 0)).toBe(true);
    await Promise.resolve();
    doc.body.insertAdjacentHTML('beforeend', json!);
    expect(timesOf(doc)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
