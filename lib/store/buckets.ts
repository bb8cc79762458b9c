// Week buckets: the derived records of one account's posts from one week (each post's record and curve)
// live in one IndexedDB record, found through a small per-post location written once.
// Why: Chromium's IndexedDB costs tens of µs per request, much more than per byte. Measured here in
// Chromium 156: 1,000 posts written as 2,000 records (post + summary) took about 110 ms; the same data
// as 2 bucket records, about 15 ms. So ingest writes a few buckets per flush window instead of two
// records per post, and scoring reads an account in one key range.
import type { IDBPTransaction, StoreNames } from 'idb';
import { bucketPosts, decodePost, encodePost } from './bucket-codec';
import { quietPut } from './quiet-put';
import type {
  BucketKey,
  BucketLocation,
  PostRecord,
  ResonanceDB,
  ResonanceSchema,
  StoredPost,
  SummaryRecord,
  WeekBucket,
} from './records';

export const WEEK_MS = 7 * 24 * 3600e3;

/** A post with where its bucket is, and whether that location is stored yet. */
export interface Located extends StoredPost {
  bucket: BucketKey;
  indexed: boolean;
}

export type ReadTx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], IDBTransactionMode>;
export type WriteTx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], 'readwrite'>;

/** The bucket a post is first stored in: its publication week (else first sighting), so posts scrolled together share buckets. */
export function bucketOf(post: PostRecord): BucketKey {
  return [post.account, weekOf(post.publishedAt ?? post.firstSeenAt)];
}

/** The week a time falls in. Times are checked on the way in; still, a NaN key would fail every settle, so it is week 0. */
export const weekOf = (at: number) => (Number.isFinite(at) ? Math.floor(at / WEEK_MS) : 0);

/** Every bucket of one account, as one key range. */
export const accountBuckets = (account: string) =>
  IDBKeyRange.bound([account, -Infinity], [account, Infinity]);

/** A bucket's key as one string, for maps. */
export const bucketId = (k: BucketKey) => `${k[1]}|${k[0]}`;

/** The post's curve for scoring; posts without a known time have none. */
export function summaryOf(e: StoredPost): SummaryRecord | undefined {
  const p = e.post;
  if (p.publishedAt === null) return undefined;
  return {
    key: p.key,
    account: p.account,
    id: p.id,
    publishedAt: p.publishedAt,
    format: p.format,
    points: e.points,
  };
}

/**
 * Where each post's bucket is. A batch's posts are usually one account's, published near each other, so
 * their keys are close: one range read (keys and values, at most a few more than asked for) replaces a
 * read per post. When the range holds more than that, each key is read on its own.
 */
async function locate(tx: ReadTx, keys: readonly string[]): Promise<(BucketLocation | undefined)[]> {
  const store = tx.objectStore('postBuckets');
  if (keys.length >= 4) {
    const sorted = [...keys].sort();
    const range = IDBKeyRange.bound(sorted[0]!, sorted[sorted.length - 1]!);
    const limit = 2 * keys.length + 16;
    const [found, values] = await Promise.all([store.getAllKeys(range, limit), store.getAll(range, limit)]);
    if (found.length < limit) {
      const at = new Map(found.map((k, i) => [k, values[i]]));
      return keys.map((k) => at.get(k));
    }
  }
  return Promise.all(keys.map((k) => store.get(k)));
}

/** A post as its bucket stores it (bucket-codec.ts), not decoded: most of a bucket read is never looked at. */
export interface Encoded {
  raw: string;
  bucket: BucketKey;
}

/** What a read may do besides finding posts. */
export interface ReadMore {
  /** The other posts on the buckets read, as stored: a scroll usually reaches them next. */
  neighbours?: Map<string, Encoded>;
  /**
   * Buckets the posts are probably in (their publication weeks), read in the same round as the locations
   * rather than after them. A wrong guess costs one read; the bucket is still a whole one.
   */
  guesses?: Iterable<BucketKey>;
  /** Told the posts each bucket read holds, in its order ([] for a bucket that is not stored). */
  whole?: (id: string, keys: string[]) => void;
}

/**
 * Finds stored posts: every location in one round of reads (with any guessed buckets), then each bucket not
 * read yet once. Absent posts are left out.
 */
