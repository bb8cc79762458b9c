// @vitest-environment happy-dom
// When the capture loop sends and asks: at the page's idle time or a hidden tab, scores only for saved
// posts still shown, retries while the background is away, and a flood of count changes held back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { renderXPost } from '@/scripts/demo/x-markup';
import { setXLikes } from '@/tests/helpers/x-likes';
import { badges, bg, NOW, post, session, start, timeline, until, useCapture } from './capture-harness';

/** The delay before a pass's sending; undefined: the page's idle time, as in a browser. */
let sendDelay: number | undefined = 5;
beforeEach(() => {
  sendDelay = 5;
});
useCapture(() => ({ sendDelay }));

/**
 * Two posts read one after the other while the first one's save is held: the second waits its turn to be
 * sent. `answer` lets the first save through.
 */
async function secondWaitsForFirst() {
  const first = post({ seq: 1 });
  const second = post({ seq: 2 });
  await start([]);
  let answer = () => {};
  bg.hold = new Promise((r) => {
    answer = r;
  });
  timeline().insertAdjacentHTML('beforeend', renderXPost(first, NOW));
  await until(() => bg.snapshots.length === 1);
  timeline().insertAdjacentHTML('beforeend', renderXPost(second, NOW));
  await until(() => badges().length === 2);
  await new Promise((r) => setTimeout(r, 30));
  return { first, second, answer };
}

describe('capture on X', () => {
  it('sends what it read once the page is idle, not in the task that read it', async () => {
    const idle: (() => void)[] = [];
    const timeouts: number[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void, o: { timeout: number }) => {
      idle.push(fn);
      timeouts.push(o.timeout);
      return idle.length;
    });
    sendDelay = undefined;
    await start([]);
    const p = post({ seq: 1 });
    timeline().insertAdjacentHTML('beforeend', renderXPost(p, NOW));
    await until(() => badges().length === 1);
    // No idle moment yet: nothing leaves, however long (a fixed delay would have sent it by now).
    await new Promise((r) => setTimeout(r, 150));
    expect(bg.snapshots).toHaveLength(0);
    // The page has a moment to spare (or the longest wait is over): the reading goes.
    for (const fn of idle.splice(0)) fn();
    await until(() => bg.snapshots.length === 1);
    expect(bg.snapshots[0]!.postId).toBe(p.id);
    expect(Math.max(...timeouts)).toBeLessThanOrEqual(10_000);
  });

  it('sends what it read at once when its tab is hidden (switched from or closed), idle or not', async () => {
    vi.stubGlobal('requestIdleCallback', () => 1);
    sendDelay = undefined;
    await start([]);
    const p = post({ seq: 1 });
    timeline().insertAdjacentHTML('beforeend', renderXPost(p, NOW));
    await until(() => badges().length === 1);
    expect(bg.snapshots).toHaveLength(0);
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => bg.snapshots.length === 1);
    } finally {
      Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    }
    expect(bg.snapshots[0]!.postId).toBe(p.id);
  });

  it('asks no score for a post the feed took away before its save was answered', async () => {
    const kept = post({ seq: 1 });
    const gone = post({ seq: 2 });
    await start([]);
    let answer = () => {};
    bg.hold = new Promise((r) => {
      answer = r;
    });
    timeline().insertAdjacentHTML('beforeend', renderXPost(kept, NOW) + renderXPost(gone, NOW));
    await until(() => bg.snapshots.length === 2);
    // Recycled: the cell now shows someone else's post.
    document.querySelectorAll('[data-testid="cellInnerDiv"]')[1]!.outerHTML = renderXPost(
      post({ seq: 3, author: 'other' }),
      NOW,
    );
    answer();
    await until(() => badges().some(([id, t]) => id === kept.id && t?.includes('score of')));
    expect(bg.asked.flat()).toContain(kept.id);
    expect(bg.asked.flat()).not.toContain(gone.id);
  });

  it('asks no score for a post still being saved, and one request for a burst of saves, once the last is answered', async () => {
    const { first, second, answer } = await secondWaitsForFirst();
    expect(bg.snapshots.map((s) => s.postId)).toEqual([first.id]);
    answer();
    await until(() => badges().every(([, t]) => t?.includes('score of')));
    // Not one request a save: each made the worker arrange the whole account again.
    expect(bg.asked).toEqual([[first.id, second.id]]);
  });

  it('asks for a long burst’s scores in requests of at most the worker’s limit, each post once', async () => {
    const many = Array.from({ length: 501 }, (_, i) => post({ seq: i + 1 }));
    await start([]);
    let answer = () => {};
    bg.hold = new Promise((r) => {
      answer = r;
    });
    timeline().insertAdjacentHTML('beforeend', many.map((p) => renderXPost(p, NOW)).join(''));
    // Every post read while the first save waits: the other saves queue behind it.
    await until(() => badges().length === 501, 20_000);
    answer();
    await until(() => bg.asked.flat().length === 501, 20_000);
    expect(bg.snapshots).toHaveLength(501);
    expect(bg.asked.map((ids) => ids.length)).toEqual([500, 1]);
    expect(new Set(bg.asked.flat()).size).toBe(501);
  }, 30_000);

  it('scores what was saved before a save that fails, without waiting for its retries', async () => {
    const { first, second, answer } = await secondWaitsForFirst();
    // The first save is answered; the second's first attempt fails and is retried.
    bg.failNext = 1;
    answer();
    await until(() => bg.asked.length === 2);
    expect(bg.asked).toEqual([[first.id], [second.id]]);
  });

  it('keeps snapshots while the background is away and delivers each once it is back', async () => {
    await start([]);
    bg.failNext = 2;
    const p = post({ seq: 1 });
    timeline().insertAdjacentHTML('beforeend', renderXPost(p, NOW));
    await until(() => session.pageState().lastError !== null);
    expect(session.pageState().pending).toBe(1);
    await until(() => bg.snapshots.length === 1);
    expect(bg.snapshots[0]!.postId).toBe(p.id);
    await until(() => session.pageState().pending === 0);
    expect(bg.sent.flat().filter((s) => s.postId === p.id)).toHaveLength(1);
  });
});

