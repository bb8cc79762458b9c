// Settling from memory: a worker that read a bucket whole writes it back without reading it again, names
// a bucket's posts in one marker rather than one per flush, and never trusts memory when the store says
// otherwise (another writer's markers, history changed); a stopped worker's successor finishes its work.
import { describe, expect, it, vi } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import { setTracking } from '@/lib/store/accounts';
import { decodePost } from '@/lib/store/bucket-codec';
import { bucketOf, WEEK_MS } from '@/lib/store/buckets';
import { IngestState, settle, writeSnapshots } from '@/lib/store/ingest/write';
import { dirtyRange, postHistory } from '@/lib/store/rebuild';
import type { ResonanceDB } from '@/lib/store/records';
import { countReads, expectStoredTrue, freshDb, refusing, snap, storedPost, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 2);
const H = 3600e3;

/** Reading `n` (counts growing with it) of post `id`, published `id` hours after T0. */
const reading = (id: number, n: number): CheckedSnapshot =>
  snap({
    postId: String(id),
    publishedAt: T0 + id * H,
    capturedAt: T0 + id * H + n * 30 * 60e3,
    metrics: { likes: exactCount(10 * n + id), comments: exactCount(n) },
  });

/** Runs `work`, counting the reads of whole buckets it makes. */
const bucketReads = (work: () => Promise<unknown>) => countReads('get', 'buckets', work);

async function tracked() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, T0);
  return db;
}

/** A store with posts 1–6 read once and settled, in one bucket. */
async function sixSettled() {
  const db = await tracked();
  const first = new IngestState();
  await writeSnapshots(
    db,
    [1, 2, 3, 4, 5, 6].map((id) => reading(id, 1)),
    first,
  );
  await settle(db, first);
  return db;
}

async function expectTrue(db: ResonanceDB) {
  await expectStoredTrue(db);
  expect(await db.count('meta', dirtyRange())).toBe(0);
}

