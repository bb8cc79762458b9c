// Threads in real Chromium: page → Threads' site script → background → IndexedDB → badges and popup, on the demo
// profile and on the project's fixtures (home feed, post page with replies) served at Threads' real addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  threadsDemo as demo,
  renderThreadsProfile,
  type ThreadsPostSpec,
} from '@/scripts/demo/sites/threads';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'threads', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks `handle` with the protocol message, and reloads. */
async function openTracked(ext: Ext, url: string, html: string, handle: string) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tracked = await ext.message({ type: 'setTracking', platform: 'threads', handle, tracked: true });
  expect(tracked.ok).toBe(true);
  await tab.reload();
  return tab;
}

test('the demo profile: the brand’s posts are badged and stored exactly; a repost of another account is not', async ({
  ext,
}) => {
  const now = Date.now();
  const own = (ageH: number, seq: number, format: ThreadsPostSpec['format'], counts: number[]) => {
    const publishedAt = now - ageH * H;
    const [likes, replies, reposts, quotes] = counts as [number, number, number, number];
    return {
      code: demo.idFor(publishedAt, seq),
      author: demo.handle,
      publishedAt,
      format,
      text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
      likes,
      replies,
      reposts,
      quotes,
      sends: 3,
    } satisfies ThreadsPostSpec;
  };
  const mine = [
    own(3, 1, 'text', [412, 31, 12, 4]),
    own(30, 2, 'carousel', [2731, 96, 0, 0]),
    own(80, 3, 'video', [88, 0, 5, 1]),
  ];
  const repost: ThreadsPostSpec = {
    ...own(5, 4, 'image', [77, 2, 1, 0]),
    author: 'baristabeth',
    repostedBy: demo.handle,
  };
  const html = renderThreadsProfile({
    handle: demo.handle,
    name: 'Lumen Coffee Roasters',
    viewer: demo.handle,
    now,
    posts: [mine[0]!, repost, mine[1]!, mine[2]!],
  });
  const tab = await openTracked(ext, demo.url, html, demo.handle);

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(mine.map((p) => p.code).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (code: string) => snaps.find((s) => s.post === `threads:${code}`)?.metrics;
  // 16 on the repost button, split by the page's data into 12 reposts and 4 quotes; "2.7K" made exact by it.
  expect(of(mine[0]!.code)).toEqual({
    likes: exact(412),
    comments: exact(31),
    shares: exact(12),
    quotes: exact(4),
  });
  expect(of(mine[1]!.code)).toEqual({
    likes: exact(2731),
    comments: exact(96),
    shares: exact(0),
    quotes: exact(0),
  });
  expect(of(mine[2]!.code)).toEqual({
    likes: exact(88),
    comments: exact(0),
    shares: exact(5),
    quotes: exact(1),
  });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format, p.publishedAt]).sort()).toEqual(
    mine.map((p) => [p.code, p.format, p.publishedAt]).sort(),
  );
  expect((await ext.rows('accounts')).map((a) => [a.id, a.tracked])).toEqual([['lumenroasters', true]]);

  const popup = await ext.popupFor('https://www.threads.com/*');
  await expect(popup.locator('.post')).toHaveCount(3);
  await expect(popup.locator(`.post[data-post-id="${mine[0]!.code}"]`)).toContainText('412 likes');
});

test('the home feed: badges on the brand’s posts only, not on its reply under another account’s post', async ({
  ext,
}) => {
  const tab = await openTracked(
    ext,
    'https://www.threads.com/',
    fixture('home-feed.html'),
    'northwind.coffee',
  );
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  expect(await badgeIds(tab)).toEqual(['DfeaBoHgADO', 'DfgxXijgADJ']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  const snaps = await ext.rows('snapshots');
  const of = (code: string) => snaps.find((s) => s.post === `threads:${code}`)?.metrics;
  expect(of('DfeaBoHgADO')).toEqual({
    likes: exact(12345),
    comments: exact(1203),
    shares: exact(290),
    quotes: exact(20),
  });
  expect(snaps.some((s) => s.post === 'threads:DffdiLvgADN')).toBe(false);
});

test('the post page: the post is read, not its replies (the brand’s own among them); a count that changes is read again', async ({
  ext,
}) => {
  const url = 'https://www.threads.com/@northwind.coffee/post/DfcCHdXgAEt';
  const tab = await openTracked(ext, url, fixture('post-page.html'), 'northwind.coffee');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['DfcCHdXgAEt']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  // "1.2K" and no page data: the range it stands for; 15 on the repost button can't be split, so no reposts.
  expect(snap.metrics).toEqual({ likes: { value: 1225, min: 1150, max: 1299 }, comments: exact(37) });

  await tab.evaluate(() => {
    const post = document
      .querySelector('a[href="/@northwind.coffee/post/DfcCHdXgAEt"] time')!
      .closest('[data-pressable-container]')!;
    const count = Array.from(post.querySelectorAll('span')).find((s) => s.textContent === '37')!;
    count.textContent = '38';
  });
  await expect
    .poll(async () => (await ext.rows('posts')).find((p) => p.id === 'DfcCHdXgAEt')?.latest.comments.value)
    .toBe(38);
});
