import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { accountCurves, setTracking } from '@/lib/store/accounts';
import { findPost, summaryOf } from '@/lib/store/buckets';
import { FLUSH_ROWS, IngestQueue } from '@/lib/store/ingest/queue';
import { DEDUPE_MS, MIN_GAP_MS, writeSnapshots } from '@/lib/store/ingest/write';
import { freshDb, snap, storedPoints, storedPost, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);

describe('writeSnapshots', () => {
  it('stores snapshots of tracked accounts only, and says why the others were refused', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const r = await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 }),
      snap({ postId: '2', capturedAt: T0, author: 'someoneElse', url: 'https://x.com/someoneElse/status/2' }),
    ]);
    expect(r.committed).toEqual([`1@${T0}`]);
    expect(r.rejected).toEqual([{ key: `2@${T0}`, reason: '@someoneElse is not a tracked account' }]);
    expect(await db.count('snapshots')).toBe(1);
    expect(await storedPost(db, 'x:2')).toBeUndefined();
  });

  it('skips an unchanged post within 5 minutes but records it after, and always records a change', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    await writeSnapshots(db, [snap({ postId: '1', capturedAt: T0 })]);
    const again = await writeSnapshots(db, [snap({ postId: '1', capturedAt: T0 + DEDUPE_MS - 1 })]);
    expect(again.committed).toHaveLength(1); // acknowledged, so the sender can forget it
    expect(await db.count('snapshots')).toBe(1);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 60e3, metrics: { likes: exactCount(11) } }),
    ]);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + DEDUPE_MS + 60e3, metrics: { likes: exactCount(11) } }),
    ]);
    expect(await db.count('snapshots')).toBe(3);
    const post = await storedPost(db, 'x:1');
    expect(post).toMatchObject({
      snapshots: 3,
      lastSeenAt: T0 + DEDUPE_MS + 60e3,
      latest: { likes: exactCount(11) },
    });
  });

  it('is idempotent for a resent snapshot and keeps the newest as latest when one arrives late', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const late = snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(5) } });
    const newer = snap({ postId: '1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(50) } });
    await writeSnapshots(db, [newer]);
    await writeSnapshots(db, [late]);
    await writeSnapshots(db, [late]);
    expect(await db.count('snapshots')).toBe(2);
    expect((await storedPost(db, 'x:1'))?.latest).toEqual({ likes: exactCount(50) });
  });

  it('does not store a resent older snapshot that was skipped as unchanged the first time', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const first = snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(10) } });
    const same = snap({ postId: '1', capturedAt: T0 + 60e3, metrics: { likes: exactCount(10) } });
    const later = snap({ postId: '1', capturedAt: T0 + 10 * 60e3, metrics: { likes: exactCount(20) } });
    await writeSnapshots(db, [first]);
    await writeSnapshots(db, [same]); // unchanged within 5 minutes: acknowledged, not stored
    await writeSnapshots(db, [later]);
    // The tab never heard the acknowledgement for `same` (its worker stopped) and sends it again.
    const again = await writeSnapshots(db, [same]);
    expect(again.committed).toEqual([same.key]);
    expect(await db.count('snapshots')).toBe(2);
    expect(await storedPost(db, 'x:1')).toMatchObject({ snapshots: 2, latest: { likes: exactCount(20) } });
  });

  it('stores an older snapshot that differs from the reading before it', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    await writeSnapshots(db, [snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(10) } })]);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 10 * 60e3, metrics: { likes: exactCount(20) } }),
    ]);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 60e3, metrics: { likes: exactCount(14) } }),
    ]);
    expect(await db.count('snapshots')).toBe(3);
    expect(await storedPost(db, 'x:1')).toMatchObject({ snapshots: 3, latest: { likes: exactCount(20) } });
  });

  it('keeps the most precise publication time a page gave', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const H = 3600e3;
    // "3h" read at T0, then "3h" again 20 minutes later: the same post, the first estimate kept.
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0, publishedAt: T0 - 3 * H, publishedPrecision: H / 2 }),
    ]);
    await writeSnapshots(db, [
      snap({
        postId: '1',
        capturedAt: T0 + 20 * 60e3,
        publishedAt: T0 - 3 * H + 20 * 60e3,
        publishedPrecision: H / 2,
        metrics: { likes: exactCount(30) },
      }),
    ]);
    expect(await storedPost(db, 'x:1')).toMatchObject({ publishedAt: T0 - 3 * H, publishedPrecision: H / 2 });
    // An exact time (a page with the post's own date) replaces the estimate.
    await writeSnapshots(db, [
      snap({
        postId: '1',
        capturedAt: T0 + 40 * 60e3,
        publishedAt: T0 - 3 * H - 600e3,
        metrics: { likes: exactCount(31) },
      }),
    ]);
    const post = await storedPost(db, 'x:1');
    expect(post?.publishedAt).toBe(T0 - 3 * H - 600e3);
    expect(post?.publishedPrecision).toBeUndefined();
  });

  it('stores no two snapshots of one post read in one pass, whatever their counts', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    // Two copies of one post on a page, one stale, read 1 ms apart.
    const r = await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(50) } }),
      snap({ postId: '1', capturedAt: T0 + 1, metrics: { likes: exactCount(10) } }),
    ]);
    expect(r.committed).toHaveLength(2); // both acknowledged: the sender can forget them
    expect(await db.count('snapshots')).toBe(1);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + MIN_GAP_MS, metrics: { likes: exactCount(51) } }),
    ]);
    expect(await db.count('snapshots')).toBe(2);
    expect((await storedPost(db, 'x:1'))?.latest).toEqual({ likes: exactCount(51) });
  });

  it('turns stored history into curves for scoring', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    await writeSnapshots(db, [
      snap({
        postId: '1',
        capturedAt: T0,
        metrics: { likes: exactCount(5), views: { value: 2300, min: 2250, max: 2399 } },
      }),
      snap({ postId: '1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(9) } }),
      snap({ postId: '2', capturedAt: T0, publishedAt: null }),
    ]);
    const curves = await accountCurves(db, 'x:brand');
    expect(curves).toEqual([
      {
        id: '1',
        publishedAt: Date.UTC(2026, 10, 1),
        format: undefined,
        snapshots: [
          { at: T0, metrics: { likes: 5, views: 2300 } },
          { at: T0 + 3600e3, metrics: { likes: 9 } },
        ],
      },
    ]);
  });
});

