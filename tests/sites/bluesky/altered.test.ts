// The project's Bluesky profile fixture altered as Bluesky could change it: the page says what it can and
// can't read, and no count becomes a number the page did not show (never zeros for counts that moved).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Count, Metric } from '@/lib/core/metrics';
import { extractPage } from '@/scripts/lib/extract-page';
import { expectNoneRead } from '@/tests/sites/none-read';

const dir = join('tests', 'fixtures', 'bluesky');
const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))['profile.html'] as {
  url: string;
  own: string;
  now: string;
  posts: { id: string; metrics: Partial<Record<Metric, Count>> }[];
};
const profile = readFileSync(join(dir, 'profile.html'), 'utf8');
const read = (html: string) => extractPage(html, want.url, { own: want.own, now: Date.parse(want.now) });
const NO_NUMBER = 'no count is shown as a number: Bluesky may have changed how it draws them';

/** Every aria-label that carries a number ("Like (248 likes)", "Reply (0 replies)"). */
const withoutCountLabels = (html: string) => html.replace(/ aria-label="[^"]*\d[^"]*"/g, '');
const isZero = (p: (typeof want.posts)[number]) => Object.values(p.metrics).every((c) => c.value === 0);

describe('an altered Bluesky profile', () => {
  it('reads a post nobody engaged with as zeros: its labels say 0', async () => {
    const zero = want.posts.filter(isZero);
    expect(zero.length).toBeGreaterThan(0);
    const got = await read(profile);
    for (const z of zero) expect(got.posts.find((p) => p.id === z.id)?.metrics).toEqual(z.metrics);
  });

  it('without count labels: each count is read from the visible text, holding the exact one; all-zero posts are not read', async () => {
    const got = await read(withoutCountLabels(profile));
    expect(got.health.state).toBe('reading');
    expect(got.posts.map((p) => p.id)).toEqual(want.posts.filter((p) => !isZero(p)).map((p) => p.id));
    expect(got.problems.map((p) => [p.id, p.reason])).toEqual(
      want.posts.filter(isZero).map((p) => [p.id, NO_NUMBER]),
    );
    for (const p of got.posts) {
      const exact = want.posts.find((w) => w.id === p.id)!.metrics;
      for (const m of ['comments', 'shares', 'likes'] as const) {
        expect(p.metrics[m]!.min).toBeLessThanOrEqual(exact[m]!.value);
        expect(p.metrics[m]!.max).toBeGreaterThanOrEqual(exact[m]!.value);
      }
    }
  });

  it('without any number: no post is stored as zeros, and the page says none could be read', async () => {
    const got = await read(withoutCountLabels(profile).replace(/>\d[\d.,KMB]*</g, '><'));
    expectNoneRead(
      got,
      want.posts.map((p) => p.id),
      NO_NUMBER,
    );
  });
});
