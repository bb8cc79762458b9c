// Derived records written behind ingest: acknowledged snapshots are the truth, post records and
// summaries catch up, and a stopped worker's successor (or a restore in between) never leaves them wrong.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { accountCurves, deleteAccountData, setTracking } from '@/lib/store/accounts';
import { parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { DERIVE_MS, FLUSH_MS, IngestQueue } from '@/lib/store/ingest/queue';
import { IngestState, settle, writeSnapshots } from '@/lib/store/ingest/write';
import { freshDb, postCount, snap, storedPoints, storedPost, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const at = (n: number, likes: number) =>
  snap({ postId: '1', capturedAt: T0 + n * H, metrics: { likes: exactCount(likes) } });

async function tracked() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, T0);
  return db;
}

describe('write-behind', () => {
  it('acknowledges snapshots first and brings the post up to date when settled', async () => {
    const db = await tracked();
    const st = new IngestState();
    await writeSnapshots(db, [at(1, 5)], st);
    await writeSnapshots(db, [at(2, 9)], st);
    expect(await db.count('snapshots')).toBe(2);
    // Only snapshots and a marker were written: the marker carries the new post's facts, no page holds it yet.
    expect(await storedPost(db, 'x:1')).toBeUndefined();
    const markers = await db.getAll('meta', IDBKeyRange.bound('dirty:', 'dirty:\uffff'));
    expect(markers.flat()).toEqual([
      expect.objectContaining({ key: 'x:1', url: 'https://x.com/Brand/status/1' }),
    ]);
    // Scoring before the settle sees the fresh curve through the overlay.
    const [fresh] = await accountCurves(db, 'x:brand', st.overlay('x:brand'));
    expect(fresh!.snapshots.map((s) => s.metrics.likes)).toEqual([5, 9]);
    expect(await settle(db, st)).toBe(1);
    expect(await storedPost(db, 'x:1')).toMatchObject({ snapshots: 2, latest: { likes: exactCount(9) } });
    expect((await storedPoints(db, 'x:1'))?.map((p) => p[1])).toEqual([5, 9]);
    expect(await db.getAllKeys('meta')).not.toContainEqual(expect.stringMatching(/^dirty:/));
  });

  it('lets a restarted worker finish what the stopped one left behind', async () => {
    const db = await tracked();
    const before = new IngestState();
    await writeSnapshots(db, [at(1, 5)], before);
    await writeSnapshots(db, [at(2, 9)], before);
    // The worker stops here. Its successor starts with nothing in memory, and sees one more snapshot.
    const after = new IngestState();
    await writeSnapshots(db, [at(3, 12), at(2, 9)], after);
    await settle(db, after);
    expect(await storedPost(db, 'x:1')).toMatchObject({
      snapshots: 3,
      latest: { likes: exactCount(12) },
      // Facts known only from the stopped worker's marker survive.
      url: 'https://x.com/Brand/status/1',
      publishedAt: Date.UTC(2026, 10, 1),
    });
    expect((await storedPoints(db, 'x:1'))?.map((p) => p[1])).toEqual([5, 9, 12]);
  });

  it('does not trust the rest of a page it read for another post when those posts lag', async () => {
    const db = await tracked();
    const of = (id: string, n: number, likes: number) =>
      snap({ postId: id, capturedAt: T0 + n * H, metrics: { likes: exactCount(likes) } });
    const before = new IngestState();
    await writeSnapshots(db, [of('1', 1, 5), of('2', 1, 5)], before);
    await settle(db, before);
    // Two more snapshots of post 2, acknowledged; the worker stops before its page is written.
    await writeSnapshots(db, [of('2', 2, 7)], before);
    await writeSnapshots(db, [of('2', 3, 9)], before);
    const after = new IngestState();
    // Post 1's page also holds post 2, as it was before the last two snapshots.
    await writeSnapshots(db, [of('1', 2, 6)], after);
    // The tab resends post 2's last snapshot: it is stored already, though the page read says otherwise.
    await writeSnapshots(db, [of('2', 3, 9)], after);
    await settle(db, after);
    expect(await storedPost(db, 'x:2')).toMatchObject({ snapshots: 3, latest: { likes: exactCount(9) } });
    expect((await storedPoints(db, 'x:2'))?.map((p) => p[1])).toEqual([5, 7, 9]);
  });

  it('rebuilds a post the stopped worker never paged from its marker alone', async () => {
    const db = await tracked();
    await writeSnapshots(db, [at(1, 5), at(2, 9)], new IngestState());
    // No further snapshot arrives: the successor's first settle finds the post only in the marker.
    expect(await settle(db, new IngestState())).toBe(1);
    expect(await storedPost(db, 'x:1')).toMatchObject({ snapshots: 2, firstSeenAt: T0 + H, author: 'Brand' });
  });

  it('deletes an account’s posts that no page holds yet', async () => {
    const db = await tracked();
    const st = new IngestState();
    await writeSnapshots(db, [at(1, 5)], st);
    expect(await deleteAccountData(db, 'x', 'brand')).toBe(1);
    expect(await db.count('snapshots')).toBe(0);
    // The marker left behind brings nothing back.
    await settle(db, st);
    expect(await postCount(db)).toBe(0);
  });

  it('rebuilds from the store when history changed behind the cache (a restore in between)', async () => {
    const db = await tracked();
    const st = new IngestState();
    await writeSnapshots(db, [at(2, 9)], st);
    await settle(db, st);
    await writeSnapshots(db, [at(3, 12)], st);
    // The dashboard restores a backup holding an older snapshot of the same post, straight into the store.
    const backup = {
      format: 'resonance-backup',
      version: 1,
      exportedAt: new Date(T0).toISOString(),
      accounts: [],
      posts: [
        {
          platform: 'x',
          id: '1',
          url: 'https://x.com/Brand/status/1',
          author: 'Brand',
          publishedAt: new Date(Date.UTC(2026, 10, 1)).toISOString(),
        },
      ],
      snapshots: [
        {
          platform: 'x',
          postId: '1',
          capturedAt: new Date(T0 + H).toISOString(),
          metrics: { likes: exactCount(4) },
        },
      ],
    };
    await restoreBackup(db, parseBackup(JSON.stringify(backup), { now: T0, instances: [] }), {
      dryRun: false,
      now: T0,
    });
    await settle(db, st);
    expect(await storedPost(db, 'x:1')).toMatchObject({ snapshots: 3, firstSeenAt: T0 + H });
    expect((await storedPoints(db, 'x:1'))?.map((p) => p[1])).toEqual([4, 9, 12]);
  });

  it('writes derived records on its own timer through the IngestQueue, coalesced', async () => {
    const db = await tracked();
    const timers: { fn: () => void; ms: number }[] = [];
    const ingestor = new IngestQueue(
      async () => db,
      (fn, ms) => {
        timers.push({ fn, ms });
        return setTimeout(() => {}, 0);
      },
    );
    const fire = (ms: number) => {
      const i = timers.findIndex((t) => t.ms === ms);
      expect(i, `a ${ms} ms timer is waiting`).toBeGreaterThanOrEqual(0);
      timers.splice(i, 1)[0]!.fn();
    };
    const first = ingestor.submit([at(1, 5)]);
    fire(FLUSH_MS);
    await first;
    const second = ingestor.submit([at(2, 7)]);
    fire(FLUSH_MS);
    await second;
    expect(await storedPost(db, 'x:1')).toBeUndefined();
    // One derive timer for both flushes: the post's record is written once.
    expect(timers.map((t) => t.ms)).toEqual([DERIVE_MS]);
    fire(DERIVE_MS);
    await ingestor.settle(); // waits for the timer's settle, queued before it
    expect((await storedPost(db, 'x:1'))?.snapshots).toBe(2);
  });

  it('tries a failed settle again later, waiting longer each time, until the records catch up', async () => {
    const db = await tracked();
    let full = false;
    const timers: { fn: () => void; ms: number }[] = [];
    const settled: unknown[] = [];
    const queue = new IngestQueue(
      async () => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return db;
      },
      (fn, ms) => {
        timers.push({ fn, ms });
        return setTimeout(() => {}, 0);
      },
      (e) => settled.push(e),
    );
    const fire = async (ms: number) => {
      const i = timers.findIndex((t) => t.ms === ms);
      expect(i, `a ${ms} ms timer is waiting (have ${timers.map((t) => t.ms)})`).toBeGreaterThanOrEqual(0);
      timers.splice(i, 1)[0]!.fn();
      await new Promise((r) => setTimeout(r, 20));
    };
    const first = queue.submit([at(1, 5)]);
    await fire(FLUSH_MS);
    await first;
    full = true; // the disk fills before the post's records are written
    await fire(DERIVE_MS);
    expect(settled.at(-1)).toBeInstanceOf(DOMException);
    await fire(2 * DERIVE_MS);
    await fire(4 * DERIVE_MS);
    expect(await storedPost(db, 'x:1')).toBeUndefined();
    full = false; // space freed: the next try writes them, with no new reading needed
    await fire(8 * DERIVE_MS);
    expect(settled.at(-1)).toBeNull();
    expect((await storedPost(db, 'x:1'))?.snapshots).toBe(1);
    expect(timers).toEqual([]);
  });
});
