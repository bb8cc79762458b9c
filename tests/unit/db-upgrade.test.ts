// Each upgrade step, run on data the previous version wrote: nothing is lost, new stores are filled.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openResonanceDB } from '../../lib/db';
import { exactCount } from '../../lib/metrics';
import { accountCurves } from '../../lib/store';

const T0 = Date.UTC(2026, 10, 1, 12);
let n = 0;

describe('upgrade ladder', () => {
  it('is one step per version', async () => {
    const { UPGRADES } = await import('../../lib/db');
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  it('v1 → v2 keeps every record and builds summaries from the stored snapshots', async () => {
    const name = `upgrade-${++n}`;
    const v1 = await openResonanceDB(name, 1);
    expect([...v1.objectStoreNames].sort()).toEqual(['accounts', 'posts', 'snapshots']);
    const post = (id: string, publishedAt: number | null) => ({
      key: `x:${id}`,
      platform: 'x' as const,
      id,
      account: 'x:brand',
      author: 'Brand',
      url: `https://x.com/Brand/status/${id}`,
      publishedAt,
      firstSeenAt: T0,
      lastSeenAt: T0 + 3600e3,
      latest: { likes: exactCount(20) },
      snapshots: 2,
    });
    await v1.put('accounts', {
      key: 'x:brand',
      platform: 'x',
      handle: 'brand',
      display: 'Brand',
      tracked: true,
      source: 'logged-in',
      createdAt: T0,
      updatedAt: T0,
    });
    await v1.put('posts', post('1', T0 - 3600e3));
    await v1.put('posts', post('2', null)); // no time: kept, but it has no curve to summarise
    await v1.put('snapshots', { post: 'x:1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(20) } });
    await v1.put('snapshots', {
      post: 'x:1',
      capturedAt: T0,
      metrics: { likes: exactCount(5), views: exactCount(100) },
    });
    await v1.put('snapshots', { post: 'x:2', capturedAt: T0, metrics: { likes: exactCount(1) } });
    v1.close();

    const v2 = await openResonanceDB(name, 2);
    expect([...v2.objectStoreNames].sort()).toEqual(['accounts', 'meta', 'posts', 'snapshots', 'summaries']);
    expect(await v2.count('accounts')).toBe(1);
    expect(await v2.count('posts')).toBe(2);
    expect(await v2.count('snapshots')).toBe(3);
    expect(await v2.getAllKeys('summaries')).toEqual(['x:1']);
    expect(await accountCurves(v2, 'x:brand')).toEqual([
      {
        id: '1',
        publishedAt: T0 - 3600e3,
        format: undefined,
        snapshots: [
          { at: T0, metrics: { likes: 5, views: 100 } },
          { at: T0 + 3600e3, metrics: { likes: 20 } },
        ],
      },
    ]);
    v2.close();
  });

  it('opens an empty database at the latest version in one go', async () => {
    const db = await openResonanceDB(`fresh-${++n}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'meta', 'posts', 'snapshots', 'summaries']);
  });
});
