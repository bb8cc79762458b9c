// The Facebook adapter on the project's own fixtures (tests/fixtures/facebook/*.html, each with a header saying
// what it follows). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/core/metrics';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
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

const dir = join('tests', 'fixtures', 'facebook');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

// The fixtures show their times on a UTC clock; Facebook's short dates are read in the runtime's zone.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe.each(Object.entries(expected))('Facebook fixture %s', (file, want) => {
  const run = () =>
    extractPage(html(file), want.url, { own: want.own, adapter: facebookAdapter, now: Date.parse(want.now) });

  it('reads every post with its exact or ranged counts, time, precision and format, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('facebook');
    expect(got.posts).toEqual(want.posts);
  });

  it('writes only what Facebook shows: no saves or quotes, no zero for a count not drawn', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(p.metrics.saves, p.id).toBeUndefined();
      expect(p.metrics.quotes, p.id).toBeUndefined();
      expect(Object.keys(p.metrics).every((k) => (METRICS as readonly string[]).includes(k))).toBe(true);
      for (const c of Object.values(p.metrics)) expect(c!.value, p.id).toBeGreaterThan(0);
    }
  });

  it('reads nothing it must not: comments, ads, a shared post’s original, other stories’ JSON', async () => {
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

  it('finds the logged-in account, the page’s account and whether the viewer manages it', async () => {
    const got = await run();
    expect(got.viewer).toBe(want.viewer);
    expect(got.pageAccount).toBe(want.pageAccount);
    const page = parsePage(html(file), want.url);
    try {
      const account = facebookAdapter.pageAccount(page.document, new URL(want.url));
      expect(account?.managed ?? false).toBe(want.managed);
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
