// Facebook in real Chromium: page → Facebook's site script → background → IndexedDB → badges, on the demo
// Page and on the project's fixtures served at Facebook's real addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { facebookDemo as demo, renderFacebookPost } from '@/scripts/demo/sites/facebook';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const BRAND = 'LumenRoasters';
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'facebook', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks the brand (a person manages Pages: nothing is tracked by itself), and reloads. */
async function openTracked(ext: Ext, url: string, html: string) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tracked = await ext.message({
    type: 'setTracking',
    platform: 'facebook',
    handle: BRAND,
    tracked: true,
  });
  expect(tracked.ok).toBe(true);
  await tab.reload();
  return tab;
}

function demoPost(now: number, ageH: number, seq: number, over: Partial<DemoPost> = {}): DemoPost {
  const publishedAt = now - ageH * H;
  return {
    id: demo.idFor(publishedAt, seq),
    publishedAt,
    format: 'text',
    text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
    counts: { likes: 40 + seq, comments: 3, shares: 2 },
    ...over,
  };
}

test('the demo Page: every brand post is read, stored with its exact counts and time, and badged', async ({
  ext,
}) => {
  const now = Date.now();
  const posts = [
    demoPost(now, 3, 1, { format: 'image' }),
    demoPost(now, 30, 2, { format: 'video', counts: { likes: 180, comments: 14, shares: 22, views: 900 } }),
    demoPost(now, 80, 3, { format: 'carousel', counts: { likes: 7, comments: 0 } }),
  ];
  const tab = await openTracked(ext, demo.url, demo.render(posts, now));

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(posts.map((p) => p.id).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `facebook:${id}`)?.metrics;
  expect(of(posts[0]!.id)).toEqual({ likes: exact(41), comments: exact(3), shares: exact(2) });
  expect(of(posts[1]!.id)).toEqual({
    likes: exact(180),
    comments: exact(14),
    shares: exact(22),
    views: exact(900),
  });
  // Zero comments and shares are not drawn by Facebook: absent, never stored as 0.
  expect(of(posts[2]!.id)).toEqual({ likes: exact(7) });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format, p.url]).sort()).toEqual(
    posts.map((p) => [p.id, p.format, demo.postUrl(p.id)]).sort(),
  );
  // The page's JSON gives each post's creation time to the second.
  for (const p of posts) {
    const got = stored.find((s) => s.id === p.id);
    expect([got.publishedAt, got.publishedPrecision]).toEqual([
      Math.floor(p.publishedAt / 1000) * 1000,
      undefined,
    ]);
  }
  // The person who manages the Page is remembered, never tracked; only the brand is.
  const accounts = (await ext.rows('accounts')).map((a) => [a.id, a.tracked]);
  expect(accounts).toContainEqual(['lumenroasters', true]);
  expect(accounts.filter(([, tracked]) => tracked)).toHaveLength(1);
});

test('new posts and changed counts are followed as the feed scrolls', async ({ ext }) => {
  const now = Date.now();
  const first = demoPost(now, 2, 1);
  const tab = await openTracked(ext, demo.url, demo.render([first], now));
  await expect(tab.locator('resonance-badge')).toHaveCount(1);

  const more = demoPost(now, 6, 2, { format: 'image' });
  const html = renderFacebookPost(more, 1, now);
  await tab.evaluate(
    (h) => document.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', h),
    html,
  );
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);

  await tab.evaluate(() => {
    const total = document.querySelector(
      '[aria-posinset="1"] [role="toolbar"] ~ span[aria-hidden="true"] span span',
    )!;
    total.textContent = '1.2K';
  });
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  await expect
    .poll(async () => (await ext.rows('posts')).find((p) => p.id === first.id)?.latest?.likes)
    .toEqual({ value: 1225, min: 1150, max: 1299 });
});

test('the home feed: a badge on the brand’s post only; its ad, suggested and friends’ posts are not stored', async ({
  ext,
}) => {
  const tab = await openTracked(ext, 'https://www.facebook.com/', fixture('home-feed.html'));
  const own = 'pfbid02wDtGuSptFDaYPo22sJXHDmfPVtoPQ6F7FXDNEXgzgv1XiPti6vj8RsnqDXyCUsh';
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual([own]);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  const [snap] = await ext.rows('snapshots');
  expect(snap.post).toBe(`facebook:${own}`);
  expect(snap.metrics).toEqual({ likes: exact(214), comments: exact(18), shares: exact(6) });
  expect((await ext.rows('posts')).map((p) => p.id)).toEqual([own]);
  // The viewer is the person, remembered but not tracked.
  const viewer = (await ext.rows('accounts')).find((a) => a.id === 'maria.keller.5');
  expect(viewer?.tracked).toBe(false);
});

test('the Page timeline: own posts stored, a post without counts badged as unreadable, no comment stored', async ({
  ext,
}) => {
  const tab = await openTracked(ext, 'https://www.facebook.com/LumenRoasters', fixture('page-timeline.html'));
  const readable = [
    'pfbid02MASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d',
    'pfbid024gEYkbUrMWeWQLGsCmrG6dLaYyNoVKf58ZTBqNAYT3j5qcdsyuMNmPfYetW5v6J',
    'pfbid02F1YveCHK1ATbQgdM9mwZgikp4WzxrxktcSSSS7XhS4D5EVB8Nf471dAb7Qg25xE',
    '1287654321098765',
  ];
  const unreadable = 'pfbid02gRAhHPfQX88wYWXXL6A7pNpHXvmBa2EaQAmb2qaLix6mwHaQBPrFbbrZNhFgtsq';
  await expect(tab.locator('resonance-badge')).toHaveCount(5);
  expect(await badgeIds(tab)).toEqual([...readable, unreadable].sort());
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(4);
  expect((await ext.rows('posts')).map((p) => p.id).sort()).toEqual([...readable].sort());
  const of = async (id: string) =>
    (await ext.rows('snapshots')).find((s) => s.post === `facebook:${id}`)?.metrics;
  expect(await of(readable[2]!)).toEqual({ likes: exact(369), comments: exact(3), shares: exact(1) });
  expect(await of(readable[0]!)).toEqual({
    likes: { value: 1225, min: 1150, max: 1299 },
    comments: exact(86),
    shares: exact(14),
  });
  // The popup names the top reactions inside the total, as the toolbar does.
  const popup = await ext.popupFor('https://www.facebook.com/*');
  await expect(popup.locator(`.post[data-post-id="${readable[2]}"] .reactions`)).toHaveText(
    'Love 181 · Like 162 · Care 23',
  );
});
