// The LinkedIn adapter on the project's own fixtures (tests/fixtures/linkedin/*.html, each with a header saying
// what it follows and what must not be read). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/core/metrics';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  now: string;
  health: 'reading' | 'no-posts';
  posts: { id: string; metrics: Record<string, unknown> }[];
  notPosts: string[];
  problems: { id?: string; author?: string; reason_contains: string }[];
  viewer: string | null;
  pageAccount: string | null;
  managed: boolean;
}

const dir = join('tests', 'fixtures', 'linkedin');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');

describe.each(Object.entries(expected))('LinkedIn fixture %s', (file, want) => {
  const run = () => extractPage(html(file), want.url, { own: want.own, adapter, now: Date.parse(want.now) });

  it('reads every post with its format and its exact counts, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('linkedin');
    expect(got.posts).toEqual(want.posts);
  });

  it('never writes a metric LinkedIn does not show: no quotes, no saves', async () => {
    const got = await run();
    for (const p of got.posts) {
      expect(p.metrics.quotes, p.id).toBeUndefined();
      expect(p.metrics.saves, p.id).toBeUndefined();
      expect(Object.keys(p.metrics).every((k) => (METRICS as readonly string[]).includes(k))).toBe(true);
      // A count LinkedIn does not draw is absent: no zero is ever made up.
      for (const c of Object.values(p.metrics)) expect(c.value, p.id).toBeGreaterThan(0);
    }
  });

  it('reads nothing it must not: ads, reshared posts inside posts, comments, placeholders, reposts’ own ids', async () => {
    const got = await run();
    const seen = JSON.stringify([got.posts, got.problems]);
    for (const id of want.notPosts) expect(seen.includes(id), `${id} must not be read`).toBe(false);
  });

  it('reports unreadable posts, with whose they are, instead of storing zeros', async () => {
    const got = await run();
    const problems = got.problems.filter((p) => !('page' in p));
    expect(problems.map((p) => p.id)).toEqual(want.problems.map((p) => p.id));
    for (const [i, p] of problems.entries()) {
      expect(p.reason).toContain(want.problems[i]!.reason_contains);
      expect(p.author).toBe(want.problems[i]!.author);
    }
  });

  it('finds the logged-in account, the page’s account and whether it is managed', async () => {
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

  it('shows no post signs outside the cards it knows', async () => {
    const page = parsePage(html(file), want.url);
    try {
      expect(adapter.postSigns(page.document)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
