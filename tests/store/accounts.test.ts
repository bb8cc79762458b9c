import { describe, expect, it } from 'vitest';
import { getTracking, listAccounts, reportViewer, setTracking } from '@/lib/store/accounts';
import { freshDb, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);

describe('tracking', () => {
  it('tracks the logged-in account the first time it is seen, and keeps a later untrack', async () => {
    const db = await freshDb();
    expect((await reportViewer(db, 'x', xName('Brand'), true, T0)).tracked).toEqual(['brand']);
    await setTracking(db, 'x', xName('brand'), false, T0 + 1);
    expect((await reportViewer(db, 'x', xName('Brand'), true, T0 + 2)).tracked).toEqual([]);
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
    await setTracking(db, 'x', xName('Brand'), true, T0);
    await setTracking(db, 'bluesky', { handle: 'brand.bsky.social', id: 'brand.bsky.social' }, true, T0);
    expect((await getTracking(db, 'x')).tracked).toEqual(['brand']);
    expect((await getTracking(db, 'bluesky')).tracked).toEqual(['brand.bsky.social']);
  });
});
