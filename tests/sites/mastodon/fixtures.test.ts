// The Mastodon adapter on the project's own fixtures (tests/fixtures/mastodon/*.html, each with a header saying
// what it follows). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/core/metrics';
import { mastodonAdapter } from '@/lib/sites/mastodon/adapter';
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

const dir = join('tests', 'fixtures', 'mastodon');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe.each(Object.entries(expected))('Mastodon fixture %s', (file, want) => {
  const run = () =>
    extractPage(html(file), want.url, { own: want.own, site: 'mastodon', now: Date.parse(want.now) });

  it('reads every post with its exact or ranged counts and its format, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('mastodon');
    expect(got.posts).toEqual(want.posts);
  });

  it('never writes a metric Mastodon does not show: no views, no bookmark counts', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(p.metrics.views, p.id).toBeUndefined();
      expect(p.metrics.saves, p.id).toBeUndefined();
      expect(Object.keys(p.metrics).every((k) => (METRICS as readonly string[]).includes(k))).toBe(true);
    }
  });

  it('reads nothing it must not: boosts’ own ids, quoted posts, notification ids, offscreen cells', async () => {
    const got = await run();
    const seen = new Set([...got.posts.map((p) => p.id), ...got.problems.map((p) => 'id' in p && p.id)]);
    for (const id of want.notPosts) expect(seen.has(id), `${id} must not be read`).toBe(false);
  });

  it('reports unreadable posts instead of storing zeros', async () => {
    const got = await run();
    const problems = got.problems.filter((p) => !('page' in p));
    expect(problems.map((p) => p.id)).toEqual(want.problems.map((p) => p.id));
    for (const [i, p] of problems.entries()) expect(p.reason).toContain(want.problems[i]!.reason_contains);
  });

  it('finds the logged-in account and the page’s account', async () => {
    const got = await run();
    expect(got.viewer).toBe(want.viewer);
    expect(got.pageAccount).toBe(want.pageAccount);
    const page = parsePage(html(file), want.url);
    try {
      expect(mastodonAdapter.pageAccount(page.document, new URL(want.url))?.managed ?? false).toBe(
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
    }
  });
});
