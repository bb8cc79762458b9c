// Post pages: many posts per record, found through their locations, never losing a page's other posts.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import {
  accountPosts,
  bucketOf,
  eachPostRecord,
  findPost,
  type Located,
  type ReadTx,
  readLocated,
  WEEK_MS,
  type WriteTx,
  writeLocated,
} from '@/lib/store/buckets';
import type { PostRecord } from '@/lib/store/records';
import { freshDb } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 2);

function located(id: string, publishedAt: number | null, account = 'x:brand'): Located {
  const post: PostRecord = {
    key: `x:${id}`,
    platform: 'x',
    id,
    account,
    author: 'Brand',
    url: `https://x.com/Brand/status/${id}`,
    publishedAt,
    firstSeenAt: T0,
    lastSeenAt: T0,
    latest: { likes: exactCount(1) },
    snapshots: 1,
  };
  return { post, points: [[T0, 1, null, null, null, null, null]], bucket: bucketOf(post), indexed: false };
}

async function write(db: Awaited<ReturnType<typeof freshDb>>, entries: Located[]) {
  const tx = db.transaction(['buckets', 'postBuckets'], 'readwrite');
  await writeLocated(tx as unknown as WriteTx, entries);
  await tx.done;
}

describe('post pages', () => {
  it('groups posts by account and publication week (first sighting when the time is unknown)', () => {
    expect(bucketOf(located('1', T0).post)).toEqual(['x:brand', Math.floor(T0 / WEEK_MS)]);
    expect(bucketOf(located('2', T0 - WEEK_MS).post)[1]).toBe(Math.floor(T0 / WEEK_MS) - 1);
    expect(bucketOf(located('3', null).post)[1]).toBe(Math.floor(T0 / WEEK_MS));
    expect(bucketOf({ ...located('4', null).post, firstSeenAt: Number.NaN })[1]).toBe(0);
  });

  it('keeps a page’s other posts when some of them are written again', async () => {
    const db = await freshDb();
    await write(db, [located('1', T0), located('2', T0)]);
    const again = { ...located('1', T0), indexed: true };
    again.post = { ...again.post, snapshots: 7 };
    await write(db, [again, located('3', T0 - WEEK_MS)]);
    expect(await db.count('buckets')).toBe(2);
    expect((await accountPosts(db, 'x:brand')).map((e) => [e.post.id, e.post.snapshots]).sort()).toEqual([
      ['1', 7],
      ['2', 1],
      ['3', 1],
    ]);
    expect(await db.count('postBuckets')).toBe(3);
  });

  it('walks every post record a chunk of pages at a time, for one account or all', async () => {
    const db = await freshDb();
    // 450 weeks of one account (more than two chunks of 200 pages), and one page of another account.
    await write(db, [
      ...Array.from({ length: 450 }, (_, w) => located(String(w), T0 - w * WEEK_MS)),
      located('other', T0, 'x:other'),
    ]);
    const walk = async (account: string | null) => {
      const ids: string[] = [];
      await eachPostRecord(db, account, (p) => ids.push(p.id));
      return ids;
    };
    const brand = await walk('x:brand');
    expect(brand).toHaveLength(450);
    expect(new Set(brand).size).toBe(450);
    expect(await walk('x:other')).toEqual(['other']);
    expect((await walk(null)).length).toBe(451);
  });

  it('finds posts with one range read, or one read each when the range holds many others', async () => {
    const db = await freshDb();
    const ids = Array.from({ length: 100 }, (_, i) => String(1000 + i));
    await write(
      db,
      ids.map((id) => located(id, T0 + Number(id) * 60e3)),
    );
    const find = async (keys: string[]) => {
      const tx = db.transaction(['buckets', 'postBuckets']);
      return readLocated(tx as unknown as ReadTx, keys);
    };
    // Close keys (the usual batch), with one that is not stored.
    const close = await find(['x:1010', 'x:1011', 'x:1012', 'x:1013', 'x:0999']);
    expect([...close.keys()].sort()).toEqual(['x:1010', 'x:1011', 'x:1012', 'x:1013']);
    expect(close.get('x:1012')).toMatchObject({ post: { id: '1012' }, indexed: true });
    // Keys spread over the whole store: the range would hold 100 posts, so each is read on its own.
    const spread = await find(['x:1000', 'x:1050', 'x:1099', 'x:1098', 'x:2000']);
    expect([...spread.keys()].sort()).toEqual(['x:1000', 'x:1050', 'x:1098', 'x:1099']);
    expect((await findPost(db, 'x:1099'))?.post.url).toBe('https://x.com/Brand/status/1099');
    expect(await findPost(db, 'x:5')).toBeUndefined();
  });
});
