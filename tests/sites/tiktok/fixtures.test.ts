// The TikTok adapter on the project's own fixtures (tests/fixtures/tiktok/*.html, each with a header saying what it
// follows and what must and must not be read). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/core/metrics';
import { tiktokAdapter } from '@/lib/sites/tiktok/adapter';
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

const dir = join('tests', 'fixtures', 'tiktok');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe.each(Object.entries(expected))('TikTok fixture %s', (file, want) => {
  const run = () =>
    extractPage(html(file), want.url, { own: want.own, adapter: tiktokAdapter, now: Date.parse(want.now) });

  it('reads every post with its format and its exact or ranged counts, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('tiktok');
    expect(got.posts).toEqual(want.posts);
  });

  it('writes only the metrics TikTok shows there: views on tiles only, never a zero for a missing count', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(Object.keys(p.metrics).every((k) => (METRICS as readonly string[]).includes(k))).toBe(true);
      expect(p.metrics.quotes, p.id).toBeUndefined();
      if (p.metrics.views) expect(Object.keys(p.metrics), p.id).toEqual(['views']);
    }
  });

  it('reads nothing it must not: ads, comments, related videos, stitched videos, music ids, other tabs', async () => {
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

  it('reports unreadable posts with a reason instead of storing zeros or inventing an id', async () => {
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
      expect(tiktokAdapter.pageAccount(page.document, new URL(want.url))?.managed ?? false).toBe(
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
    if (got.health.state === 'broken') expect(got.health.why).toContain(want.problems[0]!.reason_contains);
  });
});
