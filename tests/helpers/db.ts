import 'fake-indexeddb/auto';
import { exactCount } from '@/lib/core/metrics';
import type { SnapshotInput } from '@/lib/protocol/messages';
import { findPost } from '@/lib/store/buckets';
import { openResonanceDB, type ResonanceDB } from '@/lib/store/db';

let n = 0;
/** A fresh, empty database per call (fake-indexeddb keeps them in memory). */
export function freshDb() {
  return openResonanceDB(`test-${process.pid}-${++n}`);
}

export function snap(over: Partial<SnapshotInput> & { postId: string; capturedAt: number }): SnapshotInput {
  return {
    key: `${over.postId}@${over.capturedAt}`,
    platform: 'x',
    url: `https://x.com/Brand/status/${over.postId}`,
    author: 'Brand',
    publishedAt: Date.UTC(2026, 10, 1),
    metrics: { likes: exactCount(10), comments: exactCount(2) },
    ...over,
  };
}

/** A stored post's record, as its page holds it. */
export async function storedPost(db: ResonanceDB, key: string) {
  return (await findPost(db, key))?.post;
}

/** A stored post's curve points, as its page holds them. */
export async function storedPoints(db: ResonanceDB, key: string) {
  return (await findPost(db, key))?.points;
}

/** How many posts the pages hold. */
export async function postCount(db: ResonanceDB) {
  return (await db.getAll('pages')).reduce((n, p) => n + Object.keys(p.posts).length, 0);
}
