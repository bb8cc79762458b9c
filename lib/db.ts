// The IndexedDB schema and its upgrade ladder: one step per version, each tested with data the
// previous version wrote. Steps only ever add or transform; nothing a user recorded is dropped.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Metrics } from './metrics';
import type { PlatformId, PostFormat } from './platforms/types';
import { buildSummary } from './summary';

export const DB_NAME = 'resonance';
export const DB_VERSION = 2;

export interface AccountRecord {
  /** `${platform}:${folded handle}` */
  key: string;
  platform: PlatformId;
  /** Folded (lower-case, no @). */
  handle: string;
  /** As the site spells it, for display. */
  display: string;
  tracked: boolean;
  source: 'logged-in' | 'user';
  createdAt: number;
  updatedAt: number;
}

export interface PostRecord {
  /** `${platform}:${id}` */
  key: string;
  platform: PlatformId;
  id: string;
  /** Account key of the author. */
  account: string;
  author: string;
  url: string;
  publishedAt: number | null;
  format?: PostFormat;
  firstSeenAt: number;
  lastSeenAt: number;
  latest: Metrics;
  snapshots: number;
}

/** `drop`: a count fell far below the post's earlier maximum (kept, but flagged: a misread or a site glitch). */
export type SnapshotFlag = 'drop';

export interface SnapshotRecord {
  post: string;
  capturedAt: number;
  metrics: Metrics;
  flags?: SnapshotFlag[];
}

/** One point of a summary: [capturedAt, …one value per METRICS entry, null where not shown]. */
export type SummaryPoint = [number, ...(number | null)[]];

/**
 * A post's curve in compact form, one record per post, read in one index query per account: this is
 * what makes baselines fast (scoring never touches the snapshots store). Only posts with a known time.
 */
export interface SummaryRecord {
  key: string;
  account: string;
  id: string;
  publishedAt: number;
  format?: PostFormat;
  points: SummaryPoint[];
}

export interface ResonanceSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord };
  posts: { key: string; value: PostRecord; indexes: { 'by-account': string } };
  snapshots: { key: [string, number]; value: SnapshotRecord };
  summaries: { key: string; value: SummaryRecord; indexes: { 'by-account': string } };
  /** Small named values: settings, the last retention run. */
  meta: { key: string; value: unknown };
}

export type ResonanceDB = IDBPDatabase<ResonanceSchema>;
type UpgradeTx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], 'versionchange'>;

/** UPGRADES[v] moves a database from version v to v + 1, inside the upgrade transaction. */
export const UPGRADES: Array<(db: ResonanceDB, tx: UpgradeTx) => void | Promise<void>> = [
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
      const rows = await snaps.getAll(IDBKeyRange.bound([p.key, -Infinity], [p.key, Infinity]));
      await tx.objectStore('summaries').put(buildSummary(p, rows));
    }
  },
];

export function openResonanceDB(name = DB_NAME, version = DB_VERSION): Promise<ResonanceDB> {
  return openDB<ResonanceSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Steps run in order inside the one upgrade transaction; a failing step aborts it, leaving the old version intact.
      void (async () => {
        for (let v = oldVersion; v < (newVersion ?? version); v++) await UPGRADES[v]?.(db, tx);
      })().catch(() => tx.abort());
    },
    blocking(_current, _next, event) {
      // A newer Resonance wants to upgrade: step aside rather than block it.
      (event.target as IDBDatabase).close();
    },
  });
}

export const accountKey = (platform: PlatformId, handle: string) => `${platform}:${handle}`;
export const postKey = (platform: PlatformId, id: string) => `${platform}:${id}`;
