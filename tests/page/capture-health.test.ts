// @vitest-environment happy-dom
// The page's health as the capture loop tells it to the popup and the background: what it read, a site
// whose markup no longer matches, and a post whose reading throws. Stage: capture-harness.ts.
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { badges, bg, post, session, start, until, useCapture } from './capture-harness';

useCapture();

/** The X adapter, counting the posts it reads. */
function countingReads(): SiteAdapter & { reads: number } {
  const counting = {
    ...xAdapter,
    reads: 0,
    readPost(el: Element, ctx: Parameters<SiteAdapter['readPost']>[1]) {
      counting.reads++;
      return xAdapter.readPost(el, ctx);
    },
  };
  return counting;
}

/** A page of two of the brand's posts and another account's, read through a read-counting adapter. */
async function startCounting() {
  const counting = countingReads();
  await start(THREE, 'Brand', ['brand'], counting);
  return counting;
}
const THREE = [post({ seq: 1 }), post({ seq: 2 }), post({ seq: 3, author: 'other' })];

describe('page health', () => {
  it('reads the page: how many of the tracked account’s posts', async () => {
    await start(THREE);
    await until(() => bg.snapshots.length === 2);
    expect(session.pageState().health).toEqual({ state: 'reading', posts: 3, own: 2, unreadable: 0 });
  });

  it('answers the popup from what the scroll read, reading no post again', async () => {
    const counting = await startCounting();
    await until(() => bg.snapshots.length === 2);
    const before = counting.reads;
    expect(session.pageState().health).toEqual({ state: 'reading', posts: 3, own: 2, unreadable: 0 });
    expect(counting.reads).toBe(before);
  });

  it('a page showing posts as it starts reads each once, and tells the background after that first read', async () => {
    const counting = await startCounting();
    await until(() => bg.health.length > 0);
    expect(bg.health).toEqual([{ state: 'reading', posts: 3, own: 2, unreadable: 0 }]);
    await until(() => bg.snapshots.length === 2);
    expect(counting.reads).toBe(3);
  });

  it('says the site may have changed when posts are there but no post container matches', async () => {
    await start([post({ seq: 1 }), post({ seq: 2 })], 'Brand', ['brand'], xAdapter, () => {
      for (const a of document.querySelectorAll('article[data-testid="tweet"]'))
        a.setAttribute('data-testid', 'tweet-v2');
    });
    expect(session.pageState().health).toEqual({ state: 'broken', why: 'no post container found' });
    await new Promise((r) => setTimeout(r, 30));
    expect(bg.snapshots).toEqual([]);
    expect(badges()).toEqual([]);
    // The background hears it too, for the dashboard's per-site health.
    await until(() => bg.health.some((h) => h.state === 'broken'));
  });

  it('reports a post whose reading throws, and reads the others', async () => {
    const boom: SiteAdapter = {
      ...xAdapter,
      readPost(el, ctx) {
        if (el.textContent?.includes('post 2')) throw new Error('the markup moved');
        return xAdapter.readPost(el, ctx);
      },
    };
    await start([post({ seq: 1 }), post({ seq: 2 }), post({ seq: 3 })], 'Brand', ['brand'], boom);
    await until(() => bg.snapshots.length === 2);
    expect(bg.snapshots.map((s) => s.postId).sort()).toEqual(
      [post({ seq: 1 }).id, post({ seq: 3 }).id].sort(),
    );
    expect(session.pageState().unreadable).toEqual([
      { platform: 'x', reason: 'reading failed: the markup moved', failed: true },
    ]);
    expect(session.pageState().health).toMatchObject({ state: 'reading', own: 2, unreadable: 1 });
  });
});
