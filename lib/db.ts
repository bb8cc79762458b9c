// The IndexedDB schema and its upgrade ladder: one step per version, each tested with data the
// previous version wrote. Steps only ever add or transform; nothing a user recorded is dropped.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Metrics } from './metrics';
import type { PlatformId, PostFormat } from './platforms/types';

export const DB_NAME = 'resonance';
export const DB_VERSION = 1;

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

export interface SnapshotRecord {
  post: string;
  capturedAt: number;
  metrics: Metrics;
}

export interface ResonanceSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord };
  posts: { key: string; value: PostRecord; indexes: { 'by-account': string } };
  snapshots: { key: [string, number]; value: SnapshotRecord };
}

export type ResonanceDB = IDBPDatabase<ResonanceSchema>;
type UpgradeTx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], 'versionchange'>;

/** UPGRADES[v] moves a database from version v to v + 1. */
export const UPGRADES: Array<(db: ResonanceDB, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('accounts', { keyPath: 'key' });
    const posts = db.createObjectStore('posts', { keyPath: 'key' });
    posts.createIndex('by-account', 'account');
    // Keyed by [post, capturedAt] so one post's history is one contiguous key range.
    db.createObjectStore('snapshots', { keyPath: ['post', 'capturedAt'] });
  },
];

export function openResonanceDB(name = DB_NAME, version = DB_VERSION): Promise<ResonanceDB> {
  return openDB<ResonanceSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]?.(db, tx);
    },
  });
}

export const accountKey = (platform: PlatformId, handle: string) => `${platform}:${handle}`;
export const postKey = (platform: PlatformId, id: string) => `${platform}:${id}`;
