// The export's walk through the snapshots: every row in key order, once, whatever the posts' counts say
// (short, long, rows of no listed post), with the next spans read while one is written, and a cancel.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { eachSnapshotBatch } from '@/lib/export/snapshot-walk';
import type { PostRecord, ResonanceDB, SnapshotRecord } from '@/lib/store/records';
import { freshDb } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1);

/** A post record as the walk reads it: its key and how many rows it says it has. */
const post = (key: string, snapshots: number) => ({ key, snapshots }) as PostRecord;

async function stored(rows: Record<string, number>): Promise<ResonanceDB> {
  const db = await freshDb();
  const tx = db.transaction('snapshots', 'readwrite');
  for (const [key, n] of Object.entries(rows))
    for (let i = 0; i < n; i++)
      void tx.store.put({ post: key, capturedAt: T0 + i * 60_000, metrics: { likes: exactCount(i) } });
  await tx.done;
  return db;
}

async function walked(db: ResonanceDB, posts: PostRecord[], whole: boolean, batch: number) {
  const out: SnapshotRecord[] = [];
  await eachSnapshotBatch(db, posts, whole, (rows) => out.push(...rows), undefined, batch);
  return out.map((s) => `${s.post}@${s.capturedAt}`);
}

const keyOf = (s: SnapshotRecord) => `${s.post}@${s.capturedAt}`;

describe('the export’s walk through the snapshots', () => {
  it('gives every row once, in key order, whatever the posts’ counts say', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.stringMatching(/^x:[0-9a-f]{1,4}$/),
          fc.record({ rows: fc.nat(12), said: fc.nat(12), listed: fc.boolean() }),
          { maxKeys: 12 },
        ),
        fc.integer({ min: 1, max: 6 }),
        async (spec, batch) => {
          const db = await stored(Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, v.rows])));
          const posts = Object.entries(spec)
            .filter(([, v]) => v.listed)
            .map(([k, v]) => post(k, v.said))
            .sort((a, b) => (a.key < b.key ? -1 : 1));
          const all = (await db.getAll('snapshots')).map(keyOf);
          expect(await walked(db, posts, true, batch)).toEqual(all);
          // One post at a time: exactly the listed posts' rows.
          const listed = new Set(posts.map((p) => p.key));
          expect(await walked(db, posts, false, batch)).toEqual(
            all.filter((k) => listed.has(k.split('@')[0]!)),
          );
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('has the next two spans asked for while it hands one over', async () => {
    const db = await stored({ 'x:1': 4, 'x:2': 4, 'x:3': 4, 'x:4': 4 });
    const posts = ['x:1', 'x:2', 'x:3', 'x:4'].map((k) => post(k, 4));
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const askedBefore: number[] = [];
    try {
      await eachSnapshotBatch(
        db,
        posts,
        true,
        () => askedBefore.push(getAll.mock.calls.length),
        undefined,
        4,
      );
    } finally {
      getAll.mockRestore();
    }
    // Four spans of 4 rows: when the first is handed over the next two are being read, then one more.
    expect(askedBefore).toEqual([3, 4, 4, 4]);
  });

  it('stops when cancelled: nothing more is handed over', async () => {
    const db = await stored({ 'x:1': 4, 'x:2': 4, 'x:3': 4, 'x:4': 4 });
    const posts = ['x:1', 'x:2', 'x:3', 'x:4'].map((k) => post(k, 4));
    const stop = new AbortController();
    let handed = 0;
    const walk = eachSnapshotBatch(
      db,
      posts,
      true,
      () => {
        handed++;
        stop.abort();
      },
      stop.signal,
      4,
    );
    await expect(walk).rejects.toThrow('Export cancelled');
    expect(handed).toBe(1);
  });
});
