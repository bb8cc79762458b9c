// YouTube in real Chromium: the built extension on pages served at YouTube's real addresses (the demo's
// channel grid and the project's fixtures) → content script → background → IndexedDB → badges.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { youtubeDemo as demo } from '@/scripts/demo/sites/youtube';
import { type Ext, expect, test } from './fixtures';

const H = 3600e3;
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'youtube', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });

const badgeIds = (tab: Page) =>
  tab.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? ''));

/** Opens `url`, then tracks the brand and reloads, as a user would from the popup. */
async function openTracked(ext: Ext, url: string): Promise<Page> {
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tracked = await ext.message({
    type: 'setTracking',
    platform: 'youtube',
    handle: demo.handle,
    tracked: true,
  });
  expect(tracked.ok).toBe(true);
  await tab.reload();
  return tab;
}

test('the brand’s channel grid: a badge on each video, snapshots with the exact views', async ({ ext }) => {
  const now = Date.now();
  const posts: DemoPost[] = [5, 30, 80].map((ageH, i) => ({
    id: demo.idFor(now - ageH * H, i),
    publishedAt: now - ageH * H,
    format: 'video',
    text: `<img src=x onerror="document.title='pwned'"> video ${i}`,
    counts: { likes: 0, comments: 0, views: [15, 12_345, 1_234_567][i]! },
  }));
  await ext.serve({ [demo.url]: demo.render(posts, now) });
  const tab = await openTracked(ext, demo.url);

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect((await badgeIds(tab)).sort()).toEqual(posts.map((p) => p.id).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  for (const p of posts) {
    const snap = (await ext.rows('snapshots')).find((s) => s.post === `youtube:${p.id}`);
    expect(snap.metrics).toEqual({ views: exact(p.counts.views!) });
  }
  const stored = await ext.rows('posts');
  expect(stored.map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
  for (const p of stored) {
    const want = posts.find((x) => x.id === p.id)!;
    expect(p.format).toBe('video');
    expect(Math.abs(p.publishedAt - want.publishedAt)).toBeLessThanOrEqual(p.publishedPrecision);
  }
});

test('the home grid: the brand’s card only; other channels, the ad, the Mix and the Shorts shelf are not stored', async ({
  ext,
}) => {
  await ext.serve({ 'https://www.youtube.com': fixture('home.html') });
  const tab = await openTracked(ext, 'https://www.youtube.com/');

  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['Lm3nPour0v3']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  // "48K views": a range, never a made-up exact number.
  expect(snap.metrics).toEqual({ views: { value: 48250, min: 47500, max: 48999 } });
  expect((await ext.rows('posts')).map((p) => p.id)).toEqual(['Lm3nPour0v3']);
});

test('the watch page: exact views, likes and comments; related videos and comments are not badged', async ({
  ext,
}) => {
  await ext.serve({ 'https://www.youtube.com/watch': fixture('watch.html') });
  const tab = await openTracked(ext, 'https://www.youtube.com/watch?v=Lm3nPour0v3');

  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['Lm3nPour0v3']);
  // The badge sits under the title, not in the related column.
  expect(await tab.locator('ytd-watch-metadata #title resonance-badge').count()).toBe(1);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  expect(snap.metrics).toEqual({ views: exact(48213), likes: exact(2481), comments: exact(1204) });
  expect((await ext.rows('posts')).map((p) => p.id)).toEqual(['Lm3nPour0v3']);
  // The account menu showed the channel and its id: the id is kept as the account's alias.
  const account = (await ext.rows('accounts')).find((a) => a.id === '@lumenroasters');
  expect(account).toMatchObject({ tracked: true, aliases: ['UCLumenR0asters2026xYz_q'] });

  const popup = await ext.popupFor('https://www.youtube.com/*');
  await expect(popup.locator('.account')).toContainText('Lumen Roasters (@LumenRoasters) is tracked');
  await expect(popup.locator('.post')).toHaveCount(1);
});

test('in-page navigation: the watch page is not read until it shows the video its address names', async ({
  ext,
}) => {
  await ext.serve({ 'https://www.youtube.com/watch': fixture('watch.html') });
  const tab = await openTracked(ext, 'https://www.youtube.com/watch?v=Lm3nPour0v3');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);

  // YouTube changes the address first; the page still shows the brand's video, whose counts then move.
  await tab.evaluate(() => history.pushState({}, '', '/watch?v=Bb7xQ2kLm9Z'));
  await tab.waitForTimeout(1500);
  await tab.evaluate(() =>
    document
      .querySelector('like-button-view-model button')!
      .setAttribute('aria-label', 'like this video along with 9,999 other people'),
  );
  await tab.waitForTimeout(1000);
  // Its video-id follows, while the owner block still is the brand's, with the brand's "Edit video" link.
  await tab.evaluate(() =>
    document.querySelector('ytd-watch-flexy')!.setAttribute('video-id', 'Bb7xQ2kLm9Z'),
  );
  await tab.waitForTimeout(1000);
  expect(await ext.rows('snapshots')).toHaveLength(1);
  // Then the owner block shows the other channel.
  await tab.evaluate(() => {
    document.querySelector('#analytics-button')!.replaceChildren();
    for (const a of document.querySelectorAll('ytd-video-owner-renderer a'))
      a.setAttribute('href', '/@BaristaBeth');
  });
  await expect(tab.locator('resonance-badge')).toHaveCount(0);
  await tab.waitForTimeout(1000);
  const snaps = await ext.rows('snapshots');
  expect(snaps).toHaveLength(1);
  expect(JSON.stringify(snaps)).not.toContain('9999');
  expect((await ext.rows('posts')).map((p) => p.id)).toEqual(['Lm3nPour0v3']);
});
