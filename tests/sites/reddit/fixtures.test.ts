// The Reddit adapter on the project's own fixtures (tests/fixtures/reddit/*.html, each with a header saying what it
// follows and what must and must not be read). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '@/lib/sites/reddit/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  now: string;
  health: 'reading' | 'no-posts' | 'broken';
  posts: { id: string; metrics: Record<string, unknown> }[];
  notPosts: string[];
  problems: { id?: string; author?: string; reason_contains: string }[];
  viewer: string | null;
  pageAccount: string | null;
  managed: boolean;
}

const dir = join('tests', 'fixtures', 'reddit');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('the Reddit fixtures', () => {
  it('cover both generations and every page kind the adapter reads', () => {
    expect(Object.keys(expected).sort()).toEqual([
      'old-listing.html',
      'old-post-page.html',
      'post-page.html',
      'profile-de.html',
      'profile.html',
      'subreddit-listing.html',
    ]);
  });
});

describe.each(Object.entries(expected))('Reddit fixture %s', (file, want) => {
  const run = () =>
    extractPage(html(file), want.url, { own: want.own, adapter: redditAdapter, now: Date.parse(want.now) });

  it('reads every post in page order, with its format, link, exact time and exact counts', async () => {
    const got = await run();
    expect(got.platform).toBe('reddit');
    expect(got.posts).toEqual(want.posts);
  });

  it('writes only a score (as likes) and a comment count, never a made-up zero or upvote count', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(
        Object.keys(p.metrics).every((k) => k === 'likes' || k === 'comments'),
        p.id,
      ).toBe(true);
      expect(p, p.id).not.toHaveProperty('publishedPrecisionMinutes');
    }
  });

  it('reads nothing it must not: ads, comments, crossposted sources, account totals', async () => {
    const got = await run();
    const text = JSON.stringify(got.posts);
    const seen = new Set([
      ...got.posts.map((p) => p.id),
      ...got.problems.map((p) => ('id' in p ? p.id : '')),
    ]);
    for (const id of want.notPosts) {
      expect(seen.has(id), `${id} must not be read`).toBe(false);
      expect(text.includes(id), `${id} must not be in any reading`).toBe(false);
    }
  });

  it('reports unreadable posts with a reason instead of storing zeros', async () => {
    const got = await run();
    const problems = got.problems.filter((p) => !('page' in p));
    expect(problems.map((p) => [p.id, p.author])).toEqual(want.problems.map((p) => [p.id, p.author]));
    for (const [i, p] of problems.entries()) expect(p.reason).toContain(want.problems[i]!.reason_contains);
  });

  it('finds the logged-in account, the page’s account and whether the viewer manages it', async () => {
    const got = await run();
    expect(got.viewer).toBe(want.viewer);
    expect(got.pageAccount).toBe(want.pageAccount);
    const page = parsePage(html(file), want.url);
    try {
      expect(redditAdapter.pageAccount(page.document, new URL(want.url))?.managed ?? false).toBe(
        want.managed,
      );
    } finally {
      await page.close();
    }
  });

  it('judges the page’s health', async () => {
    const got = await run();
    expect(got.health.state).toBe(want.health);
    if (got.health.state === 'reading') {
      expect(got.health.posts).toBe(want.posts.length + want.problems.length);
      expect(got.health.unreadable).toBe(want.problems.length);
      expect(got.health.own).toBe(want.posts.filter((p) => (p as { own?: boolean }).own).length);
    }
  });
});
