// The whole chain on X in real Chromium: page → content script → background → IndexedDB → badge and popup.
import { demoData } from '@/scripts/demo/demo-data';
import { renderXPost, renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { badgeTexts, bringBadgesNear } from '@/scripts/lib/badges';
import { setXLikes } from '@/tests/helpers/x-likes';
import { expect, test } from './fixtures';

const H = 3600e3;

function page(now: number, posts: XPostSpec[], handle = 'Brand', viewer: string | null = 'Brand') {
  return renderXProfile({
    handle,
    name: `${handle} Co`,
    bio: '',
    followers: 100,
    following: 10,
    viewer,
    posts,
    now,
  });
}

function post(now: number, seq: number, over: Partial<XPostSpec> = {}): XPostSpec {
  const publishedAt = now - (seq + 2) * H;
  return {
    id: xIdAt(publishedAt, seq),
    author: 'Brand',
    name: 'Brand Co',
    text: `<img src=x onerror="document.title='pwned'"> post ${seq}`,
    publishedAt,
    replies: 2 + seq,
    reposts: 3,
    likes: 40 + seq,
    bookmarks: 1,
    views: 900 + seq,
    ...over,
  };
}

test('an own post is read, stored, scored and shown; other accounts are not stored', async ({ ext }) => {
  const now = Date.now();
  const own = [post(now, 1), post(now, 2, { photo: true })];
  const other = post(now, 3, { author: 'someone', name: 'Someone', context: 'Brand Co reposted' });
  const ad = post(now, 4, { promoted: true });
  await ext.serve({ 'https://x.com/Brand': page(now, [...own, other, ad]) });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');

  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  await expect
    .poll(async () => (await badgeTexts(tab)).map(([, t]) => t).join('|'))
    .toMatch(/learning: needs \d more posts?/);
  expect((await badgeTexts(tab)).map(([id]) => id).sort()).toEqual(own.map((p) => p.id).sort());
  expect(await tab.title()).not.toBe('pwned');

  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  const posts = await ext.rows('posts');
  expect(posts.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
  const snap = (await ext.rows('snapshots')).find((s) => s.post === `x:${own[0]!.id}`);
  expect(snap.metrics).toEqual({
    comments: { value: 3, min: 3, max: 3 },
    shares: { value: 3, min: 3, max: 3 },
    likes: { value: 41, min: 41, max: 41 },
    saves: { value: 1, min: 1, max: 1 },
    views: { value: 901, min: 901, max: 901 },
  });
  expect((await ext.rows('accounts')).map((a) => [a.id, a.handle, a.tracked, a.source])).toEqual([
    ['brand', 'Brand', true, 'logged-in'],
  ]);

  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.post')).toHaveCount(2);
  await expect(popup.locator('.account')).toContainText('@Brand is tracked');
  await expect(popup.locator(`.post[data-post-id="${own[0]!.id}"]`)).toContainText('41 likes');
  await expect(popup.locator(`.post[data-post-id="${own[0]!.id}"]`)).toContainText('3 replies');
});

test('with history, badges show the score against the account’s usual', async ({ ext }) => {
  const now = Date.now();
  const { posts, backup } = demoData(now);
  await ext.serve({ 'https://x.com/LumenRoasters': page(now, posts, 'LumenRoasters', 'LumenRoasters') });
  const restored = await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false });
  expect(restored.ok).toBe(true);
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/LumenRoasters');
  const own = posts.filter((p) => p.author === 'LumenRoasters');
  await expect(tab.locator('resonance-badge')).toHaveCount(own.length);
  // Badges far from the viewport are drawn when they come near it: each is brought near.
  await expect
    .poll(async () => {
      await bringBadgesNear(tab);
      return (await badgeTexts(tab)).every(([, t]) => /usual/.test(t));
    })
    .toBe(true);
  // The standout post (2.6× the usual totals in the demo data) reads above usual.
  const standout = (await badgeTexts(tab)).find(([id]) => id === own[0]!.id)![1];
  expect(standout).toMatch(/▲/);
});

test('infinite scroll and count changes are followed; an unreadable post is reported, not stored', async ({
  ext,
}) => {
  const now = Date.now();
  const first = post(now, 1);
  await ext.serve({ 'https://x.com/Brand': page(now, [first]) });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);

  const more = post(now, 2);
  const broken = post(now, 5);
  const brokenHtml = renderXPost(broken, now).replace(
    /<div aria-label="[^"]*" role="group"[\s\S]*?<\/div><\/div><\/div><\/article>/,
    '</div></div></article>',
  );
  await tab.evaluate(
    ([a, b]) => document.querySelector('.timeline')!.insertAdjacentHTML('beforeend', a! + b!),
    [renderXPost(more, now), brokenHtml],
  );
  await expect(tab.locator('resonance-badge')).toHaveCount(3);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);

  await tab.evaluate(setXLikes, [[first.id, 1234]] as const);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  // The post record follows its snapshots a moment later (written behind ingest).
  await expect
    .poll(async () => (await ext.rows('posts')).find((p) => p.id === first.id).latest.likes.value)
    .toBe(1234);
  expect((await ext.rows('posts')).some((p) => p.id === broken.id)).toBe(false);

  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.unreadable')).toContainText('Can’t read one post');
  await expect(popup.locator('.unreadable')).toContainText('Nothing was saved');
});

test('the popup tracks the account of the page being viewed', async ({ ext }) => {
  const now = Date.now();
  const theirs = [post(now, 1, { author: 'PartnerBrand', name: 'Partner' })];
  await ext.serve({ 'https://x.com/PartnerBrand': page(now, theirs, 'PartnerBrand', 'Brand') });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/PartnerBrand');
  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.account')).toContainText('@PartnerBrand is not tracked');
  await expect(tab.locator('resonance-badge')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Track @PartnerBrand' }).click();
  await expect(popup.locator('.account')).toContainText('@PartnerBrand is tracked');
  await expect(tab.locator('resonance-badge')).toHaveCount(1);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(1);
  // Stopping asks first.
  await popup.getByRole('button', { name: 'Stop tracking…' }).click();
  await popup.getByRole('button', { name: 'Stop tracking @PartnerBrand' }).click();
  await expect(popup.locator('.account')).toContainText('is not tracked');
});

test('the worker refuses malformed messages with a reason and keeps running', async ({ ext }) => {
  const unknown = await ext.message({ type: 'dropDatabase' });
  expect(unknown).toEqual({ ok: false, error: 'dropDatabase is not handled by the background' });
  const bad = await ext.message({
    type: 'recordSnapshots',
    batch: [
      {
        key: 'a',
        platform: 'x',
        postId: '1',
        url: 'https://x.com/a/status/1',
        author: 'a',
        publishedAt: null,
        capturedAt: Date.now(),
        metrics: { likes: { value: -5, min: -5, max: -5 } },
      },
      'junk',
    ],
  });
  expect(bad.ok).toBe(true);
  expect(bad.data.committed).toEqual([]);
  expect(bad.data.rejected.map((r: { reason: string }) => r.reason)).toEqual([
    'likes.min must be a whole number from 0 to 1000000000000',
    'snapshot must be an object',
  ]);
  const notJson = await ext.message({
    type: 'importBackup',
    text: '{"format":"resonance-backup"',
    dryRun: false,
  });
  expect(notJson.ok).toBe(false);
  expect(notJson.error).toMatch(/not JSON/);
  expect((await ext.message({ type: 'getStatus' })).ok).toBe(true);
  expect(await ext.rows('snapshots')).toEqual([]);
});
