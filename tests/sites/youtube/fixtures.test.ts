// The YouTube adapter on the project's own fixtures (tests/fixtures/youtube/*.html, each with a header saying
// what it follows). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '@/lib/sites/youtube/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  now: string;
  health: 'reading' | 'no-posts';
  posts: { id: string; own: boolean; format: string; metrics: Record<string, unknown> }[];
  notPosts: string[];
  problems: { id: string; reason_contains: string }[];
  viewer: string | null;
  viewerAliases: string[];
  pageAccount: string | null;
  managed: boolean;
  aliases: string[];
}

const dir = join('tests', 'fixtures', 'youtube');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('the fixture set', () => {
  it('covers every page kind and markup generation the adapter reads', () => {
    expect(Object.keys(expected).sort()).toEqual([
      'channel-shorts.html',
      'channel-videos-de.html',
      'channel-videos.html',
      'home.html',
      'watch-2022.html',
      'watch.html',
    ]);
  });
});

describe.each(Object.entries(expected))('YouTube fixture %s', (file, want) => {
  const run = () =>
    extractPage(html(file), want.url, { adapter: youtubeAdapter, own: want.own, now: Date.parse(want.now) });

  it('reads every post with its format, exact or ranged counts and time, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('youtube');
    expect(got.posts).toEqual(want.posts);
  });

  it('writes only what YouTube shows: views, likes and comments, never 0 for a count not shown', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(
        Object.keys(p.metrics).every((m) => ['views', 'likes', 'comments'].includes(m)),
        p.id,
      ).toBe(true);
      expect(p.metrics.views, `${p.id} has views`).toBeDefined();
      expect(['video', 'reel']).toContain(p.format);
    }
  });

  it('reads nothing it must not: ads, Mixes, related videos, hidden earlier pages, comments', async () => {
    const got = await run();
    const seen = new Set([...got.posts.map((p) => p.id), ...got.problems.map((p) => p.id)]);
    for (const id of want.notPosts) expect(seen.has(id), `${id} must not be read`).toBe(false);
  });

  it('reports unreadable posts instead of storing zeros', async () => {
    const got = await run();
    const problems = got.problems.filter((p) => !('page' in p));
    expect(problems.map((p) => p.id)).toEqual(want.problems.map((p) => p.id));
    for (const [i, p] of problems.entries()) expect(p.reason).toContain(want.problems[i]!.reason_contains);
  });

  it('finds the logged-in channel, the page’s channel and whether the viewer manages it', async () => {
    const got = await run();
    expect(got.viewer).toBe(want.viewer);
    expect(got.pageAccount).toBe(want.pageAccount);
    const page = parsePage(html(file), want.url);
    try {
      const account = youtubeAdapter.pageAccount(page.document, new URL(want.url));
      expect(account?.managed ?? false).toBe(want.managed);
      expect(account?.aliases ?? []).toEqual(want.aliases);
      expect(youtubeAdapter.viewer(page.document)?.aliases ?? []).toEqual(want.viewerAliases);
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
      expect(got.health.own).toBe(want.posts.filter((p) => p.own).length);
    }
  });
});
