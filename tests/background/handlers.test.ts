// The background's message handling in Node: validation, privilege, ingest → scores, settings, deletion,
// and a failing store reported in words.
import { describe, expect, it } from 'vitest';
import { createBackground } from '@/lib/background/dispatch';
import { exactCount } from '@/lib/core/metrics';
import type { ResonanceDB } from '@/lib/store/records';
import { freshDb, postCount, snap } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;
const page = { fromExtensionPage: true };
const tab = { fromExtensionPage: false };

async function setup(db?: () => Promise<ResonanceDB>) {
  const real = await freshDb();
  const notified: string[] = [];
  const bg = createBackground({
    db: db ?? (async () => real),
    now: () => NOW,
    notifyTracking: (p: string) => notified.push(p),
  });
  return { ...bg, db: real, notified };
}

describe('background messages', () => {
  it('refuses what is not a Resonance message, and privileged messages from a page’s content script', async () => {
    const { handle } = await setup();
    expect(await handle('hello', tab)).toEqual({ ok: false, error: 'not a Resonance message' });
    expect(await handle({ type: 'getPageState' }, tab)).toEqual({
      ok: false,
      error: 'getPageState is not handled by the background',
    });
    expect(await handle({ type: 'setTracking', platform: 'x', handle: 'evil', tracked: true }, tab)).toEqual({
      ok: false,
      error: "setTracking is only accepted from Resonance's own pages",
    });
    expect(await handle({ type: 'getTracking', platform: 'myspace' }, tab)).toMatchObject({ ok: false });
  });

  it('stores valid snapshots of tracked accounts, rejects the rest item by item, and scores them', async () => {
    const { handle, notified } = await setup();
    expect(
      await handle({ type: 'setTracking', platform: 'x', handle: 'Brand', tracked: true }, page),
    ).toMatchObject({
      ok: true,
    });
    expect(notified).toEqual(['x']);
    const batch = Array.from({ length: 8 }, (_, i) =>
      snap({
        postId: String(i + 1),
        publishedAt: NOW - (i + 3) * H,
        capturedAt: NOW - 60e3,
        metrics: { likes: exactCount(10 + i) },
      }),
    );
    const bad = { ...snap({ postId: '99', capturedAt: NOW }), url: 'https://evil.example/status/99' };
    const script = { ...snap({ postId: '98', capturedAt: NOW }), url: 'javascript:alert(1)' };
    const r = await handle({ type: 'recordSnapshots', batch: [...batch, bad, script] }, tab);
    expect(r).toEqual({
      ok: true,
      data: {
        committed: batch.map((s) => s.key),
        rejected: [
          { key: bad.key, reason: "url is not on x's site" },
          { key: script.key, reason: 'url must be https' },
        ],
      },
    });
    const scores = await handle({ type: 'getScores', platform: 'x', postIds: ['1', '8', '404'] }, tab);
    expect(scores.ok).toBe(true);
    const data = (scores as { data: Record<string, { state: string; n: number; line: string }> }).data;
    expect(Object.keys(data).sort()).toEqual(['1', '8']);
    // One snapshot each: only the posts whose curves reach post 1's age can be compared with it.
    expect(data['1']!.n).toBeGreaterThan(0);
    expect(data['1']!.n).toBeLessThanOrEqual(7);
  });

  it('reads the Mastodon instances the user added only for a batch that holds a Mastodon post', async () => {
    const real = await freshDb();
    const asked: string[] = [];
    // The store as the handlers see it, telling which meta keys they read.
    const watched = new Proxy(real, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop !== 'get' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
        return (store: string, key: unknown) => {
          if (store === 'meta') asked.push(String(key));
          return v.call(target, store, key);
        };
      },
    });
    const { handle } = await setup(async () => watched);
    await handle({ type: 'setTracking', platform: 'x', handle: 'Brand', tracked: true }, page);
    const x = snap({ postId: '1', publishedAt: NOW - 3 * H, capturedAt: NOW - 60e3 });
    expect(await handle({ type: 'recordSnapshots', batch: [x] }, tab)).toMatchObject({ ok: true });
    expect(asked).not.toContain('instances');
    const toot = {
      ...snap({ postId: '113500000000000001', capturedAt: NOW - 60e3 }),
      platform: 'mastodon',
      url: 'https://mastodon.social/@lumen/113500000000000001',
      author: 'lumen@mastodon.social',
    };
    const r = await handle({ type: 'recordSnapshots', batch: [x, toot] }, tab);
    expect(asked).toContain('instances');
    // Read, and no instance was added: the Mastodon post is refused for its host.
    expect(r).toMatchObject({
      ok: true,
      data: { rejected: [{ reason: 'url is not on a Mastodon instance you added' }] },
    });
  });

  it('keeps settings valid and deletes one account’s data', async () => {
    const { handle, db } = await setup();
    expect(
      await handle({ type: 'saveSettings', settings: { basis: 'raw', weights: 'nonsense' } }, page),
    ).toEqual({
      ok: true,
      data: { basis: 'raw', weights: 'equal' },
    });
    expect(await handle({ type: 'getSettings' }, page)).toEqual({
      ok: true,
      data: { basis: 'raw', weights: 'equal' },
    });
    await handle({ type: 'setTracking', platform: 'x', handle: 'Brand', tracked: true }, page);
    await handle({ type: 'recordSnapshots', batch: [snap({ postId: '1', capturedAt: NOW })] }, tab);
    // Counted at once, though the post's page is written behind the acknowledgement.
    expect(await handle({ type: 'listAccounts' }, page)).toMatchObject({ ok: true, data: [{ posts: 1 }] });
    expect(await handle({ type: 'deleteAccountData', platform: 'x', handle: 'brand' }, page)).toEqual({
      ok: true,
      data: { posts: 1 },
    });
    expect([
      await postCount(db),
      await db.count('snapshots'),
      await db.count('buckets'),
      await db.count('postBuckets'),
      await db.count('accounts'),
    ]).toEqual([0, 0, 0, 0, 0]);
  });

  it('reports a full disk in words, keeps answering, and recovers', async () => {
    let full = true;
    const real = await freshDb();
    const { handle } = await setup(async () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real;
    });
    const r = await handle({ type: 'recordSnapshots', batch: [snap({ postId: '1', capturedAt: NOW })] }, tab);
    expect(r).toEqual({
      ok: false,
      error:
        'Storage is full: nothing from this batch was saved. Free disk space or export and delete old data.',
    });
    expect(await handle({ type: 'getStatus' }, page)).toMatchObject({
      ok: true,
      data: { ok: false, at: NOW },
    });
    full = false;
    await handle({ type: 'setTracking', platform: 'x', handle: 'Brand', tracked: true }, page);
    await handle({ type: 'recordSnapshots', batch: [snap({ postId: '1', capturedAt: NOW })] }, tab);
    expect(await handle({ type: 'getStatus' }, page)).toEqual({
      ok: true,
      data: { ok: true, error: null, at: NOW },
    });
    // The reading is saved, then the disk fills before the post's page is written: said, and retried.
    full = true;
    expect((await handle({ type: 'settle' }, page)).ok).toBe(false);
    expect(await handle({ type: 'getStatus' }, page)).toMatchObject({
      data: {
        ok: false,
        error: expect.stringMatching(/^Every reading is saved, but scores .*storage is full/),
      },
    });
    full = false;
    expect(await handle({ type: 'settle' }, page)).toEqual({ ok: true, data: { posts: 1 } });
    expect(await handle({ type: 'getStatus' }, page)).toMatchObject({ data: { ok: true, error: null } });
  });
});
