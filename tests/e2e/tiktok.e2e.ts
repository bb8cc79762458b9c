// TikTok in real Chromium: page → TikTok's site script → background → IndexedDB → badges, on the demo profile and
// on the project's fixtures (For You feed, the video modal in Spanish) served at TikTok's real addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCount } from '@/lib/sites/shared/count/count';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { tiktokDemo as demo, tiktokCompact } from '@/scripts/demo/sites/tiktok';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const BRAND = 'lumenroasters';
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'tiktok', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });
/** The page without its embedded viewer: nobody is tracked until the brand is. */
const loggedOut = (html: string) =>
  html.replace(/<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[\s\S]*?<\/script>/, '');

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks `handles` with the protocol message, and reloads. */
async function openTracked(ext: Ext, url: string, html: string, handles: string[] = [BRAND]) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  for (const handle of handles) {
    const tracked = await ext.message({ type: 'setTracking', platform: 'tiktok', handle, tracked: true });
    expect(tracked.ok).toBe(true);
  }
  await tab.reload();
  return tab;
}

test('the demo profile: every tile is read, stored with its views and badged', async ({ ext }) => {
  const now = Date.now();
  const post = (ageH: number, seq: number, format: DemoPost['format'], views: number): DemoPost => ({
    id: demo.idFor(now - ageH * H, seq),
    publishedAt: now - ageH * H,
    format,
    text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
    counts: { likes: 1, comments: 1, views },
  });
  const posts = [post(3, 1, 'video', 8451), post(30, 2, 'image', 12_345), post(80, 3, 'video', 1_234_567)];
  const tab = await openTracked(ext, demo.url, demo.render(posts, now));

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(posts.map((p) => p.id).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `tiktok:${id}`)?.metrics;
  expect(of(posts[0]!.id)).toEqual({ views: exact(8451) });
  // Above 10,000 a tile shows "12.3K": stored as the range it stands for, holding the true count.
  expect(of(posts[1]!.id)).toEqual({ views: parseCount(tiktokCompact(12_345), 'en') });
  expect(of(posts[2]!.id)).toEqual({ views: { value: 1225000, min: 1150000, max: 1299999 } });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format]).sort()).toEqual(
    [
      [posts[0]!.id, 'video'],
      [posts[1]!.id, 'carousel'],
      [posts[2]!.id, 'video'],
    ].sort(),
  );
});

test('the For You feed: a badge on the brand’s video only; others, ads and id-less items not stored', async ({
  ext,
}) => {
  // milk.and.crema's item has no video id in the page: tracked or not, nothing is stored for it.
  const tab = await openTracked(ext, 'https://www.tiktok.com/foryou', loggedOut(fixture('foryou.html')), [
    BRAND,
    'milk.and.crema',
  ]);
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['7709437701671038013']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  expect(snap.post).toBe('tiktok:7709437701671038013');
  expect(snap.metrics).toEqual({
    likes: exact(1834),
    comments: exact(96),
    shares: exact(41),
    saves: exact(212),
  });
  expect((await ext.rows('posts')).map((p) => p.id)).toEqual(['7709437701671038013']);

  // A new item scrolled in is read; a count that changes is read again.
  const more = fixture('foryou.html')
    .match(/<article data-scroll-index="0"[\s\S]*?<\/article>/)![0]
    .replaceAll('7709437701671038013', '7703480904992022819')
    .replace('>1834<', '>977<');
  await tab.evaluate((html) => {
    document.querySelector('#column-list-container')!.insertAdjacentHTML('beforeend', html);
  }, more);
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  await tab.evaluate(() => {
    const like = document
      .querySelector('[id="xgwrapper-0-7709437701671038013"]')!
      .closest('article')!
      .querySelector('[data-e2e="like-count"]')!;
    like.textContent = '1835';
  });
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  await expect
    .poll(
      async () => (await ext.rows('posts')).find((p) => p.id === '7709437701671038013')?.latest.likes.value,
    )
    .toBe(1835);
});

test('the video modal in Spanish: the modal’s counts, not the feed item’s under it', async ({ ext }) => {
  const url = 'https://www.tiktok.com/@lumenroasters/video/7703480904992022819';
  const tab = await openTracked(ext, url, loggedOut(fixture('modal-es.html')));
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['7703480904992022819']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  expect(snap.metrics).toEqual({
    likes: { value: 12325, min: 12250, max: 12399 }, // "12,3 mil"
    comments: exact(1834),
    shares: { value: 10525, min: 10450, max: 10599 }, // "10,5 mil"
    saves: exact(2045),
  });
});

test('logged in as the brand, its posts are tracked without asking', async ({ ext }) => {
  await ext.serve({
    'https://www.tiktok.com/@lumenroasters/video/7709437701671038013': fixture('video.html'),
  });
  const tab = await ext.context.newPage();
  await tab.goto('https://www.tiktok.com/@lumenroasters/video/7709437701671038013');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  expect((await ext.rows('accounts')).map((a) => [a.id, a.tracked, a.source])).toEqual([
    ['lumenroasters', true, 'logged-in'],
  ]);
});
