import { describe, expect, it } from 'vitest';
import { exactCount } from '../../lib/metrics';
import {
  accountCurves,
  DEDUPE_MS,
  getTracking,
  listAccounts,
  recordSnapshots,
  reportViewer,
  setTracking,
} from '../../lib/store';
import { freshDb, snap } from '../helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);

describe('tracking', () => {
  it('tracks the logged-in account the first time it is seen, and keeps a later untrack', async () => {
    const db = await freshDb();
    expect((await reportViewer(db, 'x', '@Brand', T0)).tracked).toEqual(['brand']);
    await setTracking(db, 'x', 'brand', false, T0 + 1);
    expect((await reportViewer(db, 'x', 'Brand', T0 + 2)).tracked).toEqual([]);
    const [acc] = await listAccounts(db);
    expect(acc).toMatchObject({
      platform: 'x',
      handle: 'Brand',
      tracked: false,
      source: 'logged-in',
      posts: 0,
    });
  });

  it('keeps tracking per platform', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', 'Brand', true, T0);
    await setTracking(db, 'bluesky', 'brand.bsky.social', true, T0);
    expect((await getTracking(db, 'x')).tracked).toEqual(['brand']);
    expect((await getTracking(db, 'bluesky')).tracked).toEqual(['brand.bsky.social']);
  });
});

describe('recordSnapshots', () => {
  it('stores snapshots of tracked accounts only, and says why the others were refused', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', 'Brand', true, T0);
    const r = await recordSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 }),
      snap({ postId: '2', capturedAt: T0, author: 'someoneElse', url: 'https://x.com/someoneElse/status/2' }),
    ]);
    expect(r.committed).toEqual([`1@${T0}`]);
    expect(r.rejected).toEqual([{ key: `2@${T0}`, reason: '@someoneElse is not a tracked account' }]);
    expect(await db.count('snapshots')).toBe(1);
    expect(await db.get('posts', 'x:2')).toBeUndefined();
  });

  it('skips an unchanged post within 5 minutes but records it after, and always records a change', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', 'Brand', true, T0);
    await recordSnapshots(db, [snap({ postId: '1', capturedAt: T0 })]);
    const again = await recordSnapshots(db, [snap({ postId: '1', capturedAt: T0 + DEDUPE_MS - 1 })]);
    expect(again.committed).toHaveLength(1); // acknowledged, so the sender can forget it
    expect(await db.count('snapshots')).toBe(1);
    await recordSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 60e3, metrics: { likes: exactCount(11) } }),
    ]);
    await recordSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + DEDUPE_MS + 60e3, metrics: { likes: exactCount(11) } }),
    ]);
    expect(await db.count('snapshots')).toBe(3);
    const post = await db.get('posts', 'x:1');
    expect(post).toMatchObject({
      snapshots: 3,
      lastSeenAt: T0 + DEDUPE_MS + 60e3,
      latest: { likes: exactCount(11) },
    });
  });

  it('is idempotent for a resent snapshot and keeps the newest as latest when one arrives late', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', 'Brand', true, T0);
    const late = snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(5) } });
    const newer = snap({ postId: '1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(50) } });
    await recordSnapshots(db, [newer]);
    await recordSnapshots(db, [late]);
    await recordSnapshots(db, [late]);
    expect(await db.count('snapshots')).toBe(2);
    expect((await db.get('posts', 'x:1'))?.latest).toEqual({ likes: exactCount(50) });
  });

  it('turns stored history into curves for scoring', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', 'Brand', true, T0);
    await recordSnapshots(db, [
      snap({
        postId: '1',
        capturedAt: T0,
        metrics: { likes: exactCount(5), views: { value: 2300, min: 2250, max: 2399 } },
      }),
      snap({ postId: '1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(9) } }),
      snap({ postId: '2', capturedAt: T0, publishedAt: null }),
    ]);
    const curves = await accountCurves(db, 'x:brand');
    expect(curves).toEqual([
      {
        id: '1',
        publishedAt: Date.UTC(2026, 10, 1),
        format: undefined,
        snapshots: [
          { at: T0, metrics: { likes: 5, views: 2300 } },
          { at: T0 + 3600e3, metrics: { likes: 9 } },
        ],
      },
    ]);
  });
});
