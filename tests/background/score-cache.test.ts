// The worker's held curves score exactly as scoring the whole account from the store does, through every
// kind of change: new readings written behind, settles, new posts, posts without a time, ties in time,
// a reading ahead of the clock, the user's settings, and history changed by a restore.
import { describe, expect, it } from 'vitest';
import { AccountCurves } from '@/lib/background/account-curves';
import { ScoreCache } from '@/lib/background/scores';
import { exactCount } from '@/lib/core/metrics';
import { seeded } from '@/lib/insights/random';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import { platformConfig } from '@/lib/score/config';
import { cleanCurve } from '@/lib/score/score';
import { accountCurves, setTracking } from '@/lib/store/accounts';
import { postCurve } from '@/lib/store/history';
import { FLUSH_MS, IngestQueue } from '@/lib/store/ingest/queue';
import type { ResonanceDB } from '@/lib/store/records';
import { saveSettings } from '@/lib/store/settings';
import { scoresFor } from '@/lib/store/stored-scores';
import { freshDb, snap, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 9, 1);
const H = 3600e3;

/** A world: one tracked account, the worker's queue and the cache over it. */
async function world() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, T0);
  // Flushes go at once; derived records are written only when a test settles.
  const queue = new IngestQueue(
    async () => db,
    (fn, ms) => (ms === FLUSH_MS ? setTimeout(fn, 0) : (0 as unknown as ReturnType<typeof setTimeout>)),
  );
  let now = T0;
  const cache = new ScoreCache(
    async () => db,
    queue,
    () => now,
  );
  return {
    db,
    queue,
    cache,
    at: (t: number) => {
      now = t;
    },
  };
}

/** Scores of `ids` through the cache and straight from the store (with what ingest holds), which must agree. */
async function both(w: Awaited<ReturnType<typeof world>>, ids: string[], now: number) {
  w.at(now);
  const cached = await w.cache.scoresFor('x', ids, now);
  const direct = await scoresFor(w.db as ResonanceDB, 'x', ids, now, w.queue);
  return { cached, direct };
}

/** Readings of `posts` posts at the given hour after T0, published along `published` (hours). */
function readings(r: () => number, ids: number[], published: (id: number) => number | null, hour: number) {
  return ids.map(
    (id): CheckedSnapshot =>
      snap({
        postId: String(id),
        publishedAt: published(id) === null ? null : T0 + published(id)! * H,
        capturedAt: T0 + hour * H + Math.floor(r() * 600e3),
        format: id % 3 ? 'text' : 'image',
        metrics: {
          likes: exactCount(Math.floor(r() * 50 * (hour + 1))),
          comments: exactCount(Math.floor(r() * 9 * (hour + 1))),
          views: exactCount(Math.floor(r() * 900 * (hour + 1))),
        },
      }),
  );
}

