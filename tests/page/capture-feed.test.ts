// @vitest-environment happy-dom
// The capture loop on a feed that moves under it: infinite scroll, count changes, recycled articles,
// in-page navigation, a replaced feed root, and one post shown twice. Stage: capture-harness.ts.
import { describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '@/lib/page/badge-layer';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { renderXPost } from '@/scripts/demo/x-markup';
import { setXLikes } from '@/tests/helpers/x-likes';
import { badges, bg, NOW, post, session, start, timeline, until, useCapture } from './capture-harness';

useCapture();

describe('capture on X', () => {
  it('follows infinite scroll and count changes, and ignores changes that leave counts alone', async () => {
    const first = post({ seq: 1 });
    await start([first]);
    await until(() => bg.snapshots.length === 1);
    const later = post({ seq: 2 });
    timeline().insertAdjacentHTML('beforeend', renderXPost(later, NOW));
    await until(() => bg.snapshots.length === 2);
    expect(bg.snapshots[1]!.postId).toBe(later.id);

    // X updates the like button's label, the action bar's and the visible count in place.
    const like = document
      .querySelector(`article a[href="/Brand/status/${first.id}"]`)!
      .closest('article')!
      .querySelector('[data-testid="like"]')!;
    setXLikes([[first.id, 99]]);
    await until(() => bg.snapshots.length === 3);
    expect(bg.snapshots[2]).toMatchObject({ postId: first.id, metrics: { likes: { value: 99 } } });

    like.setAttribute('data-hover', 'yes');
    like.querySelector('span')!.textContent = '51';
    await new Promise((r) => setTimeout(r, 80));
    expect(bg.snapshots).toHaveLength(3);
  });

  it('makes again, in each read, the ready badge hosts the posts it read took', async () => {
    const refill = vi.spyOn(BadgeLayer.prototype, 'refillHosts');
    try {
      await start([post({ seq: 1 })]);
      await until(() => bg.snapshots.length === 1);
      const before = refill.mock.calls.length;
      expect(before).toBeGreaterThan(0);
      timeline().insertAdjacentHTML('beforeend', renderXPost(post({ seq: 2 }), NOW));
      await until(() => bg.snapshots.length === 2);
      expect(refill.mock.calls.length).toBeGreaterThan(before);
    } finally {
      refill.mockRestore();
    }
  });

  it('moves the badge when X recycles an article for another post', async () => {
    const a = post({ seq: 1 });
    const b = post({ seq: 2 });
    await start([a]);
    await until(() => badges().length === 1 && badges()[0]![0] === a.id);
    const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
    cell.outerHTML = renderXPost(b, NOW);
    await until(() => badges().length === 1 && badges()[0]![0] === b.id);
    const other = post({ seq: 3, author: 'other' });
    document.querySelector('[data-testid="cellInnerDiv"]')!.outerHTML = renderXPost(other, NOW);
    await until(() => badges().length === 0);
  });
});

describe('in-page navigation', () => {
  it('reads each post against the page’s address of the moment, parsed once while it stays', async () => {
    const urls: URL[] = [];
    const adapter: SiteAdapter = {
      ...xAdapter,
      readPost: (el, ctx) => {
        urls.push(ctx.url);
        return xAdapter.readPost(el, ctx);
      },
    };
    await start([post({ seq: 1 })], 'Brand', ['brand'], adapter);
    await until(() => bg.snapshots.length === 1);
    timeline().insertAdjacentHTML('beforeend', renderXPost(post({ seq: 2 }), NOW));
    await until(() => bg.snapshots.length === 2);
    // @ts-expect-error happy-dom's test hook
    window.happyDOM.setURL('https://x.com/Brand/with_replies');
    timeline().insertAdjacentHTML('beforeend', renderXPost(post({ seq: 3 }), NOW));
    await until(() => bg.snapshots.length === 3);
    expect(urls.map((u) => u.href)).toEqual([
      'https://x.com/Brand',
      'https://x.com/Brand',
      'https://x.com/Brand/with_replies',
    ]);
    expect(urls[1]).toBe(urls[0]);
  });

  it('reads the new page when X swaps the whole feed column', async () => {
    await start([post({ seq: 1 })]);
    await until(() => bg.snapshots.length === 1);
    const next = post({ seq: 2 });
    // X replaces the primary column's content on navigation; here the column element itself is replaced.
    const column = document.querySelector('[data-testid="primaryColumn"]')!;
    const fresh = document.createElement('div');
    fresh.setAttribute('data-testid', 'primaryColumn');
    fresh.innerHTML = `<section><div class="timeline">${renderXPost(next, NOW)}</div></section>`;
    column.replaceWith(fresh);
    session.rescan(); // what the content script does on wxt:locationchange
    await until(() => bg.snapshots.length === 2);
    expect(bg.snapshots[1]!.postId).toBe(next.id);
    await until(() => badges().length === 1 && badges()[0]![0] === next.id);
  });
});

describe('a replaced feed root without a navigation event', () => {
  it('is noticed and read', async () => {
    await start([post({ seq: 1 })]);
    await until(() => bg.snapshots.length === 1);
    const next = post({ seq: 3 });
    const fresh = document.createElement('div');
    fresh.setAttribute('data-testid', 'primaryColumn');
    fresh.innerHTML = renderXPost(next, NOW);
    document.querySelector('[data-testid="primaryColumn"]')!.replaceWith(fresh);
    await until(() => bg.snapshots.length === 2, 4000);
    expect(bg.snapshots[1]!.postId).toBe(next.id);
  });
});

describe('the same post twice on a page', () => {
  it('gets a badge in each place (pinned, and again in the timeline), and is sent once', async () => {
    const p = post({ seq: 1 });
    await start([{ ...p, context: 'Pinned' }, post({ seq: 2 }), p]);
    await until(() => badges().filter(([id, t]) => id === p.id && t?.includes('score of')).length === 2);
    expect(bg.snapshots.filter((s) => s.postId === p.id)).toHaveLength(1);
    expect(
      session
        .pageState()
        .posts.map((x) => x.reading.id)
        .sort(),
    ).toEqual([p.id, post({ seq: 2 }).id].sort());
  });
});
