// A restore makes the records of a post the store held nothing of from the rows it writes, without reading
// them back (lib/store/backup/restore.ts): whatever the file's order, duplicates and chunking, and whatever
// part of each post's history the store held before, every post then stored is what its snapshots alone say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { accountPosts } from '@/lib/store/buckets';
import { countReads, expectStoredTrue, freshDb } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20);
const T0 = Date.UTC(2026, 9, 1);
const H = 3600e3;

/** A backup of posts `ids`, with the readings `[post, hour, likes]` in the order given. */
function backupOf(ids: number[], readings: [number, number, number][]) {
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date(NOW - H).toISOString(),
    accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
    posts: ids.map((id) => ({
      platform: 'x',
      id: String(id),
      url: `https://x.com/Brand/status/${id}`,
      author: 'Brand',
      publishedAt: new Date(T0).toISOString(),
    })),
    snapshots: readings.map(([post, hour, likes]) => ({
      platform: 'x',
      postId: String(post),
      capturedAt: new Date(T0 + hour * H).toISOString(),
      metrics: { likes: { value: likes, min: likes, max: likes } },
    })),
  });
  return parseBackup(text, { now: NOW, instances: [] });
}

/** Runs `work`, counting the reads of whole histories (getAll of snapshots) it makes. */
const historyReads = (work: () => Promise<unknown>) => countReads('getAll', 'snapshots', work);

const reading = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 }), fc.nat(500));

describe('restore of posts the store held nothing of', () => {
  it('stores what their snapshots say, whatever the order, duplicates, chunks and earlier history', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reading, { maxLength: 12 }),
        fc.array(reading, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        async (before, file, chunkSize) => {
          const db = await freshDb();
          // What the store held before: some posts' histories in part, restored from an earlier file.
          if (before.length)
            await restoreBackup(db, backupOf([1, 2, 3, 4], before), { dryRun: false, now: NOW });
          await restoreBackup(db, backupOf([1, 2, 3, 4], file), { dryRun: false, now: NOW, chunkSize });
          await expectStoredTrue(db);
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads none of their histories back; a post with history is read', async () => {
    const db = await freshDb();
    const file = backupOf(
      [1, 2],
      [
        [1, 3, 30],
        [2, 1, 5],
        [1, 1, 10],
        [1, 2, 20],
      ],
    );
    expect(await historyReads(() => restoreBackup(db, file, { dryRun: false, now: NOW }))).toBe(0);
    const [one] = (await accountPosts(db, 'x:brand')).filter((e) => e.post.id === '1');
    expect(one!.post.latest.likes?.value).toBe(30);
    expect(one!.points.map((p) => p[0])).toEqual([1, 2, 3].map((h) => T0 + h * H));
    // Post 1 again, with a reading more: its history is in the store, so it is read to be merged.
    const more = backupOf([1], [[1, 4, 40]]);
    expect(await historyReads(() => restoreBackup(db, more, { dryRun: false, now: NOW }))).toBe(1);
    await expectStoredTrue(db);
    db.close();
  });
});
