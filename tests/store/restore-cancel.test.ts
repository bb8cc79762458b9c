// A restore told to stop stops between two chunks: every post is whole or absent, the summary counts
// exactly what was written, and restoring the file again adds the rest.
import { describe, expect, it } from 'vitest';
import type { RestoreSummary } from '@/lib/protocol/messages';
import { type Backup, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { brandBackup } from '@/tests/helpers/backup';
import { freshDb, postCount, storedPost } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const _iso = (t: number) => new Date(t).toISOString();

/** `posts` posts of @Brand with `per` hourly readings each, interleaved by time as an export can be. */
function backupOf(posts: number, per: number): Backup {
  const file = brandBackup({ posts, per, start: T0, exportedAt: T0 + 400 * H, interleaved: true });
  return parseBackup(JSON.stringify(file), { now: T0 + 500 * H, instances: [] });
}

describe('a restore that is told to stop', () => {
  it('stops between chunks: whole posts only, and the summary is what was written', async () => {
    const db = await freshDb();
    const seen: { done: number; total: number; sofar: RestoreSummary }[] = [];
    let cancel = false;
    const summary = await restoreBackup(db, backupOf(12, 5), {
      dryRun: false,
      now: T0,
      chunkSize: 20,
      onProgress: (done, total, sofar) => {
        seen.push({ done, total, sofar });
        if (done === 20) cancel = true; // the user cancels while the first chunk is written
      },
      stop: () => cancel,
    });
    expect(seen.map((s) => s.done)).toEqual([0, 20]);
    expect(seen.every((s) => s.total === 60)).toBe(true);
    expect(summary).toEqual({ accounts: 1, newPosts: 4, newSnapshots: 20, duplicates: 0 });
    expect(seen[1]!.sofar).toEqual(summary);
    expect(await db.count('snapshots')).toBe(20);
    expect(await postCount(db)).toBe(4);
    for (let p = 100; p < 112; p++) {
      const post = await storedPost(db, `x:${p}`);
      // Whole or absent: never a post with some of its five readings.
      expect(post === undefined || post.snapshots === 5, `post ${p}`).toBe(true);
    }

    const rest = await restoreBackup(db, backupOf(12, 5), { dryRun: false, now: T0, chunkSize: 20 });
    expect(rest).toEqual({ accounts: 0, newPosts: 8, newSnapshots: 40, duplicates: 20 });
    expect(await postCount(db)).toBe(12);
  });

  it('asked to stop before it starts, writes nothing at all', async () => {
    const db = await freshDb();
    const summary = await restoreBackup(db, backupOf(3, 2), { dryRun: false, now: T0, stop: () => true });
    expect(summary).toEqual({ accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 0 });
    expect(await db.count('accounts')).toBe(0);
    expect(await db.count('snapshots')).toBe(0);
  });

  it('a check stops the same way, and still writes nothing', async () => {
    const db = await freshDb();
    let chunks = 0;
    const summary = await restoreBackup(db, backupOf(12, 5), {
      dryRun: true,
      now: T0,
      chunkSize: 20,
      onProgress: (done) => {
        if (done > 0) chunks++;
      },
      stop: () => chunks === 2,
    });
    expect(summary).toEqual({ accounts: 1, newPosts: 8, newSnapshots: 40, duplicates: 0 });
    expect(await db.count('snapshots')).toBe(0);
    expect(await db.count('accounts')).toBe(0);
  });
});
