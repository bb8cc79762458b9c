// The IndexedDB schema and its upgrade ladder: one step per version, each tested with data the
// previous version wrote. Steps only ever add or transform; nothing a user recorded is dropped.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Metrics } from '@/lib/core/metrics';
import type { PlatformId, PostFormat } from '@/lib/sites/types';
import { UPGRADES, type UpgradeDb, type UpgradeTx } from './upgrades';

export const DB_NAME = 'resonance';
export const DB_VERSION = 3;

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

/** A post's curve in compact form: the input of every baseline. Only posts with a known time have one. */
export interface SummaryRecord {
  key: string;
  account: string;
  id: string;
  publishedAt: number;
  format?: PostFormat;
  points: SummaryPoint[];
}

/** One post as its page stores it: its record and its curve (every stored capture, as compact points). */
export interface PagedPost {
  post: PostRecord;
  points: SummaryPoint[];
}

/** [account key, week number since the epoch]: a page holds the posts of one account from one week. */
export type PageKey = [string, number];

/**
 * Every derived record of one account's posts from one week, in one IndexedDB record (see lib/pages.ts):
 * ingest writes a few pages per flush window instead of two records per post, and scoring reads an
 * account in one key range.
 */
export interface PostPage {
  account: string;
  week: number;
  posts: Record<string, PagedPost>;
}

/** Where a post's page is: written once, when the post is first stored. */
export interface PostLocation {
  account: string;
  week: number;
}

export interface ResonanceSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord };
  snapshots: { key: [string, number]; value: SnapshotRecord };
  pages: { key: PageKey; value: PostPage };
  postPages: { key: string; value: PostLocation; indexes: { 'by-account': string } };
  /** Small named values: settings, the last retention run, markers of derived records still to write. */
  meta: { key: string; value: unknown };
}

export type ResonanceDB = IDBPDatabase<ResonanceSchema>;

export function openResonanceDB(name = DB_NAME, version = DB_VERSION): Promise<ResonanceDB> {
  return openDB<ResonanceSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Steps run in order inside the one upgrade transaction; a failing step aborts it, leaving the old version intact.
      void (async () => {
        for (let v = oldVersion; v < (newVersion ?? version); v++)
          await UPGRADES[v]?.(db as unknown as UpgradeDb, tx as unknown as UpgradeTx);
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
