// A restore is written in chunks of whole post histories: the tabs' saves get through between chunks,
// a deletion waits for the end, and a restore stopped midway keeps what it wrote and finishes when run again.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { deleteAccountData, setTracking } from '@/lib/store/accounts';
import {
  CHUNK_AIM_MS,
  historiesByPost,
  nextChunkSize,
  RESTORE_CHUNK,
  takeChunk,
} from '@/lib/store/backup/chunks';
import { type Backup, parseBackup } from '@/lib/store/backup/format';
import { type RestoreStep, restoreBackup } from '@/lib/store/backup/restore';
import { FLUSH_ROWS, IngestQueue } from '@/lib/store/ingest/queue';
import type { ResonanceDB } from '@/lib/store/records';
import { brandBackup } from '@/tests/helpers/backup';
import { freshDb, refusing, snap, storedPoints, storedPost, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const _iso = (t: number) => new Date(t).toISOString();

/** `posts` posts of @Brand, each with `per` hourly readings, interleaved by time as an export of many
 *  posts can be: chunks must still keep each post whole. */
function backupOf(posts: number, per: number): Backup {
  const file = brandBackup({ posts, per, start: T0, exportedAt: T0 + 400 * H, interleaved: true });
  return parseBackup(JSON.stringify(file), { now: T0 + 500 * H, instances: [] });
}

/** The whole file cut at one fixed size, as a restore given `chunkSize` cuts it. */
function cut(backup: Backup, size: number) {
  const histories = historiesByPost(backup.snapshots);
  const chunks = [];
  for (let at = 0; at < histories.length; ) {
    const { chunk, next } = takeChunk(histories, at, size);
    chunks.push(chunk);
    at = next;
  }
  return chunks;
}

describe('cutting a file into chunks', () => {
  it('cuts near the size and never splits a post’s history', () => {
    const backup = backupOf(10, 7);
    const chunks = cut(backup, 20);
    expect(chunks.flat()).toHaveLength(70);
    // Two posts (14 snapshots) fit in 20; a third would not.
    expect(chunks.map((c) => c.length)).toEqual([14, 14, 14, 14, 14]);
    const chunkOf = new Map<string, number>();
    chunks.forEach((c, i) => {
      for (const s of c) {
        expect(chunkOf.get(s.postId) ?? i, `post ${s.postId} in one chunk`).toBe(i);
        chunkOf.set(s.postId, i);
      }
    });
  });

  it('keeps a post longer than the size whole, in a chunk of its own', () => {
    const backup = backupOf(1, 30);
    expect(cut(backup, 20).map((c) => c.length)).toEqual([30]);
  });
});

/** Runs each step at once and counts them; `failAt` makes that step fail as a full disk would. */
function counting(db: ResonanceDB, failAt?: number) {
  const steps = { n: 0 };
  const run: RestoreStep = async (work) => {
    steps.n++;
    if (steps.n === failAt) throw new DOMException('disk full', 'QuotaExceededError');
    return work(db);
  };
  return { steps, run };
}

describe('a restore in chunks', () => {
  it('writes one step for the accounts and one per chunk, and the posts come out whole', async () => {
    const db = await freshDb();
    const { steps, run } = counting(db);
    const summary = await restoreBackup(db, backupOf(12, 5), { dryRun: false, now: T0, run, chunkSize: 20 });
    expect(summary).toEqual({ accounts: 1, newPosts: 12, newSnapshots: 60, duplicates: 0 });
    expect(steps.n).toBe(1 + 3); // 4 posts (20 snapshots) per chunk
    for (let p = 100; p < 112; p++) {
      expect(await storedPost(db, `x:${p}`)).toMatchObject({
        snapshots: 5,
        latest: { likes: exactCount(5) },
      });
      expect((await storedPoints(db, `x:${p}`))?.map((pt) => pt[1])).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('a dry run in chunks counts what a restore would add, writing nothing', async () => {
    const db = await freshDb();
    const backup = backupOf(12, 5);
    // The first 24 snapshots are the first two readings of every post, and the last two posts' whole history.
    const held = backup.snapshots.filter((s, i) => i < 24 || Number(s.postId) >= 110);
    await restoreBackup(db, { ...backup, snapshots: held }, { dryRun: false, now: T0 });
    const before = await db.count('snapshots');
    expect(before).toBe(24 + 2 * 3);
    const dry = await restoreBackup(db, backup, { dryRun: true, now: T0, chunkSize: 20 });
    expect(dry).toEqual({ accounts: 0, newPosts: 0, newSnapshots: 30, duplicates: 30 });
    expect(await db.count('snapshots')).toBe(before);
  });

  it('stopped midway, keeps the chunks it wrote, whole; run again, adds the rest and nothing twice', async () => {
    const db = await freshDb();
    const backup = backupOf(12, 5);
    const progress: number[] = [];
    const failing = counting(db, 4); // accounts, chunk 1, chunk 2, then the disk is full
    await expect(
      restoreBackup(db, backup, {
        dryRun: false,
        now: T0,
        run: failing.run,
        chunkSize: 20,
        onProgress: (done) => progress.push(done),
      }),
    ).rejects.toThrow('disk full');
    expect(progress).toEqual([0, 20, 40]);
    expect(await db.count('snapshots')).toBe(40);
    const written = [];
    for (let p = 100; p < 112; p++) written.push(await storedPost(db, `x:${p}`));
    // Each post is either fully restored, with its record, or not at all.
    expect(written.filter((r) => r?.snapshots === 5)).toHaveLength(8);
    expect(written.filter((r) => r === undefined)).toHaveLength(4);

    const again = await restoreBackup(db, backup, { dryRun: false, now: T0, chunkSize: 20 });
    expect(again).toEqual({ accounts: 0, newPosts: 4, newSnapshots: 20, duplicates: 40 });
    expect(await db.count('snapshots')).toBe(60);
  });
});

describe('a restore chunk whose bucket is refused', () => {
  it('writes nothing of that chunk (no readings without their posts’ pages), and a second restore completes it', async () => {
    const db = await freshDb();
    const refused = await refusing('buckets', 1, () =>
      restoreBackup(db, backupOf(3, 2), { dryRun: false, now: T0 }),
    );
    expect(refused).toMatch(/refused/);
    expect(await db.count('snapshots')).toBe(0);
    const summary = await restoreBackup(db, backupOf(3, 2), { dryRun: false, now: T0 });
    expect(summary).toMatchObject({ newPosts: 3, newSnapshots: 6 });
    expect(await storedPost(db, 'x:100')).toMatchObject({ snapshots: 2, latest: { likes: exactCount(2) } });
  });
});

describe('a restore through the write chain', () => {
  it('lets a tab’s save through between its chunks; a deletion asked meanwhile waits for the end', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const queue = new IngestQueue(async () => db);
    const order: string[] = [];
    let saved: Promise<unknown> | undefined;
    let deleted: Promise<unknown> | undefined;
    const restored = queue
      .inSteps((run) =>
        restoreBackup(db, backupOf(12, 5), {
          dryRun: false,
          now: T0,
          chunkSize: 20,
          run: async (work) => {
            const out = await run(work);
            order.push('chunk');
            if (!saved) {
              // After the first step, a tab sends a full batch (flushed at once) and the user deletes the account.
              const batch = Array.from({ length: FLUSH_ROWS }, (_, i) =>
                snap({ postId: String(900 + i), capturedAt: T0 + 300 * H }),
              );
              saved = queue.submit(batch).then(() => order.push('save'));
              deleted = queue
                .exclusive((d) => deleteAccountData(d, 'x', 'brand'))
                .then(() => order.push('delete'));
            }
            return out;
          },
        }),
      )
      .then(() => order.push('restored'));
    await restored;
    await Promise.all([saved, deleted]);
    expect(order.indexOf('save')).toBeLessThan(order.lastIndexOf('chunk'));
    expect(order.indexOf('delete')).toBeGreaterThan(order.indexOf('restored'));
    expect(order.filter((o) => o === 'chunk')).toHaveLength(1 + 3);
    expect(await db.count('snapshots')).toBe(0); // the deletion came last and took everything of @Brand
  });
});

describe('a restore paced by its chunks', () => {
  it('sizes each chunk by the last one’s pace: at most doubled, toward CHUNK_AIM_MS, never below 100', () => {
    expect(nextChunkSize(1000, CHUNK_AIM_MS)).toBe(1000);
    expect(nextChunkSize(1000, 2 * CHUNK_AIM_MS)).toBe(500);
    expect(nextChunkSize(1000, CHUNK_AIM_MS / 4)).toBe(2000); // would be 4,000: doubled at most
    expect(nextChunkSize(1000, 0)).toBe(2000); // a clock too coarse to see it
    expect(nextChunkSize(1000, 100 * CHUNK_AIM_MS)).toBe(100);
    expect(nextChunkSize(15_000, 1)).toBe(20_000);
  });

  /** The sizes of a restore's chunks when each chunk's transaction seems to take `ms` on the restore's clock. */
  async function chunkSizes(backup: Backup, ms: number): Promise<number[]> {
    const db = await freshDb();
    let t = 0;
    const done: number[] = [];
    const summary = await restoreBackup(db, backup, {
      dryRun: false,
      now: T0,
      clock: () => (t += ms), // read as each chunk starts and ends
      onProgress: (d) => done.push(d),
    });
    expect(summary.newSnapshots).toBe(backup.snapshots.length);
    expect(await db.count('snapshots')).toBe(backup.snapshots.length);
    return done.slice(1).map((d, i) => d - done[i]!);
  }

  it('slow chunks make the next ones smaller, so a tab’s save waits less; quick ones make them larger', async () => {
    const file = backupOf(160, 10);
    expect(await chunkSizes(file, 4 * CHUNK_AIM_MS)).toEqual([RESTORE_CHUNK, 250, 100, 100, 100, 50]);
    expect(await chunkSizes(file, CHUNK_AIM_MS / 4)).toEqual([RESTORE_CHUNK, 600]);
  });
});
