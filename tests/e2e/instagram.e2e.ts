// Instagram in real Chromium: page → Instagram's site script → background → IndexedDB → badges and popup, on
// the demo home feed and on the project's fixtures (profile grid, Portuguese post page, a post with hidden
// likes opened over a grid) served at Instagram's real addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoPost } from '@/scripts/demo/site-demo';
import {
  instagramDemo as demo,
  type FeedPostSpec,
  renderInstagramFeed,
} from '@/scripts/demo/sites/instagram';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'instagram', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks `handle` with the protocol message, and reloads. */
async function openTracked(ext: Ext, url: string, html: string, handle: string) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tracked = await ext.message({ type: 'setTracking', platform: 'instagram', handle, tracked: true });
  expect(tracked.ok).toBe(true);
  await tab.reload();
  return tab;
}

test('the demo feed: the brand’s posts are badged and stored; another account’s post and an ad are not', async ({
  ext,
}) => {
  const now = Date.now();
  const own = (ageH: number, seq: number, format: DemoPost['format'], likes: number, comments: number) => {
    const publishedAt = now - ageH * H;
    return {
      code: demo.idFor(publishedAt, seq),
      author: demo.handle,
      publishedAt,
      format,
      text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
      likes,
      comments,
    } satisfies FeedPostSpec;
  };
  const mine = [own(3, 1, 'image', 412, 31), own(30, 2, 'carousel', 1873, 96), own(80, 3, 'video', 88, 4)];
  const other: FeedPostSpec = { ...own(5, 4, 'reel', 77, 2), author: 'baristabeth' };
  const ad: FeedPostSpec = { ...own(1, 5, 'image', 9000, 90), author: 'beanmachine.shop', sponsored: true };
  const html = renderInstagramFeed({
    viewer: demo.handle,
    now,
    posts: [mine[0]!, other, ad, mine[1]!, mine[2]!],
  });
  const tab = await openTracked(ext, demo.url, html, demo.handle);

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(mine.map((p) => p.code).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (code: string) => snaps.find((s) => s.post === `instagram:${code}`)?.metrics;
  expect(of(mine[0]!.code)).toEqual({ likes: exact(412), comments: exact(31) });
  expect(of(mine[1]!.code)).toEqual({ likes: exact(1873), comments: exact(96) });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format, p.publishedAt]).sort()).toEqual(
    mine.map((p) => [p.code, p.format, p.publishedAt]).sort(),
  );
  expect((await ext.rows('accounts')).map((a) => [a.id, a.tracked])).toEqual([['lumenroasters', true]]);

  const popup = await ext.popupFor('https://www.instagram.com/*');
  await expect(popup.locator('.post')).toHaveCount(3);
  await expect(popup.locator(`.post[data-post-id="${mine[0]!.code}"]`)).toContainText('412 likes');
  await expect(popup.locator(`.post[data-post-id="${mine[0]!.code}"]`)).toContainText('31 comments');
});

test('the profile grid: the hovered tile and a reel’s views are read, and a tile is read when hovered', async ({
  ext,
}) => {
  const url = 'https://www.instagram.com/northwind.coffee/';
  const tab = await openTracked(ext, url, fixture('profile-grid.html'), 'northwind.coffee');
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  expect(await badgeIds(tab)).toEqual(['DfXqTQXgAdu', 'DffNet7gASx']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  const snaps = await ext.rows('snapshots');
  const of = (code: string) => snaps.find((s) => s.post === `instagram:${code}`)?.metrics;
  expect(of('DffNet7gASx')).toEqual({ likes: exact(356), comments: exact(18) });
  expect(of('DfXqTQXgAdu')).toEqual({ views: exact(2315) });

  // The pointer moves to another tile: its overlay appears, and it is read.
  await tab.evaluate(() => {
    const from = document.querySelector('a[href="/northwind.coffee/p/DffNet7gASx/"] ul')!.parentElement!;
    const overlay = from.cloneNode(true) as Element;
    const [likes, comments] = Array.from(overlay.querySelectorAll('li span span'));
    likes!.textContent = '91';
    comments!.textContent = '4';
    document.querySelector('a[href="/northwind.coffee/p/DfRvoJfgAdv/"]')!.append(overlay);
  });
  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const hovered = (await ext.rows('snapshots')).find((s) => s.post === 'instagram:DfRvoJfgAdv');
  expect(hovered.metrics).toEqual({ likes: exact(91), comments: exact(4) });
  // No time on a tile: the shortcode's, within a minute.
  const post = (await ext.rows('posts')).find((p) => p.id === 'DfRvoJfgAdv');
  expect(post.publishedAt).toBe(Date.parse('2026-11-03T11:11:11.000Z'));
  expect(post.publishedPrecision).toBe(60_000);
});

test('the Portuguese post page: the post’s counts, not its comments’; a count that changes is read again', async ({
  ext,
}) => {
  const url = 'https://www.instagram.com/p/DfehxefgAiZ/';
  const tab = await openTracked(ext, url, fixture('post-page-pt.html'), 'padaria.aurora');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['DfehxefgAiZ']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  expect(snap.metrics).toEqual({ likes: exact(1204), comments: exact(37) });

  await tab.evaluate(() => {
    const count = Array.from(document.querySelectorAll('section span[role="button"]')).find(
      (s) => s.textContent === '37',
    )!;
    count.textContent = '38';
  });
  await expect
    .poll(async () => (await ext.rows('posts')).find((p) => p.id === 'DfehxefgAiZ')?.latest.comments.value)
    .toBe(38);
});

test('hidden likes: the post is stored with its comments and never shows 0 likes', async ({ ext }) => {
  const url = 'https://www.instagram.com/p/DfUxxEzgAlh/';
  const tab = await openTracked(ext, url, fixture('hidden-likes.html'), 'northwind.coffee');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  expect(snap.metrics).toEqual({ comments: exact(12) });

  const popup = await ext.popupFor('https://www.instagram.com/*');
  await expect(popup.locator('.post')).toHaveCount(1);
  await expect(popup.locator('.post')).toContainText('12 comments');
  await expect(popup.locator('.post')).not.toContainText('0 likes');
  await expect(popup.locator('.post .hidden-count')).toHaveText('likes hidden');
});
