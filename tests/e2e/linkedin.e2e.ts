// LinkedIn in real Chromium: page → LinkedIn's site script → background → IndexedDB → badges, on the demo Page
// and on the project's fixtures (legacy and current markup) served at LinkedIn's real addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { linkedinDemo as demo } from '@/scripts/demo/sites/linkedin';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const BRAND = 'company/lumen-roasters';
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'linkedin', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks the brand (a member manages Pages: nothing is tracked by itself), and reloads. */
async function openTracked(ext: Ext, url: string, html: string) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tracked = await ext.message({
    type: 'setTracking',
    platform: 'linkedin',
    handle: BRAND,
    tracked: true,
  });
  expect(tracked.ok).toBe(true);
  await tab.reload();
  return tab;
}

test('the demo Page: every brand post is read, stored with its exact counts and badged', async ({ ext }) => {
  const now = Date.now();
  const post = (ageH: number, seq: number, over: Partial<DemoPost>): DemoPost => ({
    id: demo.idFor(now - ageH * H, seq),
    publishedAt: now - ageH * H,
    format: 'text',
    text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
    counts: { likes: 40 + seq, comments: 3, shares: 2, views: 900 + seq },
    ...over,
  });
  const posts = [
    post(3, 1, { format: 'image' }),
    post(30, 2, { format: 'video' }),
    post(80, 3, { counts: { likes: 7, comments: 0 } }),
  ];
  const tab = await openTracked(ext, demo.url, demo.render(posts, now));

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(posts.map((p) => p.id).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `linkedin:${id}`)?.metrics;
  expect(of(posts[0]!.id)).toEqual({
    likes: exact(41),
    comments: exact(3),
    shares: exact(2),
    views: exact(901),
  });
  // Zero comments are not drawn by LinkedIn: absent, never stored as 0.
  expect(of(posts[2]!.id)).toEqual({ likes: exact(7) });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format]).sort()).toEqual(posts.map((p) => [p.id, p.format]).sort());
});

test('the legacy home feed: badges on the brand’s posts only; ads, others’ posts and reposts not stored', async ({
  ext,
}) => {
  const tab = await openTracked(ext, 'https://www.linkedin.com/feed/', fixture('home-feed-legacy.html'));
  // Three readable brand posts, plus two of its posts shown but unreadable (a repost's card, no counts yet).
  const readable = ['7525856579968874925', '7525501203394413769', '7525196722558247627'];
  const unreadable = ['7525610750969751785', '7525884986656967652'];
  await expect(tab.locator('resonance-badge')).toHaveCount(5);
  expect(await badgeIds(tab)).toEqual([...readable, ...unreadable].sort());
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const stored = await ext.rows('posts');
  expect(stored.map((p) => p.id).sort()).toEqual([...readable].sort());
  const snap = (await ext.rows('snapshots')).find((s) => s.post === `linkedin:${readable[0]}`);
  expect(snap.metrics).toEqual({ likes: exact(1342), comments: exact(48), shares: exact(12) });
  // The viewer is a member, never tracked by itself; the brand was tracked by hand.
  const accounts = (await ext.rows('accounts')).map((a) => [a.id, a.tracked]);
  expect(accounts).toContainEqual([BRAND, true]);
  expect(accounts.filter(([, tracked]) => tracked)).toHaveLength(1);
});

test('the current feed: only cards that name their activity are stored', async ({ ext }) => {
  const tab = await openTracked(ext, 'https://www.linkedin.com/feed/', fixture('home-feed-current.html'));
  // The brand's card with no activity id has no id to badge or store.
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  expect(await badgeIds(tab)).toEqual(['7525196722558304296', '7525856579971332247']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  const snap = (await ext.rows('snapshots')).find((s) => s.post === 'linkedin:7525196722558304296');
  expect(snap.metrics).toEqual({ likes: exact(356), comments: exact(22) });
});