describe('the worker’s held curves', () => {
  it('score every post as the store does, through writes behind, settles and new posts', async () => {
    for (const seed of [1, 2, 3]) {
      const r = seeded(seed);
      const w = await world();
      // Ties in publication time (two posts an hour), and a post without a time.
      const published = (id: number) => (id === 7 ? null : Math.floor(id / 2));
      const ids = Array.from({ length: 40 }, (_, i) => i + 1);
      for (let hour = 6; hour < 36; hour += 3) {
        const out = ids.filter((id) => (published(id) ?? 0) <= hour);
        // Every post out so far is read first; then some at each visit.
        const some = hour === 6 ? out : out.filter(() => r() < 0.5);
        await w.queue.submit(readings(r, some, published, hour));
        if (r() < 0.4) await w.queue.settle();
        const asked = ids.map(String);
        const { cached, direct } = await both(w, asked, T0 + (hour + 2) * H);
        expect(Object.keys(cached).length).toBeGreaterThan(0);
        expect(cached).toEqual(direct);
      }
    }
  });

  it('follow the user’s settings and a reading ahead of the clock', async () => {
    const r = seeded(9);
    const w = await world();
    const published = (id: number) => id * 5;
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    await w.queue.submit(readings(r, ids, published, 70));
    await w.queue.settle();
    // Read at a time before the last readings: they are left out now, and counted once the clock passes them.
    const early = await both(w, ids.map(String), T0 + 60 * H);
    expect(early.cached).toEqual(early.direct);
    await saveSettings(w.db, { basis: 'raw', weights: 'depth' });
    const later = await both(w, ids.map(String), T0 + 80 * H);
    expect(later.cached).toEqual(later.direct);
    expect(later.cached['3']).toMatchObject({ basis: 'raw counts' });
    expect(later.cached).not.toEqual(early.cached);
  });

  it('are read again when history changes by other means than ingest (a deletion through the queue)', async () => {
    const r = seeded(4);
    const w = await world();
    const published = (id: number) => id;
    const ids = Array.from({ length: 10 }, (_, i) => i + 1);
    await w.queue.submit(readings(r, ids, published, 30));
    await w.queue.settle();
    const before = await both(w, ['1'], T0 + 40 * H);
    expect(before.cached['1']).toBeDefined();
    await w.queue.exclusive(async (db) => {
      const tx = db.transaction('buckets', 'readwrite');
      await tx.store.clear();
      await tx.done;
    });
    const after = await both(w, ['1'], T0 + 40 * H);
    expect(after.cached).toEqual({});
    expect(after.direct).toEqual({});
  });

  it('know which account holds a post once the account is read, without asking the store', async () => {
    const r = seeded(8);
    const w = await world();
    const ids = Array.from({ length: 20 }, (_, i) => String(i + 1));
    await w.queue.submit(readings(r, ids.map(Number), (id) => id, 30));
    await w.queue.settle();
    // A restarted worker: its ingest holds no post, so the first request finds each post's account stored.
    const restarted = new ScoreCache(
      async () => w.db,
      new IngestQueue(async () => w.db),
      () => T0 + 40 * H,
    );
    const first = await restarted.scoresFor('x', ids, T0 + 40 * H);
    expect(Object.keys(first)).toHaveLength(20);
    // The posts' locations gone behind the worker's back: only memory can still place them.
    await w.db.clear('postBuckets');
    expect(await restarted.scoresFor('x', ids, T0 + 40 * H)).toEqual(first);
  });

  it('hold the curves accountCurves reads, cleaned, in its order, as buckets are written', async () => {
    const r = seeded(5);
    const w = await world();
    const aSat = platformConfig('x').aSatH;
    const held = new AccountCurves(aSat);
    w.queue.watch((written) => {
      for (const b of written?.values() ?? []) held.put(b, T0 + 100 * H);
    });
    // Many posts an hour apart, three at each hour (ties), so the order within a bucket is what breaks ties.
    const published = (id: number) => Math.floor(id / 3);
    const ids = Array.from({ length: 60 }, (_, i) => i + 1);
    for (let hour = 24; hour < 60; hour += 12) {
      await w.queue.submit(
        readings(
          r,
          ids.filter(() => r() < 0.7),
          published,
          hour,
        ),
      );
      if (hour > 24) await w.queue.settle();
      const now = T0 + 100 * H;
      const fromStore = await accountCurves(w.db, 'x:brand', w.queue.overlay('x:brand'));
      const mine = held.curves(w.queue.lagging('x:brand'), now)!;
      expect(mine.map((c) => c.id)).toEqual(fromStore.map((c) => c.id));
      expect(mine).toEqual(fromStore.map((c) => cleanCurve(c, now, aSat)));
    }
  });

  it('draw a post’s curve against the usual as the store does', async () => {
    const r = seeded(6);
    const w = await world();
    const published = (id: number) => id * 2;
    const ids = Array.from({ length: 30 }, (_, i) => i + 1);
    for (const hour of [30, 45, 70]) {
      await w.queue.submit(readings(r, ids, published, hour));
      await w.queue.settle();
    }
    const now = T0 + 90 * H;
    w.at(now);
    for (const id of ['2', '17', '30', '404']) {
      const mine = await w.cache.postCurve('x', id, now);
      expect(mine).toEqual(await postCurve(w.db, 'x', id, now));
      if (id !== '404') expect(mine?.band.length).toBeGreaterThan(0);
    }
  });
});
