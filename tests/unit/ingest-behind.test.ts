// Derived records written behind ingest: acknowledged snapshots are the truth, post records and
// summaries catch up, and a stopped worker's successor (or a restore in between) never leaves them wrong.
import { describe, expect, it } from 'vitest';
import { parseBackup, restoreBackup } from '../../lib/backup';
import { IngestState, settle, writeSnapshots } from '../../lib/ingest';
import { DERIVE_MS, FLUSH_MS, Ingestor } from '../../lib/ingestor';
import { exactCount } from '../../lib/metrics';
import { accountCurves, setTracking } from '../../lib/store';
import { freshDb, snap } from '../helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const at = (n: number, likes: number) =>
  snap({ postId: '1', capturedAt: T0 + n * H, metrics: { likes: exactCount(likes) } });

async function tracked() {
  const db = await freshDb();
  await setTracking(db, 'x', 'Brand', true, T0);
  return db;
}

describe('write-behind', () => {
  it('acknowledges snapshots first and brings the post up to date when settled', async () => {
    const db = await tracked();
    const st = new IngestState();
    await writeSnapshots(db, [at(1, 5)], st);
    await writeSnapshots(db, [at(2, 9)], st);
    expect(await db.count('snapshots')).toBe(2);
    // The first sighting wrote the post's page facts; its counts lag until settled.
    expect((await db.get('posts', 'x:1'))?.snapshots).toBe(1);
    // Scoring before the settle sees the fresh curve through the overlay.
    const [fresh] = await accountCurves(db, 'x:brand', st.overlay('x:brand'));
    expect(fresh!.snapshots.map((s) => s.metrics.likes)).toEqual([5, 9]);
    expect(await settle(db, st)).toBe(1);
    expect(await db.get('posts', 'x:1')).toMatchObject({ snapshots: 2, latest: { likes: exactCount(9) } });
    expect((await db.get('summaries', 'x:1'))?.points.map((p) => p[1])).toEqual([5, 9]);
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
    expect(await db.get('posts', 'x:1')).toMatchObject({ snapshots: 3, latest: { likes: exactCount(12) } });
    expect((await db.get('summaries', 'x:1'))?.points.map((p) => p[1])).toEqual([5, 9, 12]);
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
    await restoreBackup(db, parseBackup(JSON.stringify(backup)), { dryRun: false, now: T0 });
    await settle(db, st);
    expect(await db.get('posts', 'x:1')).toMatchObject({ snapshots: 3, firstSeenAt: T0 + H });
    expect((await db.get('summaries', 'x:1'))?.points.map((p) => p[1])).toEqual([4, 9, 12]);
  });

  it('writes derived records on its own timer through the Ingestor, coalesced', async () => {
    const db = await tracked();
    const timers: { fn: () => void; ms: number }[] = [];
    const ingestor = new Ingestor(
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
    expect((await db.get('posts', 'x:1'))?.snapshots).toBe(1);
    // One derive timer for both flushes: the post's record is written once.
    expect(timers.map((t) => t.ms)).toEqual([DERIVE_MS]);
    fire(DERIVE_MS);
    await ingestor.settle(); // waits for the timer's settle, queued before it
    expect((await db.get('posts', 'x:1'))?.snapshots).toBe(2);
  });
});