describe('settling from memory', () => {
  it('keeps every post of a bucket, in its order, and names the bucket’s posts in one marker', async () => {
    const db = await sixSettled();
    const order = Object.keys((await db.getAll('buckets'))[0]!.posts);
    // A new worker scrolls the same posts again, two at a time, and sees one new post.
    const next = new IngestState();
    for (const ids of [
      [3, 4],
      [5, 6],
      [1, 7],
    ])
      await writeSnapshots(
        db,
        ids.map((id) => reading(id, 2)),
        next,
      );
    // The first flush read the bucket whole and named all its posts; the others needed no marker but the new post's.
    const markers = (await db.getAll('meta', dirtyRange())) as unknown[][];
    expect(markers.map((m) => m.length)).toEqual([6, 1]);
    // Memory holds the bucket whole (read by the first flush): it is written without being read again.
    let settled = 0;
    expect(await bucketReads(async () => (settled = await settle(db, next)))).toBe(0);
    expect(settled).toBe(6);
    const [bucket] = await db.getAll('buckets');
    expect(Object.keys(bucket!.posts)).toEqual([...order, 'x:7']);
    expect((await storedPost(db, 'x:2'))?.snapshots).toBe(1);
    expect((await storedPost(db, 'x:3'))?.snapshots).toBe(2);
    await expectTrue(db);
  });

  it('writes back the posts a scroll did not reach exactly as stored, decoding a neighbour only when reached', async () => {
    const db = await sixSettled();
    const [before] = await db.getAll('buckets');
    // A restarted worker sees post 3 again: its flush reads the bucket whole.
    const next = new IngestState();
    await writeSnapshots(db, [reading(3, 2)], next);
    // The others are held as the store holds them, not decoded.
    for (const id of [1, 2, 4, 5, 6]) expect(next.cache.stored(`x:${id}`)).toBe(before!.posts[`x:${id}`]);
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      expect(await bucketReads(() => settle(db, next))).toBe(0);
      // Only the post that changed was encoded.
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
    const [after] = await db.getAll('buckets');
    expect(Object.keys(after!.posts)).toEqual(Object.keys(before!.posts));
    for (const id of [1, 2, 4, 5, 6]) expect(after!.posts[`x:${id}`]).toBe(before!.posts[`x:${id}`]);
    expect(after!.posts['x:3']).not.toBe(before!.posts['x:3']);
    // The scroll then reaches post 4: it is decoded from what was read, and its curve continues.
    await writeSnapshots(db, [reading(4, 2)], next);
    await settle(db, next);
    expect((await storedPost(db, 'x:4'))?.snapshots).toBe(2);
    await expectTrue(db);
  });

  it('stores no empty entry for a post memory places in another bucket: that bucket is read instead', async () => {
    const db = await sixSettled();
    const next = new IngestState();
    await writeSnapshots(db, [reading(3, 2)], next);
    // Memory now says post 4 lags and belongs to the next week (held whole, its own bucket says otherwise).
    const four = next.cache.peek('x:4')!;
    next.cache.set('x:4', { ...four, bucket: [four.bucket[0], four.bucket[1] + 1] });
    next.dirty.add('x:4');
    await settle(db, next);
    for (const bucket of await db.getAll('buckets'))
      for (const raw of Object.values(bucket.posts)) expect(() => decodePost(raw)).not.toThrow();
    expect((await storedPost(db, 'x:3'))?.snapshots).toBe(2);
  });

  it('lets a stopped worker’s successor finish posts named only as their bucket’s, without counting a resend twice', async () => {
    const db = await tracked();
    const before = new IngestState();
    await writeSnapshots(
      db,
      [1, 2, 3, 4].map((id) => reading(id, 1)),
      before,
    );
    await settle(db, before);
    const stopped = new IngestState();
    await writeSnapshots(db, [reading(1, 2)], stopped);
    await writeSnapshots(db, [reading(2, 2), reading(3, 2)], stopped);
    // The worker stops; its successor is sent the last batch again, and a new reading.
    const after = new IngestState();
    await writeSnapshots(db, [reading(3, 2), reading(4, 2)], after);
    await settle(db, after);
    expect((await storedPost(db, 'x:3'))?.snapshots).toBe(2);
    expect((await storedPost(db, 'x:2'))?.snapshots).toBe(2);
    await expectTrue(db);
  });

  it('reads the markers when the store holds one memory does not know (another writer’s)', async () => {
    const db = await tracked();
    const mine = new IngestState();
    await writeSnapshots(db, [reading(1, 1)], mine);
    // Another writer (a second worker, in a test) leaves a marker after this worker's first flush.
    const other = new IngestState();
    await writeSnapshots(db, [reading(2, 1)], other);
    await settle(db, mine);
    expect((await storedPost(db, 'x:2'))?.snapshots).toBe(1);
    await expectTrue(db);
  });

  it('rebuilds from the snapshots when history changed behind memory, never writing what it remembered', async () => {
    const db = await tracked();
    const st = new IngestState();
    await writeSnapshots(
      db,
      [1, 2].map((id) => reading(id, 1)),
      st,
    );
    await settle(db, st);
    await writeSnapshots(db, [reading(1, 2)], st);
    // Someone else deletes post 2's history and says so (as restore, deletion and retention do).
    const tx = db.transaction(['snapshots', 'meta'], 'readwrite');
    await tx.objectStore('snapshots').delete(postHistory('x:2'));
    await tx.objectStore('meta').put('changed', 'generation');
    await tx.done;
    await settle(db, st);
    expect((await storedPost(db, 'x:1'))?.snapshots).toBe(2);
    // Post 2 was not lagging: its bucket entry is as the other writer left it, not as memory had it.
    expect(await storedPost(db, 'x:2')).toMatchObject({ snapshots: 1 });
  });

  it('finds a post stored in another bucket than its time says (first seen without one)', async () => {
    const db = await tracked();
    const st = new IngestState();
    const undated = { ...reading(1, 1), publishedAt: null };
    await writeSnapshots(db, [undated], st);
    await settle(db, st);
    const [, week] = bucketOf((await storedPost(db, 'x:1'))!);
    // A later reading gives its time, a month before the week it was stored in.
    const dated = { ...reading(1, 2), publishedAt: T0 - 30 * 24 * H };
    const next = new IngestState();
    await writeSnapshots(db, [dated], next);
    await settle(db, next);
    const buckets = await db.getAll('buckets');
    expect(buckets.map((b) => [b.week, Object.keys(b.posts)])).toEqual([[week, ['x:1']]]);
    expect(Math.floor((T0 - 30 * 24 * H) / WEEK_MS)).not.toBe(week);
    expect(await storedPost(db, 'x:1')).toMatchObject({ snapshots: 2, publishedAt: T0 - 30 * 24 * H });
  });

  it('commits each flush and each settle from memory once its last request is made, losing nothing', async () => {
    const db = await sixSettled();
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    try {
      const next = new IngestState();
      await writeSnapshots(db, [reading(1, 2), reading(2, 2)], next);
      await writeSnapshots(db, [reading(3, 2)], next);
      expect(commit).toHaveBeenCalledTimes(2);
      expect(await settle(db, next)).toBe(3);
      expect(commit).toHaveBeenCalledTimes(3);
    } finally {
      commit.mockRestore();
    }
    expect(await db.count('snapshots')).toBe(9);
    await expectTrue(db);
  });

  it('writes nothing of a flush whose put is refused as it is made, and the next flush stores it all', async () => {
    const db = await sixSettled();
    const next = new IngestState();
    const refused = await refusing('snapshots', 2, () =>
      writeSnapshots(db, [reading(1, 2), reading(2, 2), reading(3, 2)], next),
    );
    expect(refused).toMatch(/refused/);
    // The rows put before the refused one are not committed without their marker.
    expect(await db.count('snapshots')).toBe(6);
    expect(await db.count('meta', dirtyRange())).toBe(0);
    await writeSnapshots(db, [reading(1, 2), reading(2, 2), reading(3, 2)], next);
    expect(await settle(db, next)).toBe(3);
    expect(await db.count('snapshots')).toBe(9);
    await expectTrue(db);
  });

  it('writes nothing of a settle whose bucket is refused, and settles it all when tried again', async () => {
    const db = await sixSettled();
    const next = new IngestState();
    await writeSnapshots(db, [reading(1, 2), reading(2, 2)], next);
    const before = await db.getAll('buckets');
    const refused = await refusing('buckets', 1, () => settle(db, next));
    expect(refused).toMatch(/refused/);
    expect(await db.getAll('buckets')).toEqual(before);
    expect(await db.count('meta', dirtyRange())).toBe(1);
    expect(await settle(db, next)).toBe(2);
    await expectTrue(db);
  });
});

describe('a settle rebuilding from the store', () => {
  it('keeps the markers when a bucket is refused, and rebuilds it all when tried again', async () => {
    const db = await sixSettled();
    await writeSnapshots(db, [reading(1, 2), reading(2, 2)], new IngestState());
    // A worker that knows nothing of those markers rebuilds the posts they name from the snapshots.
    const refused = await refusing('buckets', 1, () => settle(db, new IngestState()));
    expect(refused).toMatch(/refused/);
    expect(await db.count('meta', dirtyRange())).toBe(1);
    expect(await settle(db, new IngestState())).toBe(6);
    await expectTrue(db);
  });
});
