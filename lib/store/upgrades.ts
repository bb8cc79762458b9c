// The upgrade ladder: UPGRADES[v] moves a database from version v to v + 1 inside the upgrade
// transaction. Each step is tested with data the version before it wrote (tests/unit/db-upgrade.test.ts);
// steps only add or transform, and nothing a user recorded is dropped.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { pageOf } from './buckets';
import type { AccountRecord, PostLocation, PostPage, PostRecord, SnapshotRecord, SummaryRecord } from './db';
import { buildSummary, fromSnapshots } from './points';
import { dirtyRange, postHistory } from './rebuild';

/** Every store any version has had, so each step is typed against what it actually finds. */
interface AnyVersionSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord };
  /** v1–v2: one record per post. v3 keeps them in pages. */
  posts: { key: string; value: PostRecord; indexes: { 'by-account': string } };
  snapshots: { key: [string, number]; value: SnapshotRecord };
  /** v2 only: one curve per post. */
  summaries: { key: string; value: SummaryRecord; indexes: { 'by-account': string } };
  meta: { key: string; value: unknown };
  pages: { key: [string, number]; value: PostPage };
  postPages: { key: string; value: PostLocation; indexes: { 'by-account': string } };
}

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
  // v3: posts and summaries move into weekly pages per account (lib/pages.ts). Every post is rebuilt
  // from its snapshots on the way, so whatever version 2 had not yet brought up to date is current.
  async (db, tx) => {
    db.createObjectStore('pages', { keyPath: ['account', 'week'] });
    db.createObjectStore('postPages').createIndex('by-account', 'account');
    const snaps = tx.objectStore('snapshots');
    const pages = new Map<string, PostPage>();
    for (let c = await tx.objectStore('posts').openCursor(); c; c = await c.continue()) {
      const entry = fromSnapshots(c.value, await snaps.getAll(postHistory(c.value.key)));
      const [account, week] = pageOf(entry.post);
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
];