export async function readLocated(
  tx: ReadTx,
  keys: readonly string[],
  more: ReadMore = {},
): Promise<Map<string, Located>> {
  const out = new Map<string, Located>();
  if (!keys.length) return out;
  const store = tx.objectStore('buckets');
  const buckets = new Map<string, { key: BucketKey; read: Promise<WeekBucket | undefined> }>();
  const fetch = (key: BucketKey) => {
    const id = bucketId(key);
    if (!buckets.has(id)) buckets.set(id, { key, read: store.get(key) });
  };
  const locating = locate(tx, keys);
  for (const g of more.guesses ?? []) fetch(g);
  const locations = await locating;
  for (const l of locations) if (l) fetch([l.account, l.week]);
  const read = new Map<string, WeekBucket | undefined>();
  await Promise.all(
    [...buckets].map(async ([id, b]) => {
      const bucket = await b.read;
      read.set(id, bucket);
      more.whole?.(id, bucket ? Object.keys(bucket.posts) : []);
    }),
  );
  keys.forEach((key, i) => {
    const l = locations[i];
    if (!l) return;
    const raw = read.get(bucketId([l.account, l.week]))?.posts[key];
    if (raw !== undefined) out.set(key, { ...decodePost(raw), bucket: [l.account, l.week], indexed: true });
  });
  if (more.neighbours)
    for (const bucket of read.values()) {
      if (!bucket) continue;
      const at: BucketKey = [bucket.account, bucket.week];
      for (const [key, raw] of Object.entries(bucket.posts))
        if (!out.has(key)) more.neighbours.set(key, { raw, bucket: at });
    }
  return out;
}

/**
 * Writes posts into their buckets: each bucket read and put once, so the other posts on it are kept, and
 * the location of every post not yet indexed. A bucket `held` gives (its stored content, from memory) is
 * not read. Every entry given is encoded afresh; the bucket's other posts are written back as stored. Resolves with each bucket written, as it will be stored: the writes succeed or fail with the
 * transaction, which the caller awaits.
 */
export async function writeLocated(
  tx: WriteTx,
  entries: Iterable<Located>,
  held?: (id: string, key: BucketKey) => WeekBucket | undefined,
): Promise<Map<string, WeekBucket>> {
  const groups = new Map<string, Located[]>();
  for (const e of entries) {
    const id = bucketId(e.bucket);
    const g = groups.get(id);
    if (g) g.push(e);
    else groups.set(id, [e]);
  }
  const buckets = tx.objectStore('buckets');
  const locations = tx.objectStore('postBuckets');
  const written = new Map<string, WeekBucket>();
  await Promise.all(
    [...groups].map(async ([id, group]) => {
      const [account, week] = group[0]!.bucket;
      const bucket: WeekBucket = held?.(id, [account, week]) ??
        (await buckets.get([account, week])) ?? { account, week, posts: {} };
      for (const e of group) {
        bucket.posts[e.post.key] = encodePost(e);
        if (!e.indexed) quietPut(locations, { account, week }, e.post.key);
      }
      quietPut(buckets, bucket);
      written.set(id, bucket);
    }),
  );
  return written;
}

/** Every post of one account, record and curve. */
export async function accountPosts(db: ResonanceDB, account: string): Promise<StoredPost[]> {
  const buckets = await db.getAll('buckets', accountBuckets(account));
  return buckets.flatMap(bucketPosts);
}

/** One stored post, or undefined. */
export async function findPost(db: ResonanceDB, key: string): Promise<StoredPost | undefined> {
  const tx = db.transaction(['postBuckets', 'buckets']);
  return (await readLocated(tx as unknown as ReadTx, [key])).get(key);
}

/** Calls `each` with every stored post record, a bucket at a time (no bucket's curves are kept). */
export async function eachPostRecord(
  db: ResonanceDB,
  account: string | null,
  each: (p: PostRecord) => void,
): Promise<void> {
  // Read in chunks of buckets so a whole store's curves are never in memory at once.
  let range: IDBKeyRange | null = account ? accountBuckets(account) : null;
  for (;;) {
    const chunk = await db.getAll('buckets', range ?? undefined, 200);
    for (const bucket of chunk) for (const raw of Object.values(bucket.posts)) each(decodePost(raw).post);
    if (chunk.length < 200) return;
    const last = chunk[chunk.length - 1]!;
    const from: BucketKey = [last.account, last.week];
    range = account ? IDBKeyRange.bound(from, [account, Infinity], true) : IDBKeyRange.lowerBound(from, true);
  }
}
