// The Threads adapter on the project's own fixtures (tests/fixtures/threads/*.html, each with a header saying
// what it follows). expected.json was written from the markup, by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/core/metrics';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

interface Expected {
  url: string;
  own: string;
  now: string;
  health: 'reading' | 'no-posts';
  posts: { id: string; metrics: Record<string, { value: number; min: number; max: number | null }> }[];
  notPosts: string[];
  problems: { id: string; reason_contains: string }[];
  viewer: string | null;
  pageAccount: string | null;
  managed: boolean;
}

const dir = join('tests', 'fixtures', 'threads');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const html = (file: string) => readFileSync(join(dir, file), 'utf8');
const read = (file: string) => {
  const want = expected[file]!;
  return extractPage(html(file), want.url, { adapter, own: want.own, now: Date.parse(want.now) });
};

describe.each(Object.entries(expected))('Threads fixture %s', (file, want) => {
  it('reads every post with its format, its time and its exact or ranged counts, in page order', async () => {
    const got = await read(file);
    expect(got.platform).toBe('threads');
    expect(got.posts).toEqual(want.posts);
  });

  it('never writes a count the page does not show, nor one Threads never shows', async () => {
    const got = await read(file);
    for (const p of got.posts) {
      expect(Object.keys(p.metrics).length, p.id).toBeGreaterThan(0);
      expect(Object.keys(p.metrics).every((k) => (METRICS as readonly string[]).includes(k))).toBe(true);
      expect(p.metrics.saves, p.id).toBeUndefined();
      expect(p.metrics.views, p.id).toBeUndefined();
      // Reposts and quotes come together or not at all: the button shows their sum.
      expect('shares' in p.metrics, p.id).toBe('quotes' in p.metrics);
    }
  });

  it('reads nothing it must not: quoted posts, replies, suggested accounts', async () => {
    const got = await read(file);
    const text = JSON.stringify(got);
    for (const id of want.notPosts) expect(text.includes(id), `${id} must not be read`).toBe(false);
  });

  it('reports unreadable posts instead of storing zeros', async () => {
    const got = await read(file);
    const problems = got.problems.filter((p) => !('page' in p));
    expect(problems.map((p) => p.id)).toEqual(want.problems.map((p) => p.id));
    for (const [i, p] of problems.entries()) expect(p.reason).toContain(want.problems[i]!.reason_contains);
  });

  it('finds the logged-in account and the page’s account, and whether the viewer manages it', async () => {
    const got = await read(file);
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
    const got = await read(file);
    expect(got.health.state).toBe(want.health);
    if (got.health.state === 'reading') {
      expect(got.health.posts).toBe(want.posts.length + want.problems.length);
      expect(got.health.unreadable).toBe(want.problems.length);
      expect(got.health.own).toBe(want.posts.filter((p) => (p as { own?: boolean }).own).length);
    }
  });
});

describe('Threads fixtures, what each must show', () => {
  const byId = async (file: string, id: string) => (await read(file)).posts.find((p) => p.id === id);

  it('the repost button’s total is never stored as reposts: split by the page data, else left out', async () => {
    // 42 on the button, the data's 35 + 7.
    expect((await byId('profile.html', 'DffNet7gABl'))?.metrics).toMatchObject({
      shares: { value: 35, min: 35, max: 35 },
      quotes: { value: 7, min: 7, max: 7 },
    });
    // 141 on the button and no data for this post: neither.
    const unsplit = await byId('profile.html', 'DfcggpjgABm');
    expect(unsplit?.metrics.shares).toBeUndefined();
    expect(unsplit?.metrics.quotes).toBeUndefined();
    expect(JSON.stringify(unsplit)).not.toContain('141');
  });

  it('`2.7K` without page data keeps its range; with data in that range it is exact', async () => {
    expect((await byId('profile.html', 'DfcggpjgABm'))?.metrics.likes).toEqual({
      value: 2725,
      min: 2650,
      max: 2799,
    });
    expect((await byId('profile.html', 'DfZk3vPgABn'))?.metrics.likes).toEqual({
      value: 4890,
      min: 4890,
      max: 4890,
    });
    expect((await byId('profile-pt.html', 'DfflQ7zgAGR'))?.metrics.likes).toEqual({
      value: 2731,
      min: 2731,
      max: 2731,
    });
  });

  it('page data older than the page is not taken where it disagrees with what the page shows', async () => {
    const p = await byId('profile.html', 'DfIHUyfgABt');
    expect(p?.metrics.likes).toEqual({ value: 131, min: 131, max: 131 });
    expect(p?.metrics.shares).toEqual({ value: 4, min: 4, max: 4 });
  });

  it('a repost of another account and a quoted post are never the brand’s', async () => {
    const got = await read('profile.html');
    const repost = got.posts.find((p) => p.id === 'DfSIHpzgABr');
    expect(repost).toMatchObject({ author: 'coffeedaily', own: false });
    expect(JSON.stringify(got)).not.toContain('DfVKXangABq');
    // The quoting post's format is its own (text), not the quoted card's picture.
    expect(got.posts.find((p) => p.id === 'DfWloHTgABp')?.format).toBe('text');
  });

  it('the brand’s reply is not a post: under another account’s post in the feed, or under its own post', async () => {
    expect(JSON.stringify(await read('home-feed.html'))).not.toContain('DffdiLvgADN');
    const page = await read('post-page.html');
    expect(page.posts.map((p) => p.id)).toEqual(['DfcCHdXgAEt']);
    expect(JSON.stringify(page)).not.toContain('DfcIpjLgAEv');
  });

  it('a part of the brand’s own thread is a post, as its profile lists it', async () => {
    expect(await byId('profile.html', 'DfZk3vPgABo')).toMatchObject({
      author: 'northwind.coffee',
      own: true,
    });
  });

  it('buttons without a number are 0 on the viewer’s own post, and absent on another account’s', async () => {
    expect((await byId('profile.html', 'DfO70dTgABs'))?.metrics).toEqual({
      likes: { value: 9, min: 9, max: 9 },
      comments: { value: 0, min: 0, max: 0 },
      shares: { value: 0, min: 0, max: 0 },
      quotes: { value: 0, min: 0, max: 0 },
    });
    const other = await byId('home-feed.html', 'DfgmhNDgADK');
    expect(Object.keys(other?.metrics ?? {})).toEqual(['likes', 'comments']);
  });
});
