// Exporting in Chromium's IndexedDB, for store.bench.ts: a store seeded with raw puts (fast), exported as
// the snapshots CSV, next to a raw paged read of the same rows, with the JS heap's peak meanwhile.
import { exportSnapshotsCsv } from '@/lib/export/stream';
import { setTracking } from '@/lib/store/accounts';
import { encodePost } from '@/lib/store/bucket-codec';
import { bucketOf } from '@/lib/store/buckets';
import { openResonanceDB } from '@/lib/store/db';
import type { PostRecord, ResonanceDB, WeekBucket } from '@/lib/store/records';
import { BRAND, snapshot, T0, time } from './store-rows';

/** `rows` snapshots of `posts` posts, with their posts' records in their week's pages, 500 posts a transaction. */
async function seedExport(db: ResonanceDB, rows: number, posts: number): Promise<void> {
  for (let p = 0; p < posts; p += 500) {
    const tx = db.transaction(['buckets', 'postBuckets', 'snapshots'], 'readwrite');
    const pages = new Map<number, WeekBucket>();
    for (let q = p; q < Math.min(p + 500, posts); q++) {
      const s0 = snapshot(q, posts);
      const post: PostRecord = {
        key: `x:${s0.postId}`,
        platform: 'x',
        id: s0.postId,
        account: 'x:brand',
        author: 'Brand',
        url: s0.url,
        publishedAt: s0.publishedAt ?? null,
        format: 'text',
        firstSeenAt: s0.capturedAt,
        lastSeenAt: s0.capturedAt,
        latest: s0.metrics,
        snapshots: rows / posts,
      };
      const [, week] = bucketOf(post);
      const page = pages.get(week) ?? { account: 'x:brand', week, posts: {} };
      page.posts[post.key] = encodePost({ post, points: [] });
      pages.set(week, page);
      void tx.objectStore('postBuckets').put({ account: 'x:brand', week }, post.key);
      for (let n = 0; n < rows / posts; n++) {
        const s = snapshot(q + n * posts, posts);
        void tx
          .objectStore('snapshots')
          .put({ post: `x:${s.postId}`, capturedAt: s.capturedAt, metrics: s.metrics });
      }
    }
    // Pages straddling two chunks of 500 posts are merged with what the chunk before stored.
    for (const page of pages.values()) {
      const before = await tx.objectStore('buckets').get(['x:brand', page.week]);
      void tx.objectStore('buckets').put({ ...page, posts: { ...before?.posts, ...page.posts } });
    }
    await tx.done;
  }
}

/** Every snapshot read in pages of 5,000 by key: what an export must at least do. */
async function rawPagedRead(db: ResonanceDB): Promise<void> {
  let range: IDBKeyRange = IDBKeyRange.lowerBound(['']);
  for (;;) {
    const page = await db.getAll('snapshots', range, 5000);
    if (page.length < 5000) break;
    const last = page[page.length - 1]!;
    range = IDBKeyRange.lowerBound([last.post, last.capturedAt], true);
  }
}

/** Seeds `rows` snapshots with raw puts (fast), then exports them, next to a raw paged read. */
export async function exportRun(rows: number, posts: number) {
  const db = await openResonanceDB(`bench-export-${Math.random()}`);
  await setTracking(db, 'x', BRAND, true, T0);
  await seedExport(db, rows, posts);
  const mem = () =>
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  let peak = 0;
  let bytes = 0;
  const parts: Blob[] = [];
  const exported = await time(() =>
    exportSnapshotsCsv(
      db,
      {},
      {
        now: Date.now(),
        sink: (chunk) => {
          bytes += chunk.length;
          parts.push(new Blob([chunk]));
          peak = Math.max(peak, mem());
        },
      },
    ),
  );
  const blob = new Blob(parts, { type: 'text/csv' });
  const read = await time(() => rawPagedRead(db));
  return {
    exported,
    read,
    peakHeapMB: peak / 2 ** 20,
    baseHeapMB: mem() / 2 ** 20,
    blobMB: blob.size / 2 ** 20,
    chars: bytes,
  };
}
