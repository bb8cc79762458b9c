// The Bluesky adapter on the project's own fixtures (tests/fixtures/bluesky/*.html, each with a header saying what it
// follows and what must and must not be read). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '@/lib/sites/bluesky/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  now: string;
  health: 'reading' | 'no-posts' | 'broken';
  posts: { id: string; author: string; metrics: Record<string, unknown> }[];
  notPosts: string[];
  problems: { id?: string; author?: string; reason_contains: string }[];
  viewer: string | null;
  pageAccount: string | null;
  managed: boolean;
}

const dir = join('tests', 'fixtures', 'bluesky');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe.each(Object.entries(expected))('Bluesky fixture %s', (file, want) => {
  const run = () =>
    extractPage(html(file), want.url, { own: want.own, adapter: blueskyAdapter, now: Date.parse(want.now) });

  it('reads every post with its format, its exact or ranged counts and its time, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('bluesky');
    expect(got.posts).toEqual(want.posts);
  });

  it('stores reposts and quotes together as shares, never quotes apart, and no views', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(p.metrics.quotes, p.id).toBeUndefined();
      expect(p.metrics.views, p.id).toBeUndefined();
      expect(p.metrics.shares, p.id).toBeDefined();
    }
  });

  it('reads nothing it must not: quoted posts, their links and media', async () => {
    const got = await run();
    const text = JSON.stringify(got);
    for (const id of want.notPosts) expect(text.includes(id), `${id} must not be read`).toBe(false);
  });

  it('takes each post’s author from its own link, never the reposter’s or the quoted account’s', async () => {
    const got = await run();
    for (const [i, p] of got.posts.entries()) {
      expect(p.author).toBe(want.posts[i]!.author);
      expect(p.url.startsWith(`https://bsky.app/profile/${p.author}/post/`)).toBe(true);
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
      expect(blueskyAdapter.pageAccount(page.document, new URL(want.url))?.managed ?? false).toBe(
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
      expect(got.health.own).toBe(want.posts.filter((p) => p.author === want.own).length);
      expect(got.health.unreadable).toBe(want.problems.length);
    }
  });
});
