// Reddit in real Chromium: page → Reddit's site script → background → IndexedDB → badges, on the demo profile and
// on the project's fixtures (a new Reddit subreddit listing, an old Reddit listing) served at Reddit's real
// addresses. Chromium attaches the posts' declarative shadow roots, as it does on the live site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { redditDemo as demo } from '@/scripts/demo/sites/reddit';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const BRAND = 'LumenRoasters';
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'reddit', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });

/** The new Reddit fixture with nobody logged in: nothing is tracked until the brand is. */
const loggedOutNew = (html: string) =>
  html
    .replace(/<after-login-toast-dispatcher[^>]*><\/after-login-toast-dispatcher>/, '')
    .replace(/<community-author-flair[\s\S]*?<\/community-author-flair>/, '')
    .replace(/<li class="[^"]*left-nav-manage-communities-link[\s\S]*?<\/li>/, '');
/** The old Reddit fixture with the header's login prompt instead of the brand's name. */
const loggedOutOld = (html: string) =>
  html.replace(
    /<span class="user">[\s\S]*?<\/span>\)<\/span>/,
    '<span class="user">Want to join? <a href="https://www.reddit.com/login" class="login-required login-link">Log in</a> in seconds.</span>',
  );

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks `handles` with the protocol message, and reloads. */
async function openTracked(ext: Ext, url: string, html: string, handles: string[] = [BRAND]) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  for (const handle of handles) {
    const tracked = await ext.message({ type: 'setTracking', platform: 'reddit', handle, tracked: true });
    expect(tracked.ok).toBe(true);
  }
  await tab.reload();
  return tab;
}

test('the demo profile: every post is read, stored with its exact score and comments, and badged', async ({
  ext,
}) => {
  const now = Date.now();
  const post = (ageH: number, seq: number, format: DemoPost['format'], likes: number, comments: number) => {
    const publishedAt = now - ageH * H;
    return {
      id: demo.idFor(publishedAt, seq),
      publishedAt,
      format,
      text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
      counts: { likes, comments },
    };
  };
  const posts = [
    post(2, 1, 'image', 1_284, 96),
    post(30, 2, 'carousel', 0, 0),
    post(80, 3, 'video', 12_345, 1_234),
  ];
  const tab = await openTracked(ext, demo.url, demo.render(posts, now));

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(posts.map((p) => p.id).sort());
  // In the post's header, which its shadow root shows through the credit-bar slot.
  await expect(tab.locator('resonance-badge').first()).toBeVisible();
  expect(await tab.title()).not.toBe('pwned');
  // Chromium made the declarative templates into the posts' shadow roots, where the counts are drawn.
  expect(await tab.evaluate(() => document.querySelector('shreddit-post')?.shadowRoot !== null)).toBe(true);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `reddit:${id}`)?.metrics;
  for (const p of posts)
    expect(of(p.id)).toEqual({ likes: exact(p.counts.likes), comments: exact(p.counts.comments) });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format, p.url]).sort()).toEqual(
    [
      [posts[0]!.id, 'image', demo.postUrl(posts[0]!.id)],
      [posts[1]!.id, 'carousel', demo.postUrl(posts[1]!.id)],
      [posts[2]!.id, 'video', demo.postUrl(posts[2]!.id)],
    ].sort(),
  );

  // Reddit updates a post's score attribute in place: it is read again.
  await tab.evaluate((id) => document.getElementById(id)!.setAttribute('score', '1285'), posts[0]!.id);
  await expect
    .poll(async () => (await ext.rows('posts')).find((p) => p.id === posts[0]!.id)?.latest.likes.value)
    .toBe(1285);
});

test('a new Reddit listing: badges on the brand’s posts only; its ad and another’s crosspost are not stored', async ({
  ext,
}) => {
  const tab = await openTracked(
    ext,
    'https://www.reddit.com/r/Coffee/',
    loggedOutNew(fixture('subreddit-listing.html')),
    [BRAND, 'morning_pourover'],
  );
  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(['t3_1r2j0aa', 't3_1r2lmn0', 't3_1r2o0b1']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `reddit:${id}`)?.metrics;
  expect(of('t3_1r2lmn0')).toEqual({ likes: exact(1284), comments: exact(96) });
  // The brand's crosspost: its own score, not its source's 5210 upvotes.
  expect(of('t3_1r2j0aa')).toEqual({ likes: exact(57), comments: exact(4) });
  // A score Reddit hides for now is left out, never stored as 0.
  expect(of('t3_1r2o0b1')).toEqual({ comments: exact(3) });
  const ids = (await ext.rows('posts')).map((p) => p.id).sort();
  expect(ids).toEqual(['t3_1r2j0aa', 't3_1r2lmn0', 't3_1r2o0b1']);
});

test('an old Reddit listing: the score the vote column shows, the promoted post not stored', async ({
  ext,
}) => {
  const tab = await openTracked(
    ext,
    'https://old.reddit.com/r/Coffee/',
    loggedOutOld(fixture('old-listing.html')),
  );
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  expect(await badgeIds(tab)).toEqual(['t3_1qwtr8e', 't3_1r2lmn0']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `reddit:${id}`)?.metrics;
  expect(of('t3_1r2lmn0')).toEqual({ likes: exact(1284), comments: exact(96) });
  expect(of('t3_1qwtr8e')).toEqual({ likes: exact(14558), comments: exact(420) });
  expect((await ext.rows('posts')).map((p) => p.id).sort()).toEqual(['t3_1qwtr8e', 't3_1r2lmn0']);
});

test('logged in as the brand, its posts are tracked without asking', async ({ ext }) => {
  const url = 'https://www.reddit.com/r/Coffee/comments/1r2lmn0/our_new_huila_lot_is_roasting_today/';
  await ext.serve({ [url.replace(/\/$/, '')]: fixture('post-page.html') });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  expect(await badgeIds(tab)).toEqual(['t3_1r2lmn0']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  expect((await ext.rows('accounts')).map((a) => [a.id, a.tracked, a.source])).toEqual([
    ['lumenroasters', true, 'logged-in'],
  ]);
});
