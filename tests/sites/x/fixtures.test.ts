// The X adapter on the project's own fixtures (tests/fixtures/x/*.html, each with a header saying what
// it follows). expected.json was written from the markup, by hand and by independent checkers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  posts: { id: string }[];
  notPosts?: string[];
  problems: { id: string; reason_contains: string }[];
  viewer: string | null;
  pageAccount: string | null;
}

const dir = join('tests', 'fixtures', 'x');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe.each(Object.entries(expected))('X fixture %s', (file, want) => {
  const run = () => extractPage(readFileSync(join(dir, file), 'utf8'), want.url, { own: want.own });

  it('reads every post with its format and its exact or ranged counts, in page order', async () => {
    const got = await run();
    expect(got.platform).toBe('x');
    expect(got.posts).toEqual(want.posts);
  });

  it('says the page is being read', async () => {
    const got = await run();
    expect(got.health.state).toBe('reading');
  });

  it('reads nothing it must not: quoted posts, ads', async () => {
    const got = await run();
    const seen = new Set([...got.posts.map((p) => p.id), ...got.problems.map((p) => p.id)]);
    for (const id of want.notPosts ?? []) expect(seen.has(id), `${id} must not be read`).toBe(false);
  });

  it('reports unreadable posts instead of storing zeros', async () => {
    const got = await run();
    expect(got.problems.map((p) => p.id)).toEqual(want.problems.map((p) => p.id));
    for (const [i, p] of got.problems.entries())
      expect(p.reason).toContain(want.problems[i]!.reason_contains);
  });

  it('finds the logged-in account and the page’s account', async () => {
    const got = await run();
    expect(got.viewer).toBe(want.viewer);
    expect(got.pageAccount).toBe(want.pageAccount);
  });
});
