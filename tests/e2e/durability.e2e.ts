// MV3 may stop the service worker at any moment. Snapshots are kept by the content script until the
// worker says they are committed, and writes are idempotent: every snapshot arrives exactly once.
import { renderXPost, renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { setXLikes } from '@/tests/helpers/x-likes';
import { expect, test } from './fixtures';

const H = 3600e3;

test('killing the worker during ingest loses nothing and duplicates nothing', async ({ ext }) => {
  const now = Date.now();
  const post = (i: number): XPostSpec => {
    const t = now - (i + 1) * H;
    return {
      id: xIdAt(t, i),
      author: 'Brand',
      name: 'Brand Co',
      text: `post ${i}`,
      publishedAt: t,
      replies: 1,
      reposts: 2,
      likes: 10 + i,
      bookmarks: 0,
      views: 500,
    };
  };
  const first = Array.from({ length: 20 }, (_, i) => post(i));
  const html = renderXProfile({
    handle: 'Brand',
    name: 'Brand Co',
    bio: '',
    followers: 10,
    following: 1,
    viewer: 'Brand',
    posts: first,
    now,
  });
  await ext.serve({ 'https://x.com/Brand': html });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');
  // Every first post read (its badge is up) before any count changes, so each change is a second snapshot.
  await expect(tab.locator('resonance-badge')).toHaveCount(first.length);

  // While the page keeps producing snapshots (new posts, changed counts), stop the worker five times.
  const more = Array.from({ length: 40 }, (_, i) => post(20 + i));
  for (let round = 0; round < 5; round++) {
    await tab.evaluate(
      (h) => document.querySelector('.timeline')!.insertAdjacentHTML('beforeend', h),
      more
        .slice(round * 8, round * 8 + 8)
        .map((p) => renderXPost(p, now))
        .join(''),
    );
    await tab.evaluate(
      setXLikes,
      [0, 1, 2, 3].map((i) => [round * 4 + i, 1000 + round] as const),
    );
    await tab.waitForTimeout(60 + round * 40);
    await ext.killWorker();
  }

  const expected = first.length + more.length + 5 * 4; // one per post, plus one per changed count
  await expect.poll(async () => (await ext.rows('snapshots')).length, { timeout: 45_000 }).toBe(expected);
  // Post records are derived from the snapshots behind ingest: bring them up to date, then compare.
  expect((await ext.message({ type: 'settle' })).ok).toBe(true);
  const posts = await ext.rows('posts');
  expect(posts).toHaveLength(first.length + more.length);
  const snaps = await ext.rows('snapshots');
  for (const p of posts) {
    const mine = snaps.filter((s) => s.post === p.key);
    expect(p.snapshots, `counter of ${p.id}`).toBe(mine.length);
  }
  // The changed posts hold their final count.
  const changed = posts.filter((p) => p.latest.likes.value >= 1000);
  expect(changed).toHaveLength(20);
  // Give any late resend the chance to duplicate, then look again.
  await tab.waitForTimeout(2000);
  expect((await ext.rows('snapshots')).length).toBe(expected);
});
