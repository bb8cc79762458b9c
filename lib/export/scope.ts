// What an export covers: the posts in scope with their accounts' handles, and, from the posts' curves,
// which metrics and sites the snapshots in range fill (a file writes no column nothing fills). Read only.

import { accountKey } from '@/lib/sites/catalog';
import { bucketPosts } from '@/lib/store/bucket-codec';
import { accountBuckets, type ReadTx } from '@/lib/store/buckets';
import { dirtyRange, readMarkers, rebuildInTx } from '@/lib/store/rebuild';
import type { AccountRecord, BucketKey, PostRecord, ResonanceDB, StoredPost } from '@/lib/store/records';
import type { ExportScope } from './columns';
import { type MetricMask, type MetricPlan, PlanBuilder, pointMask } from './metric-columns';

export const inRange = (t: number, scope: ExportScope) =>
  (scope.from === undefined || t >= scope.from) && (scope.to === undefined || t <= scope.to);

/** Buckets read per request: a whole store's curves are never in memory at once. */
const BUCKETS_PER_READ = 200;

/** Calls `each` with every stored post, record and curve, a chunk of buckets at a time. */
async function eachStoredPost(db: ResonanceDB, account: string | null, each: (e: StoredPost) => void) {
  let range: IDBKeyRange | null = account ? accountBuckets(account) : null;
  for (;;) {
    const chunk = await db.getAll('buckets', range ?? undefined, BUCKETS_PER_READ);
    for (const bucket of chunk) for (const e of bucketPosts(bucket)) each(e);
    if (chunk.length < BUCKETS_PER_READ) return;
    const last = chunk[chunk.length - 1]!;
    const from: BucketKey = [last.account, last.week];
    range = account ? IDBKeyRange.bound(from, [account, Infinity], true) : IDBKeyRange.lowerBound(from, true);
  }
}

/** Every post whose bucket lags its snapshots, as its snapshots say it is now (read only). */
async function laggingPosts(db: ResonanceDB): Promise<StoredPost[]> {
  const keys = new Set<string>();
  const facts = new Map<string, PostRecord>();
  readMarkers(await db.getAll('meta', dirtyRange()), keys, facts);
  if (!keys.size) return [];
  const tx = db.transaction(['buckets', 'postBuckets', 'snapshots']);
  return [...(await rebuildInTx(tx as unknown as ReadTx, keys, facts)).values()];
}

export interface Scoped {
  /** In key order. */
  posts: PostRecord[];
  /** The account's display handle. */
  display(p: PostRecord): string;
  accounts: Map<string, AccountRecord>;
  /** The account key when the scope is one account. */
  only: string | null;
  /** The metrics and sites the snapshots in the scope's range fill. */
  snapshotPlan: MetricPlan;
}

/** The posts in scope, keyed by post key, with their account's display handle. */
export async function postsInScope(db: ResonanceDB, scope: ExportScope): Promise<Scoped> {
  const accounts = new Map<string, AccountRecord>((await db.getAll('accounts')).map((a) => [a.key, a]));
  const only = scope.account ? accountKey(scope.account.platform, scope.account.id) : null;
  const byKey = new Map<string, PostRecord>();
  // Per post, which metrics its snapshots in range hold: a curve has a point for every stored snapshot.
  const filled = new Map<string, MetricMask | null>();
  const take = (e: StoredPost) => {
    byKey.set(e.post.key, e.post);
    let mask: MetricMask | null = null;
    for (const p of e.points) if (inRange(p[0], scope)) mask = (mask ?? 0) | pointMask(p);
    filled.set(e.post.key, mask);
  };
  await eachStoredPost(db, only, take);
  // Records still being written behind ingest (or that could not be, on a full disk) are taken from the
  // snapshots, which are the truth: an export never misses a reading that was acknowledged.
  for (const e of await laggingPosts(db)) if (!only || e.post.account === only) take(e);
  const posts = [...byKey.values()];
  posts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const plan = new PlanBuilder();
  for (const p of posts) {
    const mask = filled.get(p.key);
    if (mask !== null && mask !== undefined) plan.add(p.platform, mask);
  }
  const display = (p: PostRecord) => accounts.get(p.account)?.handle ?? p.author;
  return { posts, display, accounts, only, snapshotPlan: plan.plan() };
}