describe('idempotence, flags and summaries', () => {
  it('stores a snapshot resent after a worker restart once, and counts it once', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const s = snap({ postId: '1', capturedAt: T0 });
    await writeSnapshots(db, [s]);
    await writeSnapshots(db, [s, s]);
    expect(await db.count('snapshots')).toBe(1);
    expect((await storedPost(db, 'x:1'))?.snapshots).toBe(1);
    expect(await storedPoints(db, 'x:1')).toHaveLength(1);
  });

  it('keeps a count far below the post’s earlier peak, flagged', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    await writeSnapshots(db, [snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(400) } })]);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 3600e3, metrics: { likes: exactCount(40) } }),
    ]);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 7200e3, metrics: { likes: exactCount(390) } }),
    ]);
    const rows = await db.getAll('snapshots');
    expect(rows.map((r) => r.flags ?? [])).toEqual([[], ['drop'], []]);
  });

  it('keeps each post’s summary in step with its snapshots, in time order', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0 + 7200e3, metrics: { likes: exactCount(30) } }),
    ]);
    await writeSnapshots(db, [
      snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(10), views: exactCount(99) } }),
    ]);
    const e = await findPost(db, 'x:1');
    const s = e && summaryOf(e);
    expect(s).toMatchObject({ account: 'x:brand', id: '1', publishedAt: Date.UTC(2026, 10, 1) });
    // [at, likes, comments, shares, quotes, saves, views]
    expect(s?.points).toEqual([
      [T0, 10, null, null, null, null, 99],
      [T0 + 7200e3, 30, null, null, null, null, null],
    ]);
  });
});

describe('IngestQueue', () => {
  it('writes batches from several senders in one flush and answers each with its own keys', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    const ingestor = new IngestQueue(async () => db);
    const a = ingestor.submit([
      snap({ postId: '1', capturedAt: T0 }),
      snap({ postId: '2', capturedAt: T0, author: 'nobody' }),
    ]);
    const b = ingestor.submit([snap({ postId: '3', capturedAt: T0 })]);
    expect(await a).toEqual({
      committed: [`1@${T0}`],
      rejected: [{ key: `2@${T0}`, reason: '@nobody is not a tracked account' }],
    });
    expect(await b).toEqual({ committed: [`3@${T0}`], rejected: [] });
    expect(await db.count('snapshots')).toBe(2);
  });

  it('flushes at once when enough rows are waiting, and fails every sender of a failed flush', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, T0);
    // A timer that never fires: only a flush triggered by the row count can answer.
    const never = () => setTimeout(() => {}, 0);
    const ingestor = new IngestQueue(async () => db, never);
    const many = Array.from({ length: FLUSH_ROWS }, (_, i) =>
      snap({ postId: String(100 + i), capturedAt: T0 }),
    );
    expect((await ingestor.submit(many)).committed).toHaveLength(FLUSH_ROWS);
    const broken = new IngestQueue(async () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(broken.submit([snap({ postId: '1', capturedAt: T0 })])).rejects.toThrow('disk full');
  });
});
