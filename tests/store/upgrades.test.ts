// Each upgrade step, run on data the previous version wrote: nothing is lost, new stores are filled.
import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { accountCurves, listAccounts } from '@/lib/store/accounts';
import { bucketPosts } from '@/lib/store/bucket-codec';
import { findPost } from '@/lib/store/buckets';
import { DB_VERSION, openResonanceDB } from '@/lib/store/db';
import { summaryToCurve } from '@/lib/store/points';
import type { StoredPost } from '@/lib/store/records';
import { type BucketV3, encodeV5 } from '@/lib/store/upgrades';
import { legacyAccount, legacyPost } from '@/tests/helpers/legacy-records';

const T0 = Date.UTC(2026, 10, 1, 12);
let n = 0;

describe('upgrade ladder', () => {
  it('is one step per version', async () => {
    const { UPGRADES } = await import('@/lib/store/upgrades');
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  it('v1 → v2 keeps every record and builds summaries from the stored snapshots', async () => {
    const name = `upgrade-${++n}`;
    const v1 = (await openResonanceDB(name, 1)) as unknown as IDBPDatabase<any>;
    expect([...v1.objectStoreNames].sort()).toEqual(['accounts', 'posts', 'snapshots']);
    const post = (id: string, publishedAt: number | null) =>
      legacyPost(id, publishedAt, { seenAt: T0, lastSeenAt: T0 + 3600e3, snapshots: 2, likes: 20 });
    await v1.put('accounts', legacyAccount(T0));
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

    const v2 = (await openResonanceDB(name, 2)) as unknown as IDBPDatabase<any>;
    expect([...v2.objectStoreNames].sort()).toEqual(['accounts', 'meta', 'posts', 'snapshots', 'summaries']);
    expect(await v2.count('accounts')).toBe(1);
    expect(await v2.count('posts')).toBe(2);
    expect(await v2.count('snapshots')).toBe(3);
    expect(await v2.getAllKeys('summaries')).toEqual(['x:1']);
    expect((await v2.getAll('summaries')).map(summaryToCurve)).toEqual([
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

  it('v2 → v3 moves posts and summaries into weekly pages, rebuilt from snapshots, and drops old markers', async () => {
    const name = `upgrade-${++n}`;
    const v2 = (await openResonanceDB(name, 2)) as unknown as IDBPDatabase<any>;
    const post = (id: string, publishedAt: number | null, snapshots: number) => ({
      ...legacyPost(id, publishedAt, { seenAt: T0, snapshots }),
      format: 'text',
    });
    // Post 1's records lag its snapshots (version 2 wrote them behind, and a marker says so).
    await v2.put('posts', post('1', T0 - 3600e3, 1));
    await v2.put('summaries', {
      key: 'x:1',
      account: 'x:brand',
      id: '1',
      publishedAt: T0 - 3600e3,
      format: 'text',
      points: [[T0, 5, null, null, null, null, null]],
    });
    await v2.put('posts', post('2', null, 1));
    // Post 3 was published three weeks earlier: another page.
    await v2.put('posts', { ...post('3', T0 - 21 * 24 * 3600e3, 1), account: 'x:brand' });
    await v2.put('snapshots', { post: 'x:1', capturedAt: T0, metrics: { likes: exactCount(5) } });
    await v2.put('snapshots', { post: 'x:1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(20) } });
    await v2.put('snapshots', { post: 'x:2', capturedAt: T0, metrics: { likes: exactCount(1) } });
    await v2.put('snapshots', { post: 'x:3', capturedAt: T0, metrics: { likes: exactCount(3) } });
    await v2.put('meta', ['x:1'], 'dirty:old-marker');
    await v2.put('meta', { basis: 'raw', weights: 'equal' }, 'settings');
    v2.close();

    const v3 = (await openResonanceDB(name, 3)) as unknown as IDBPDatabase<any>;
    expect([...v3.objectStoreNames].sort()).toEqual(['accounts', 'meta', 'pages', 'postPages', 'snapshots']);
    expect(await v3.count('snapshots')).toBe(4);
    expect(await v3.count('pages')).toBe(2);
    expect((await v3.getAllKeys('postPages')).sort()).toEqual(['x:1', 'x:2', 'x:3']);
    expect(await v3.get('meta', 'settings')).toEqual({ basis: 'raw', weights: 'equal' });
    expect(await v3.getAllKeys('meta')).not.toContain('dirty:old-marker');
    v3.close();

    // Read through today's code (the next step only renames): the lagging post is current, rebuilt from
    // its two snapshots, not copied from the stale record.
    const now = await openResonanceDB(name);
    expect((await findPost(now, 'x:1'))?.post).toMatchObject({
      snapshots: 2,
      lastSeenAt: T0 + 3600e3,
      latest: { likes: exactCount(20) },
      url: 'https://x.com/Brand/status/1',
      format: 'text',
    });
    expect((await findPost(now, 'x:2'))?.post.publishedAt).toBeNull();
    const curves = await accountCurves(now, 'x:brand');
    expect(curves.map((c) => [c.id, c.snapshots.map((s) => s.metrics.likes)]).sort()).toEqual([
      ['1', [5, 20]],
      ['3', [3]],
    ]);
    now.close();
  });

  it('v3 → v4 calls the weekly pages buckets and gives accounts their id, handle and aliases', async () => {
    const name = `upgrade-${++n}`;
    const v3 = (await openResonanceDB(name, 3)) as unknown as IDBPDatabase<any>;
    await v3.put('accounts', legacyAccount(T0));
    const record = legacyPost('1', T0 - 3600e3, { seenAt: T0 });
    await v3.put('pages', {
      account: 'x:brand',
      week: 2900,
      posts: { 'x:1': { post: record, points: [[T0, 5, null, null, null, null, null]] } },
    });
    await v3.put('postPages', { account: 'x:brand', week: 2900 }, 'x:1');
    await v3.put('snapshots', { post: 'x:1', capturedAt: T0, metrics: { likes: exactCount(5) } });
    v3.close();

    const v4 = await openResonanceDB(name, 4);
    expect([...v4.objectStoreNames].sort()).toEqual([
      'accounts',
      'buckets',
      'meta',
      'postBuckets',
      'snapshots',
    ]);
    expect(await v4.get('accounts', 'x:brand')).toEqual({
      key: 'x:brand',
      platform: 'x',
      id: 'brand',
      handle: 'Brand',
      aliases: [],
      tracked: true,
      source: 'logged-in',
      createdAt: T0,
      updatedAt: T0,
    });
    const bucket = (await v4.get('buckets', ['x:brand', 2900])) as unknown as BucketV3;
    expect(bucket.posts['x:1']!.post).toEqual(record);
    // The location index survives the rename: an account's posts are still counted by it.
    expect(await v4.countFromIndex('postBuckets', 'by-account', 'x:brand')).toBe(1);
    expect((await listAccounts(v4)).map((a) => [a.id, a.handle, a.posts])).toEqual([['brand', 'Brand', 1]]);
    v4.close();
  });

  it("v4 → v5 keeps each post of a bucket as its JSON, in the bucket's order, every field as it was", async () => {
    const name = `upgrade-${++n}`;
    const v4 = (await openResonanceDB(name, 4)) as unknown as IDBPDatabase<any>;
    const a = {
      ...legacyPost('2', T0 - 7200e3, { seenAt: T0 }),
      account: 'x:brand',
      publishedPrecision: 60e3,
    };
    const b = {
      ...legacyPost('1', T0 - 3600e3, { seenAt: T0 }),
      account: 'x:brand',
      tags: ['question hook'],
    };
    const old: BucketV3 = {
      account: 'x:brand',
      week: 2900,
      posts: {
        'x:2': { post: a, points: [[T0, 5, null, 1, null, null, null]] },
        'x:1': {
          post: b,
          points: [
            [T0 - 60e3, 1, 0, null, null, 9, null],
            [T0, 2, 0, null, null, 12, null],
          ],
        },
      },
    };
    await v4.put('buckets', old);
    await v4.put('buckets', { account: 'x:other', week: 2899, posts: {} });
    for (const key of ['x:1', 'x:2']) await v4.put('postBuckets', { account: 'x:brand', week: 2900 }, key);
    v4.close();

    const v5 = await openResonanceDB(name, 5);
    const stored = (await v5.get('buckets', ['x:brand', 2900]))!;
    expect(Object.keys(stored.posts)).toEqual(['x:2', 'x:1']);
    for (const raw of Object.values(stored.posts)) expect(typeof raw).toBe('string');
    // Version 5's own layout: each post's StoredPost as a JSON object.
    expect(Object.values(stored.posts).map((raw) => JSON.parse(raw))).toEqual(Object.values(old.posts));
    expect(await v5.get('buckets', ['x:other', 2899])).toEqual({ account: 'x:other', week: 2899, posts: {} });
    v5.close();
  });

  it("v5 → v6 keeps each post as a compact array, in the bucket's order, every field as it was", async () => {
    const name = `upgrade-${++n}`;
    const v5 = (await openResonanceDB(name, 5)) as unknown as IDBPDatabase<any>;
    const a: StoredPost = {
      post: {
        ...legacyPost('2', T0 - 7200e3, { seenAt: T0 }),
        publishedPrecision: 60e3,
        format: 'video',
        text: 'Our <b>launch</b>, "quoted"',
        latest: { likes: exactCount(5), views: { value: 1200, min: 1150, max: 1250 } },
      },
      points: [[T0, 5, null, 1, null, null, 1200]],
    };
    const b: StoredPost = {
      post: { ...legacyPost('1', null, { seenAt: T0 }), tags: ['question hook'], latest: {} },
      points: [],
    };
    await v5.put('buckets', {
      account: 'x:brand',
      week: 2900,
      posts: { 'x:2': encodeV5(a), 'x:1': encodeV5(b) },
    });
    await v5.put('buckets', { account: 'x:other', week: 2899, posts: {} });
    for (const key of ['x:1', 'x:2']) await v5.put('postBuckets', { account: 'x:brand', week: 2900 }, key);
    v5.close();

    const v6 = await openResonanceDB(name, 6);
    const stored = (await v6.get('buckets', ['x:brand', 2900]))!;
    expect(Object.keys(stored.posts)).toEqual(['x:2', 'x:1']);
    for (const raw of Object.values(stored.posts)) expect(Array.isArray(JSON.parse(raw))).toBe(true);
    expect(bucketPosts(stored)).toEqual([a, b]);
    // Absent fields stay absent: a post with no format gets none.
    expect('format' in (await findPost(v6, 'x:1'))!.post).toBe(false);
    const found = (await findPost(v6, 'x:2'))!;
    expect({ post: found.post, points: found.points }).toEqual(a);
    expect(await v6.get('buckets', ['x:other', 2899])).toEqual({ account: 'x:other', week: 2899, posts: {} });
    v6.close();
  });

  it('opens an empty database at the latest version in one go', async () => {
    const db = await openResonanceDB(`fresh-${++n}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'buckets',
      'meta',
      'postBuckets',
      'snapshots',
    ]);
  });
});
