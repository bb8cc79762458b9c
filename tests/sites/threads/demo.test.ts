// Threads' demo page read back through the adapter: every post the demo draws is read, with its id, its exact
// counts, its time and its format, so `npm start` shows what the site script really reads.
import { describe, expect, it } from 'vitest';
import { shortcodeTime } from '@/lib/sites/shared/time/shortcode';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import type { DemoPost } from '@/scripts/demo/site-demo';
import {
  threadsDemo as demo,
  renderThreadsProfile,
  type ThreadsPostSpec,
  threadsCount,
} from '@/scripts/demo/sites/threads';
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
  shares: number,
) {
  const publishedAt = NOW - ageH * H;
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format,
    text: `<b>post</b> ${seq}`,
    counts: { likes, comments, shares },
  } satisfies DemoPost;
}

describe('Threads demo', () => {
  const posts = [
    post(1, 5, 'text', 412, 31, 12),
    post(2, 26, 'carousel', 2_731, 96, 0),
    post(3, 60, 'video', 88, 0, 4),
    post(4, 130, 'image', 12_345, 1_203, 310),
    post(5, 400, 'link', 9, 1, 0),
  ];

  it('is the brand’s profile at Threads’ real address, logged in as the brand', async () => {
    expect(demo.site).toBe('threads');
    expect(demo.url).toBe('https://www.threads.com/@lumenroasters');
    const got = await extractPage(demo.render(posts, NOW), demo.url, { adapter, now: NOW });
    expect(got.viewer).toBe(demo.handle);
    expect(got.pageAccount).toBe(demo.handle);
    expect(got.health).toEqual({ state: 'reading', posts: 5, own: 5, unreadable: 0 });
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
      expect(p.metrics).toEqual({
        likes: exact(want.counts.likes),
        comments: exact(want.counts.comments),
        shares: exact(want.counts.shares),
        quotes: exact(0),
      });
    }
    // Threads has no link or poll posts of their own kind: the demo draws one as text.
    expect(got.posts.map((p) => p.format)).toEqual(['text', 'carousel', 'video', 'image', 'text']);
  });

  it('gives ids that carry their time, as Threads’ post codes do', () => {
    const id = demo.idFor(NOW - 5 * H, 7);
    expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(shortcodeTime(id, NOW)).toBe(NOW - 5 * H);
    expect(demo.idFor(NOW - 5 * H, 8)).not.toBe(id);
  });

  it('draws counts as Threads abbreviates them; without the page’s data they read back as ranges', async () => {
    expect([
      threadsCount(0),
      threadsCount(356),
      threadsCount(2_731),
      threadsCount(1_053),
      threadsCount(1_234_567),
    ]).toEqual(['', '356', '2.7K', '1K', '1.2M']);
    const spec: ThreadsPostSpec = {
      code: posts[0]!.id,
      author: demo.handle,
      publishedAt: posts[0]!.publishedAt,
      format: 'text',
      text: 'late',
      likes: 138_742,
      replies: 10_050,
      reposts: 20,
      quotes: 5,
      sends: 3,
      noData: true,
    };
    const html = renderThreadsProfile({
      handle: demo.handle,
      name: 'Lumen',
      viewer: demo.handle,
      now: NOW,
      posts: [spec],
    });
    const got = await extractPage(html, demo.url, { adapter, now: NOW });
    const m = got.posts[0]!.metrics;
    expect(m.likes!.min).toBeLessThanOrEqual(138_742);
    expect(m.likes!.max).toBeGreaterThanOrEqual(138_742);
    expect(m.comments!.min).toBeLessThanOrEqual(10_050);
    expect(m.comments!.max).toBeGreaterThanOrEqual(10_050);
    // 25 on the repost button, and no data to split it.
    expect(m.shares).toBeUndefined();
    expect(m.quotes).toBeUndefined();
  });

  it('escapes the posts’ text, even inside the page’s data, and keeps another account’s repost apart', async () => {
    const mine: ThreadsPostSpec = {
      code: posts[0]!.id,
      author: demo.handle,
      publishedAt: posts[0]!.publishedAt,
      format: 'text',
      text: '<img src=x onerror=alert(1)></script>',
      likes: 5,
      replies: 1,
      reposts: 2,
      quotes: 1,
      sends: 0,
    };
    const theirs: ThreadsPostSpec = {
      ...mine,
      code: posts[1]!.id,
      author: 'baristabeth',
      text: 'hi',
      repostedBy: demo.handle,
    };
    const html = renderThreadsProfile({
      handle: demo.handle,
      name: 'Lumen',
      viewer: demo.handle,
      now: NOW,
      posts: [mine, theirs],
    });
    expect(html).not.toContain('<img src=x');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const got = await extractPage(html, demo.url, { adapter, now: NOW });
    expect(got.posts.map((p) => [p.id, p.author, p.own])).toEqual([
      [posts[0]!.id, demo.handle, true],
      [posts[1]!.id, 'baristabeth', false],
    ]);
    expect(got.posts[0]!.metrics).toEqual({
      likes: exact(5),
      comments: exact(1),
      shares: exact(2),
      quotes: exact(1),
    });
  });
});
