import 'fake-indexeddb/auto';
import { exactCount } from '@/lib/core/metrics';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import type { AccountName } from '@/lib/sites/site';
import { findPost } from '@/lib/store/buckets';
import { openResonanceDB } from '@/lib/store/db';
import type { ResonanceDB } from '@/lib/store/records';

let n = 0;
/** A fresh, empty database per call (fake-indexeddb keeps them in memory). */
export function freshDb() {
  return openResonanceDB(`test-${process.pid}-${++n}`);
}

/** A snapshot as the background has checked it (`authorId` is the author's folded handle on X). */
export function snap(
  over: Partial<CheckedSnapshot> & { postId: string; capturedAt: number },
): CheckedSnapshot {
  const author = over.author ?? 'Brand';
  return {
    key: `${over.postId}@${over.capturedAt}`,
    platform: 'x',
    url: `https://x.com/${author}/status/${over.postId}`,
    author,
    authorId: author.toLowerCase(),
    publishedAt: Date.UTC(2026, 10, 1),
    metrics: { likes: exactCount(10), comments: exactCount(2) },
    ...over,
  };
}

/** An X account's name, as the background checks it. */
export const xName = (handle: string): AccountName => ({ handle, id: handle.toLowerCase() });

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
  return (await db.getAll('buckets')).reduce((n, p) => n + Object.keys(p.posts).length, 0);
}

/** Runs `work` while the `nth` put into `store` (and any after it) throws as it is made; returns the error's message. */
export async function refusing(store: string, nth: number, work: () => Promise<unknown>): Promise<string> {
  const put = IDBObjectStore.prototype.put;
  let puts = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
    if (this.name === store && ++puts >= nth) throw new DOMException(`${store}: refused`, 'DataError');
    return put.apply(this, args);
  };
  try {
    await work();
    return 'not refused';
  } catch (e) {
    return (e as Error).message;
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}
