// The project's X profile fixture altered as X could change it: the page says what it can and can't read,
// and no count becomes a number the page did not show (never zeros for counts that moved).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Count, Metric } from '@/lib/core/metrics';
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { extractPage } from '@/scripts/lib/extract-page';
import { expectNoneRead } from '@/tests/sites/none-read';

const dir = join('tests', 'fixtures', 'x');
const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))['profile.html'] as {
  url: string;
  own: string;
  posts: { id: string; metrics: Partial<Record<Metric, Count>> }[];
};
const profile = readFileSync(join(dir, 'profile.html'), 'utf8');
const read = (html: string) => extractPage(html, want.url, { own: want.own });

/** Every aria-label that carries a number ("1480 Likes. Like", the action bar's list of counts). */
const withoutCountLabels = (html: string) => html.replace(/ aria-label="[^"]*\d[^"]*"/g, '');

/** A post of the fixture's account with no reply, repost, like or bookmark, seen `views` times. */
const zeroPost = (now: number, seq: number, views: number): XPostSpec => ({
  id: xIdAt(now - (seq + 1) * 3600e3, seq),
  author: 'NorthwindCoffee',
  name: 'Northwind',
  text: `post ${seq}`,
  publishedAt: now - (seq + 1) * 3600e3,
  replies: 0,
  reposts: 0,
  likes: 0,
  bookmarks: 0,
  views,
});
const profileOf = (now: number) => ({
  handle: 'NorthwindCoffee',
  name: 'Northwind',
  bio: '',
  followers: 1,
  following: 1,
  viewer: 'NorthwindCoffee',
  now,
});

describe('an altered X profile', () => {
  it('without count labels: each count is read from the visible text as a range holding the exact one', async () => {
    const got = await read(withoutCountLabels(profile));
    expect(got.health.state).toBe('reading');
    expect(got.posts.map((p) => p.id)).toEqual(want.posts.map((p) => p.id));
    for (const [i, p] of got.posts.entries()) {
      const exact = want.posts[i]!.metrics;
      for (const m of ['comments', 'shares', 'likes'] as const) {
        const c = p.metrics[m]!;
        expect(c.min).toBeLessThanOrEqual(exact[m]!.value);
        expect(c.max).toBeGreaterThanOrEqual(exact[m]!.value);
      }
    }
  });

  it('without any number: no post is stored as zeros, and the page says none could be read', async () => {
    const got = await read(withoutCountLabels(profile).replace(/>\d[\d.,KMB]*</g, '><'));
    expectNoneRead(
      got,
      want.posts.map((p) => p.id),
      'no count is shown as a number: X may have changed how it draws them',
    );
  });

  it('keeps a post’s zeros when it shows its views: only a post showing no number at all is not read', async () => {
    const now = Date.parse('2026-11-10T12:00:00Z');
    const seen = zeroPost(now, 1, 12);
    const unseen = zeroPost(now, 2, 0);
    const html = renderXProfile({ ...profileOf(now), posts: [seen, unseen] });
    const got = await extractPage(html, want.url, { own: want.own, now });
    expect(got.posts.map((p) => [p.id, p.metrics.likes?.value, p.metrics.views?.value])).toEqual([
      [seen.id, 0, 12],
    ]);
    expect(got.problems.map((p) => [p.id, p.reason])).toEqual([
      [unseen.id, 'no count is shown as a number: X may have changed how it draws them'],
    ]);
  });

  it('with its post container renamed: the page says so and reads nothing', async () => {
    const got = await read(profile.replaceAll('data-testid="tweet"', 'data-testid="tweet-v2"'));
    expect(got.posts).toEqual([]);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
  });
});
