// Applies retention to the store: each post's old snapshots thinned to log-spaced ages (lib/retention.ts),
// its counter and summary kept in step. Runs in small transactions so it never holds the store for long.
import type { PostRecord, ResonanceDB } from './db';
import { bumpGeneration } from './derive';
import { metricsSignature } from './metrics';
import { snapshotsToKeep } from './retention';
import { buildSummary } from './summary';

export const RETENTION_EVERY_MS = 24 * 3600e3;
const POSTS_PER_TX = 100;

export async function applyRetention(
  db: ResonanceDB,
  now: number,
): Promise<{ posts: number; removed: number }> {
  const keys = await db.getAllKeys('posts');
  let removed = 0;
  for (let i = 0; i < keys.length; i += POSTS_PER_TX) {
    const tx = db.transaction(['posts', 'snapshots', 'summaries', 'meta'], 'readwrite');
    await bumpGeneration(tx.objectStore('meta'));
    for (const key of keys.slice(i, i + POSTS_PER_TX)) {
      const post = await tx.objectStore('posts').get(key);
      if (!post) continue;
      const range = IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
      const rows = await tx.objectStore('snapshots').getAll(range);
      const sigs = rows.map((r) => metricsSignature(r.metrics));
      const keep = snapshotsToKeep(
        post.publishedAt,
        rows.map((r) => r.capturedAt),
        sigs.map((s, j) => j === 0 || s !== sigs[j - 1]),
        now,
      );
      const gone = rows.filter((r) => !keep.has(r.capturedAt));
      if (!gone.length) continue;
      for (const r of gone) await tx.objectStore('snapshots').delete([key, r.capturedAt]);
      const kept = rows.filter((r) => keep.has(r.capturedAt));
      const updated: PostRecord = { ...post, snapshots: kept.length };
      await tx.objectStore('posts').put(updated);
      if (post.publishedAt !== null) await tx.objectStore('summaries').put(buildSummary(updated, kept));
      removed += gone.length;
    }
    await tx.done;
  }
  await db.put('meta', now, 'retentionAt');
  return { posts: keys.length, removed };
}

/** Runs retention when the last run is older than a day. */
export async function retentionIfDue(db: ResonanceDB, now: number): Promise<boolean> {
  const last = await db.get('meta', 'retentionAt');
  if (typeof last === 'number' && now - last < RETENTION_EVERY_MS) return false;
  await applyRetention(db, now);
  return true;
}
