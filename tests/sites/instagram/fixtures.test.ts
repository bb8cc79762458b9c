// The Instagram adapter on the project's own fixtures (tests/fixtures/instagram/*.html, each with a header saying
// what it follows). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/core/metrics';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  now: string;
  health: 'reading' | 'no-posts';
  posts: { id: string; metrics: Record<string, unknown> }[];
  notPosts: string[];
  problems: { id: string; reason_contains: string }[];
  viewer: string | null;
  pageAccount: string | null;
  managed: boolean;
}

const dir = join('tests', 'fixtures', 'instagram');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe.each(Object.entries(expected))('Instagram fixture %s', (file, want) => {
  const run = () => extractPage(html(file), want.url, { adapter, own: want.own, now: Date.parse(want.now) });

  it('reads every post with its format, its time and its exact or ranged counts, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('instagram');
    expect(got.posts).toEqual(want.posts);
  });

  it('never writes a count the page does not show, nor one Instagram never shows', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(Object.keys(p.metrics).length, p.id).toBeGreaterThan(0);
      expect(Object.keys(p.metrics).every((k) => (METRICS as readonly string[]).includes(k))).toBe(true);
      expect(p.metrics.saves, p.id).toBeUndefined();
      expect(p.metrics.quotes, p.id).toBeUndefined();
      for (const c of Object.values(p.metrics)) expect(c!.value, p.id).toBeGreaterThan(0);
    }
  });

  it('reads nothing it must not: ads, comments, "more posts" grids, tiles without counts', async () => {
    const got = await run();
    const text = JSON.stringify(got);
    for (const id of want.notPosts) expect(text.includes(id), `${id} must not be read`).toBe(false);
  });

  it('reports unreadable posts instead of storing zeros', async () => {
    const got = await run();
    const problems = got.problems.filter((p) => !('page' in p));
    expect(problems.map((p) => p.id)).toEqual(want.problems.map((p) => p.id));
    for (const [i, p] of problems.entries()) expect(p.reason).toContain(want.problems[i]!.reason_contains);
  });

  it('finds the logged-in account and the page’s account, and whether the viewer manages it', async () => {
    const got = await run();
    expect(got.viewer).toBe(want.viewer);
    expect(got.pageAccount).toBe(want.pageAccount);
    const page = parsePage(html(file), want.url);
    try {
      expect(adapter.pageAccount(page.document, new URL(want.url))?.managed ?? false).toBe(want.managed);
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
    }
  });
});

describe('Instagram fixtures, what each must show', () => {
  it('hidden likes are reported hidden, never 0, and the post is still read with its comments', async () => {
    const want = expected['hidden-likes.html']!;
    const got = await extractPage(html('hidden-likes.html'), want.url, {
      adapter,
      now: Date.parse(want.now),
    });
    const [post] = got.posts;
    expect(post?.metrics.likes).toBeUndefined();
    expect(post?.hidden).toEqual(['likes']);
    expect(post?.metrics.comments).toEqual({ value: 12, min: 12, max: 12 });
  });

  it('the post page’s time is the permalink’s, not the caption’s three seconds later', async () => {
    const want = expected['post-page-pt.html']!;
    const got = await extractPage(html('post-page-pt.html'), want.url, {
      adapter,
      now: Date.parse(want.now),
    });
    expect(got.posts[0]?.publishedAt).toBe('2026-11-08T10:20:15.000Z');
    expect(JSON.stringify(got)).not.toContain('10:20:18');
  });

  it('a grid tile without counts is neither a post nor a problem: the grid stays healthy', async () => {
    const want = expected['profile-grid.html']!;
    const got = await extractPage(html('profile-grid.html'), want.url, {
      adapter,
      now: Date.parse(want.now),
    });
    expect(got.health).toEqual({ state: 'reading', posts: 2, own: 2, unreadable: 0 });
    expect(got.problems).toEqual([]);
  });
});
