// Bluesky in real Chromium: page → Bluesky's site script → background → IndexedDB → badges, on the demo profile and
// on the project's fixtures (home feed, a post's thread page) served at Bluesky's real addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCount } from '@/lib/sites/shared/count/count';
import type { DemoPost } from '@/scripts/demo/site-demo';
import { blueskyCompact, blueskyDemo as demo } from '@/scripts/demo/sites/bluesky';
import type { Ext } from './fixtures';
import { expect, test } from './fixtures';

const H = 3600e3;
const BRAND = 'lumenroasters.bsky.social';
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'bluesky', file), 'utf8');
const exact = (n: number) => ({ value: n, min: n, max: n });
/** The page without its left nav: no viewer, so nobody is tracked until the brand is. */
const loggedOut = (html: string) => html.replace(/<nav role="navigation"[\s\S]*?<\/nav>/, '');

const badgeIds = (p: import('@playwright/test').Page) =>
  p.locator('resonance-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? '').sort());

/** Opens `url`, tracks `handles` with the protocol message, and reloads. */
async function openTracked(ext: Ext, url: string, html: string, handles: string[] = [BRAND]) {
  await ext.serve({ [url.replace(/\/$/, '')]: html });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  for (const handle of handles) {
    const tracked = await ext.message({ type: 'setTracking', platform: 'bluesky', handle, tracked: true });
    expect(tracked.ok).toBe(true);
  }
  await tab.reload();
  return tab;
}

test('the demo profile: every post is read, stored with its counts and badged', async ({ ext }) => {
  const now = Date.now();
  const post = (ageH: number, seq: number, format: DemoPost['format'], c: number[]): DemoPost => ({
    id: demo.idFor(now - ageH * H, seq),
    publishedAt: now - ageH * H,
    format,
    text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
    counts: { likes: c[0]!, comments: c[1]!, shares: c[2]! },
  });
  const posts = [
    post(3, 1, 'image', [412, 31, 12]),
    post(30, 2, 'video', [1_873, 96, 1_234]),
    post(80, 3, 'text', [7, 0, 0]),
  ];
  const tab = await openTracked(ext, demo.url, demo.render(posts, now));

  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual(posts.map((p) => p.id).sort());
  expect(await tab.title()).not.toBe('pwned');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  const of = (id: string) => snaps.find((s) => s.post === `bluesky:${id}`)?.metrics;
  expect(of(posts[0]!.id)).toEqual({ comments: exact(31), shares: exact(12), likes: exact(412) });
  // "1.2K" on the repost button: reposts + quotes, stored as the range the text stands for.
  expect(of(posts[1]!.id)).toEqual({
    comments: exact(96),
    shares: parseCount(blueskyCompact(1_234), 'en'),
    likes: exact(1_873),
  });
  expect(of(posts[2]!.id)).toEqual({ comments: exact(0), shares: exact(0), likes: exact(7) });
  const stored = await ext.rows('posts');
  expect(stored.map((p) => [p.id, p.format, p.publishedAt]).sort()).toEqual(
    posts.map((p) => [p.id, p.format, p.publishedAt]).sort(),
  );
});

test('the home feed: badges on the brand’s posts only, not on others’ nor on a quoted brand post', async ({
  ext,
}) => {
  const tab = await openTracked(ext, 'https://bsky.app/', loggedOut(fixture('home.html')));
  // The brand's post reposted by Coffee Daily, the one the viewer liked, and the brand's reply.
  const own = ['3n2ouv7a7nv32', '3n2lpqo7a5v35', '3n2nrxmgzvv37'];
  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  expect(await badgeIds(tab)).toEqual([...own].sort());
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  const snaps = await ext.rows('snapshots');
  expect(snaps.find((s) => s.post === `bluesky:${own[0]}`)?.metrics).toEqual({
    comments: exact(31),
    shares: exact(58),
    likes: exact(1402),
  });
  expect((await ext.rows('posts')).map((p) => p.id).sort()).toEqual([...own].sort());

  // A like changes the label: the post is read again and a new snapshot stored.
  await tab.evaluate((id) => {
    const like = document
      .querySelector(`a[href$="/post/${id}"]`)!
      .closest('[data-testid^="feedItem-by-"]')!
      .querySelector('[data-testid="likeBtn"]')!;
    like.setAttribute('aria-label', 'Unlike (58 likes)');
  }, own[1]!);
  await expect
    .poll(async () => (await ext.rows('posts')).find((p) => p.id === own[1])?.latest.likes.value)
    .toBe(58);
});

test('a thread page: the focused post (with its saves) and the brand’s reply, not the others', async ({
  ext,
}) => {
  const url = `https://bsky.app/profile/${BRAND}/post/3n2lanuohnv3e`;
  const tab = await openTracked(ext, url, loggedOut(fixture('thread.html')));
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  expect(await badgeIds(tab)).toEqual(['3n2lanuohnv3e', '3n2ldhbp75v3g']);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  const snap = (await ext.rows('snapshots')).find((s) => s.post === 'bluesky:3n2lanuohnv3e');
  expect(snap.metrics).toEqual({
    comments: exact(14),
    shares: exact(52),
    likes: exact(1380),
    saves: exact(6),
  });
});

test('logged in as the brand, its posts are tracked without asking', async ({ ext }) => {
  const url = `https://bsky.app/profile/${BRAND}`;
  await ext.serve({ [url]: fixture('profile.html') });
  const tab = await ext.context.newPage();
  await tab.goto(url);
  // Its own posts: the pinned one, 2, 4, the reply, 6, 7, 8; not Beth's repost, not Coffee Daily's parent.
  await expect(tab.locator('resonance-badge')).toHaveCount(7);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(7);
  expect((await ext.rows('accounts')).map((a) => [a.id, a.tracked, a.source])).toEqual([
    [BRAND, true, 'logged-in'],
  ]);
});
