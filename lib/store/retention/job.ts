// Applies retention to the store: each post's old snapshots thinned to log-spaced ages (lib/retention.ts),
// its record and curve kept in step. One post bucket per transaction, so it never holds the store for long.

import { metricsSignature } from '@/lib/core/metrics';
import { decodePost, encodePost } from '@/lib/store/bucket-codec';
import { fromSnapshots } from '@/lib/store/points';
import { bumpGeneration, postHistory } from '@/lib/store/rebuild';
import type { BucketKey, ResonanceDB } from '@/lib/store/records';
import { snapshotsToKeep } from './policy';

export const RETENTION_EVERY_MS = 24 * 3600e3;

export async function applyRetention(
  db: ResonanceDB,
  now: number,
): Promise<{ posts: number; removed: number }> {
  const bucketKeys = (await db.getAllKeys('buckets')) as BucketKey[];
  let removed = 0;
  let posts = 0;
  for (const bucketKey of bucketKeys) {
    const tx = db.transaction(['buckets', 'snapshots', 'meta'], 'readwrite');
    const bucket = await tx.objectStore('buckets').get(bucketKey);
    if (!bucket) continue;
    let changed = false;
    for (const [key, raw] of Object.entries(bucket.posts)) {
      posts++;
      const entry = decodePost(raw);
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
      bucket.posts[key] = encodePost(
        fromSnapshots(
          entry.post,
          rows.filter((r) => keep.has(r.capturedAt)),
        ),
      );
      removed += gone.length;
      changed = true;
    }
    if (changed) {
      await tx.objectStore('buckets').put(bucket);
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