describe('a post whose counts keep changing', () => {
  it('is sent a few times at once, then holds the rest for its next token, however often the page changes them', async () => {
    // The next token is 10 s away: far beyond this test, so no timer races it (the gate's own timing is
    // tested on a moved clock in post-gate.test.ts).
    const p = post({ seq: 1 });
    await start([p], 'Brand', ['brand'], xAdapter, undefined, 10_000);
    await until(() => bg.snapshots.length === 1);
    // A hostile page flips the like count every few ms for a while.
    for (let i = 0; i < 30; i++) {
      setXLikes([[0, 100 + i]]);
      await new Promise((r) => setTimeout(r, 4));
    }
    // Three at once (the first reading and two changes); the rest waits.
    await until(() => bg.snapshots.length === 3, 2000);
    await new Promise((r) => setTimeout(r, 100));
    expect(bg.snapshots).toHaveLength(3);
    const [first, ...changes] = bg.snapshots.map((s) => s.metrics.likes!.value);
    expect(first).toBe(51); // the post's own count, before the flood
    // Which flips the page's observer saw depends on timing; that two of them passed, in order, does not.
    expect(changes).toHaveLength(2);
    expect(changes[0]).toBeGreaterThanOrEqual(100);
    expect(changes[1]).toBeGreaterThan(changes[0]!);
    expect(changes[1]).toBeLessThanOrEqual(129);
  });

  it('shown twice with different counts (one copy stale) is sent once per pass, not once per copy', async () => {
    const p = post({ seq: 1 });
    await start(
      [{ ...p, context: 'Pinned', likes: 10 }, post({ seq: 2 }), p],
      'Brand',
      ['brand'],
      xAdapter,
      undefined,
      10_000,
    );
    await until(() => bg.snapshots.length === 2);
    await new Promise((r) => setTimeout(r, 60));
    expect(bg.snapshots.filter((s) => s.postId === p.id)).toHaveLength(1);
  });
});
