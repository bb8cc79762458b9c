import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import type { AccountName } from '@/lib/sites/site';
import { accountPosts, findPost, type ReadTx } from '@/lib/store/buckets';
import { openResonanceDB } from '@/lib/store/db';
import { rebuildInTx } from '@/lib/store/rebuild';
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

/** Runs `work`, counting the requests `method` (a read: get, getAll…) makes of the object store `store`. */
export async function countReads(
  method: 'get' | 'getAll' | 'getAllKeys',
  store: string,
  work: () => Promise<unknown>,
): Promise<number> {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const read = proto[method]!;
  let reads = 0;
  proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
    if (this.name === store) reads++;
    return read.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto[method] = read;
  }
  return reads;
}

/** Every stored post of `account`, record and points, is what its snapshots alone say (the truth). */
export async function expectStoredTrue(db: ResonanceDB, account = 'x:brand'): Promise<void> {
  const stored = await accountPosts(db, account);
  const tx = db.transaction(['buckets', 'postBuckets', 'snapshots']);
  const truth = await rebuildInTx(
    tx as unknown as ReadTx,
    stored.map((e) => e.post.key),
  );
  expect(stored.length).toBe(truth.size);
  for (const e of stored) {
    expect(e.post).toEqual(truth.get(e.post.key)!.post);
    expect(e.points).toEqual(truth.get(e.post.key)!.points);
  }
}
