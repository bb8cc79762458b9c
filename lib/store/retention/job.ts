// Applies retention to the store: each post's old snapshots thinned to log-spaced ages (lib/retention.ts),
// its record and curve kept in step. One post page per transaction, so it never holds the store for long.

import { metricsSignature } from '@/lib/core/metrics';
import type { PageKey, ResonanceDB } from '@/lib/store/db';
import { fromSnapshots } from '@/lib/store/points';
import { bumpGeneration, postHistory } from '@/lib/store/rebuild';
import { snapshotsToKeep } from './policy';

export const RETENTION_EVERY_MS = 24 * 3600e3;

export async function applyRetention(
  db: ResonanceDB,
  now: number,
): Promise<{ posts: number; removed: number }> {
  const pageKeys = (await db.getAllKeys('pages')) as PageKey[];
  let removed = 0;
  let posts = 0;
  for (const pageKey of pageKeys) {
    const tx = db.transaction(['pages', 'snapshots', 'meta'], 'readwrite');
    const page = await tx.objectStore('pages').get(pageKey);
    if (!page) continue;
    let changed = false;
    for (const [key, entry] of Object.entries(page.posts)) {
      posts++;
      const rows = await tx.objectStore('snapshots').getAll(postHistory(key));
      const sigs = rows.map((r) => metricsSignature(r.metrics));
      const keep = snapshotsToKeep(
        entry.post.publishedAt,
        rows.map((r) => r.capturedAt),
        sigs.map((s, j) => j === 0 || s !== sigs[j - 1]),
        now,
      );
      const gone = rows.filter((r) => !keep.has(r.capturedAt));
      if (!gone.length) continue;
      for (const r of gone) await tx.objectStore('snapshots').delete([key, r.capturedAt]);
      page.posts[key] = fromSnapshots(
        entry.post,
        rows.filter((r) => keep.has(r.capturedAt)),
      );
      removed += gone.length;
      changed = true;
    }
    if (changed) {
      await tx.objectStore('pages').put(page);
      await bumpGeneration(tx.objectStore('meta'));
    }
    await tx.done;
  }
  await db.put('meta', now, 'retentionAt');
  return { posts, removed };
}

/** Runs retention when the last run is older than a day. */
export async function retentionIfDue(db: ResonanceDB, now: number): Promise<boolean> {
  const last = await db.get('meta', 'retentionAt');
  if (typeof last === 'number' && now - last < RETENTION_EVERY_MS) return false;
  await applyRetention(db, now);
  return true;
}
