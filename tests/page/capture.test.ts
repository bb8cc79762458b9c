// @vitest-environment happy-dom
// The content script's capture loop on X markup: what is read, what is sent and what is shown, and what
// a post's own badge and an untracked account leave alone. Stage: capture-harness.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { alwaysNear, type NearWatch } from '@/lib/page/near';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { renderXPost, xIdAt } from '@/scripts/demo/x-markup';
import { badges, bg, H, NOW, post, session, start, timeline, until, useCapture } from './capture-harness';

/** The X adapter, telling which post each of its readings was of (its id, or '' when unreadable). */
function countingReads() {
  const reads: string[] = [];
  const counting: SiteAdapter = {
    ...xAdapter,
    readPost(el, ctx) {
      const r = xAdapter.readPost(el, ctx);
      reads.push(r.ok ? r.post.id : '');
      return r;
    },
  };
  return { reads, counting };
}

/** Where the badges' nearness comes from: every badge near, unless a test says otherwise. */
let near: NearWatch = alwaysNear;
beforeEach(() => {
  near = alwaysNear;
});
useCapture(() => ({ near }));

describe('capture on X', () => {
  it('sends own posts only: not other accounts, not reposts of them, not ads', async () => {
    const own = [post({ seq: 1 }), post({ seq: 2 })];
    await start([
      ...own,
      post({ seq: 3, author: 'other', name: 'Other' }),
      post({ seq: 4, author: 'other', name: 'Other', context: 'Brand Co reposted' }),
      post({ seq: 5, promoted: true }),
    ]);
    await until(() => badges().length === 2 && badges().every(([, t]) => t?.includes('score of')));
    expect(bg.snapshots.map((s) => s.postId).sort()).toEqual(own.map((p) => p.id).sort());
    expect(
      badges()
        .map(([id]) => id)
        .sort(),
    ).toEqual(own.map((p) => p.id).sort());
    expect(bg.snapshots[0]!.metrics.likes).toEqual({ value: 51, min: 51, max: 51 });
  });

  it('sends each post’s own words with its snapshot', async () => {
    const worded = post({ seq: 1, text: 'Fresh roast: Ethiopia Guji, floral and bright' });
    await start([worded]);
    await until(() => bg.snapshots.length === 1);
    expect(bg.snapshots[0]).toMatchObject({
      postId: worded.id,
      text: 'Fresh roast: Ethiopia Guji, floral and bright',
    });
  });

  it('captures every own post’s counts, badges never drawn included (far from the viewport)', async () => {
    const watched: Element[] = [];
    near = () => ({ observe: (h) => void watched.push(h), unobserve() {} });
    const own = [post({ seq: 1 }), post({ seq: 2 }), post({ seq: 3 })];
    await start(own);
    await until(() => bg.snapshots.length === 3);
    expect(bg.snapshots.map((s) => s.postId).sort()).toEqual(own.map((p) => p.id).sort());
    // Each post's host is in place, its room kept, and nothing drawn in it.
    expect(
      badges()
        .map(([id]) => id)
        .sort(),
    ).toEqual(own.map((p) => p.id).sort());
    expect(watched).toHaveLength(3);
    expect(badges().every(([, t]) => t === '')).toBe(true);
  });

  it('never reads a post again for what its own badge does (drawn, opened, closed)', async () => {
    const { reads, counting } = countingReads();
    const [a, b] = [post({ seq: 1 }), post({ seq: 2 })];
    await start([a, b], 'Brand', ['brand'], counting);
    await until(() => badges().length === 2 && badges().every(([, t]) => t?.includes('score of')));
    const readsOfA = reads.filter((id) => id === a.id).length;
    const host = document.querySelector(`resonance-badge[data-post="${a.id}"]`)!;
    host.shadowRoot!.querySelector('button')!.click();
    host.shadowRoot!.querySelector('button')!.click();
    // Then a real change to the other post: once it is read, any change queued before it was read too.
    const like = document
      .querySelector(`article a[href="/Brand/status/${b.id}"]`)!
      .closest('article')!
      .querySelector('[data-testid="like"]')!;
    like.setAttribute('aria-label', '99 Likes. Like');
    await until(() => reads.filter((id) => id === b.id).length === 2);
    expect(reads.filter((id) => id === a.id)).toHaveLength(readsOfA);
  });

  it('reports an own post without counts as unreadable and stores nothing for it', async () => {
    await start([post({ seq: 1 })]);
    const unreadableId = xIdAt(NOW - 9 * H, 9);
    const html = renderXPost(post({ seq: 8, id: unreadableId }), NOW).replace(
      /<div aria-label="[^"]*" role="group"[\s\S]*?<\/div><\/div><\/div><\/article>/,
      '</div></div></article>',
    );
    timeline().insertAdjacentHTML('beforeend', html);
    await until(() => session.pageState().unreadable.length === 1);
    expect(session.pageState().unreadable[0]).toMatchObject({
      id: unreadableId,
      reason: expect.stringContaining('no counts'),
    });
    expect(bg.snapshots.some((s) => s.postId === unreadableId)).toBe(false);
    await until(() => badges().some(([id, t]) => id === unreadableId && t?.includes('can’t read')));
  });

  it('places an own post’s badge in the task that added the post, and reads the post in a task of its own', async () => {
    const { reads, counting } = countingReads();
    await start([post({ seq: 1 })], 'Brand', ['brand'], counting);
    await until(() => bg.snapshots.length === 1);
    const mine = post({ seq: 2 });
    const theirs = post({ seq: 3, author: 'other' });
    /** When the page's own observer of the change ran (after the feed's): the hosts there, and the reads. */
    let inTask: { hosts: string[]; reads: number } | null = null;
    new MutationObserver(() => {
      inTask ??= { hosts: badges().map(([id]) => id!), reads: reads.length };
    }).observe(timeline(), { childList: true });
    const readsBefore = reads.length;
    timeline().insertAdjacentHTML('beforeend', renderXPost(mine, NOW) + renderXPost(theirs, NOW));
    await until(() => bg.snapshots.length === 2);
    expect(inTask).toEqual({ hosts: [post({ seq: 1 }).id, mine.id], reads: readsBefore });
    // Both were read once, afterwards; only the own post was sent, and its badge stayed where it was put.
    expect(reads.slice(readsBefore).sort()).toEqual([mine.id, theirs.id].sort());
    expect(bg.snapshots[1]!.postId).toBe(mine.id);
    await until(() => badges().some(([id, t]) => id === mine.id && t?.includes('score of')));
    expect(badges().map(([id]) => id)).toEqual([post({ seq: 1 }).id, mine.id]);
  });

  it('captures nothing until an account is tracked', async () => {
    // Logged out, nobody tracked: the page is read but nothing is sent.
    await start([post({ seq: 1 })], null, []);
    await new Promise((r) => setTimeout(r, 60));
    expect(bg.snapshots).toEqual([]);
    expect(badges()).toEqual([]);
    bg.tracked = ['brand'];
    await session.refreshTracking();
    session.rescan();
    await until(() => bg.snapshots.length === 1);
  });
});
