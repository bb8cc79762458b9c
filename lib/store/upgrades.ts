// The upgrade ladder: UPGRADES[v] moves a database from version v to v + 1 inside the upgrade
// transaction. Each step is tested with data the version before it wrote (tests/store/upgrades.test.ts);
// steps only add or transform, and nothing a user recorded is dropped.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { encodePost } from './bucket-codec';
import { bucketOf } from './buckets';
import { buildSummary, fromSnapshots } from './points';
import { dirtyRange, postHistory } from './rebuild';
import type {
  AccountRecord,
  BucketLocation,
  PostRecord,
  SnapshotRecord,
  StoredPost,
  SummaryRecord,
  WeekBucket,
} from './records';

/** Every store any version has had, so each step is typed against what it actually finds. */
interface AnyVersionSchema extends DBSchema {
  /** v1–v3 wrote `handle` (folded) and `display`; v4 `id` and `handle`, with aliases. */
  accounts: { key: string; value: AccountRecord | AccountV1 };
  /** v1–v2: one record per post. v3 keeps them in pages. */
  posts: { key: string; value: PostRecord; indexes: { 'by-account': string } };
  snapshots: { key: [string, number]; value: SnapshotRecord };
  /** v2 only: one curve per post. */
  summaries: { key: string; value: SummaryRecord; indexes: { 'by-account': string } };
  meta: { key: string; value: unknown };
  /** v3 only: renamed `buckets` and `postBuckets` in v4. */
  pages: { key: [string, number]; value: BucketV3 };
  postPages: { key: string; value: BucketLocation; indexes: { 'by-account': string } };
  /** v4 holds posts as objects; v5 and v6 as strings (v5 JSON objects, v6 arrays). */
  buckets: { key: [string, number]; value: BucketV3 | WeekBucket };
  postBuckets: { key: string; value: BucketLocation; indexes: { 'by-account': string } };
}

/** An account as versions 1–3 wrote it. */
export interface AccountV1 {
  key: string;
  platform: AccountRecord['platform'];
  handle: string;
  display: string;
  tracked: boolean;
  source: AccountRecord['source'];
  createdAt: number;
  updatedAt: number;
}

/** A bucket as versions 3 and 4 wrote it: each post as an object. */
export interface BucketV3 {
  account: string;
  week: number;
  posts: Record<string, StoredPost>;
}

/** A post as version 5 kept it in its bucket: its StoredPost as a JSON object. */
export const encodeV5 = (e: StoredPost): string => JSON.stringify({ post: e.post, points: e.points });

export type UpgradeDb = IDBPDatabase<AnyVersionSchema>;
export type UpgradeTx = IDBPTransaction<AnyVersionSchema, StoreNames<AnyVersionSchema>[], 'versionchange'>;

export const UPGRADES: Array<(db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>> = [
  (db) => {
    db.createObjectStore('accounts', { keyPath: 'key' });
    const posts = db.createObjectStore('posts', { keyPath: 'key' });
    posts.createIndex('by-account', 'account');
    // Keyed by [post, capturedAt] so one post's history is one contiguous key range.
    db.createObjectStore('snapshots', { keyPath: ['post', 'capturedAt'] });
  },
  // v2: per-post summaries for fast baselines, and a meta store. Summaries are built from the history
  // version 1 recorded, so scores are unchanged by the upgrade.
  async (db, tx) => {
    const summaries = db.createObjectStore('summaries', { keyPath: 'key' });
    summaries.createIndex('by-account', 'account');
    db.createObjectStore('meta');
    const snaps = tx.objectStore('snapshots');
    for (let c = await tx.objectStore('posts').openCursor(); c; c = await c.continue()) {
      const p = c.value;
      if (p.publishedAt === null) continue;
      await tx.objectStore('summaries').put(buildSummary(p, await snaps.getAll(postHistory(p.key))));
    }
  },
  // v3: posts and summaries move into weekly pages per account (lib/store/buckets.ts). Every post is rebuilt
  // from its snapshots on the way, so whatever version 2 had not yet brought up to date is current.
  async (db, tx) => {
    db.createObjectStore('pages', { keyPath: ['account', 'week'] });
    db.createObjectStore('postPages').createIndex('by-account', 'account');
    const snaps = tx.objectStore('snapshots');
    const pages = new Map<string, BucketV3>();
    for (let c = await tx.objectStore('posts').openCursor(); c; c = await c.continue()) {
      const entry = fromSnapshots(c.value, await snaps.getAll(postHistory(c.value.key)));
      const [account, week] = bucketOf(entry.post);
      const id = `${week}|${account}`;
      const page = pages.get(id) ?? { account, week, posts: {} };
      page.posts[entry.post.key] = entry;
      pages.set(id, page);
    }
    for (const page of pages.values()) {
      await tx.objectStore('pages').put(page);
      for (const key of Object.keys(page.posts))
        await tx.objectStore('postPages').put({ account: page.account, week: page.week }, key);
    }
    db.deleteObjectStore('summaries');
    db.deleteObjectStore('posts');
    // Version 2's markers named posts whose records lagged; every post was just rebuilt.
    await tx.objectStore('meta').delete(dirtyRange());
  },
  // v4: the weekly pages are called buckets (a "page" is a web page), and accounts get the shape every
  // site needs: the id records are keyed by, the handle as the site writes it, and aliases. Keys are
  // unchanged: an account's key was already its site and folded handle, which is its id.
  async (_db, tx) => {
    tx.objectStore('pages').name = 'buckets';
    tx.objectStore('postPages').name = 'postBuckets';
    const accounts = tx.objectStore('accounts');
    for (let c = await accounts.openCursor(); c; c = await c.continue()) {
      const old = c.value as AccountV1;
      const next: AccountRecord = {
        key: old.key,
        platform: old.platform,
        id: old.handle,
        handle: old.display,
        aliases: [],
        tracked: old.tracked,
        source: old.source,
        createdAt: old.createdAt,
        updatedAt: old.updatedAt,
      };
      await c.update(next);
    }
  },
  // v5: each post in a bucket is kept as its JSON (lib/store/bucket-codec.ts says why); nothing else changes.
  async (_db, tx) => {
    const buckets = tx.objectStore('buckets');
    for (let c = await buckets.openCursor(); c; c = await c.continue()) {
      const old = c.value as BucketV3;
      const posts: Record<string, string> = {};
      for (const [key, e] of Object.entries(old.posts)) posts[key] = encodeV5(e);
      await c.update({ account: old.account, week: old.week, posts });
    }
  },
  // v6: each post's JSON is an array, exact counts as plain numbers (lib/store/bucket-codec.ts says why).
  // A bucket is rewritten in the order it had, so scoring reads its posts as before. Measured in Chromium
  // 156: 10,000 posts in 61 buckets took 110–185 ms, once.
  async (_db, tx) => {
    const buckets = tx.objectStore('buckets');
    for (let c = await buckets.openCursor(); c; c = await c.continue()) {
      const old = c.value as WeekBucket;
      const posts: Record<string, string> = {};
      for (const [key, raw] of Object.entries(old.posts))
        posts[key] = encodePost(JSON.parse(raw) as StoredPost);
      await c.update({ account: old.account, week: old.week, posts });
    }
  },
];
