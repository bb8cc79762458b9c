import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { accountCurves, setTracking } from '@/lib/store/accounts';
import { writeSnapshots } from '@/lib/store/ingest/write';
import { applyRetention, RETENTION_EVERY_MS, retentionIfDue } from '@/lib/store/retention/job';
import { freshDb, snap, storedPost, xName } from '@/tests/helpers/db';

const H = 3600e3;
const PUBLISHED = Date.UTC(2026, 9, 1);

describe('applyRetention', () => {
  it('thins an old post’s snapshots to log-spaced ages and keeps counter and summary in step', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), true, PUBLISHED);
    // A snapshot every 30 minutes for 4 days, counts growing.
    const batch = Array.from({ length: 4 * 48 }, (_, i) =>
      snap({
        postId: '1',
        publishedAt: PUBLISHED,
        capturedAt: PUBLISHED + (i + 1) * 0.5 * H,
        metrics: { likes: exactCount(i + 1) },
      }),
    );
    for (let i = 0; i < batch.length; i += 50) await writeSnapshots(db, batch.slice(i, i + 50));
    expect(await db.count('snapshots')).toBe(192);

    const now = PUBLISHED + 60 * 24 * H;
    const { removed } = await applyRetention(db, now);
    const left = (await db.getAll('snapshots')).map((s) => (s.capturedAt - PUBLISHED) / H);
    expect(removed).toBe(192 - left.length);
    // First, last, and the nearest to 1, 3, 6, 12, 24, 48, 72 h (targets past the last snapshot fall on it).
    expect(left).toEqual([0.5, 1, 3, 6, 12, 24, 48, 72, 96]);
    expect((await storedPost(db, 'x:1'))?.snapshots).toBe(left.length);
    const [curve] = await accountCurves(db, 'x:brand');
    expect(curve!.snapshots.map((s) => (s.at - PUBLISHED) / H)).toEqual(left);

    // A second run finds nothing more to remove.
    expect((await applyRetention(db, now)).removed).toBe(0);
  });

  it('runs at most once a day', async () => {
    const db = await freshDb();
    const now = Date.UTC(2026, 10, 20);
    expect(await retentionIfDue(db, now)).toBe(true);
    expect(await retentionIfDue(db, now + RETENTION_EVERY_MS - 1)).toBe(false);
    expect(await retentionIfDue(db, now + RETENTION_EVERY_MS)).toBe(true);
  });
});
