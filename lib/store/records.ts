// The records the store holds, as every version-5 store writes them. Types only, and the one key
// helper, so the schema's users and its upgrade ladder share them without importing each other.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import type { SiteId } from '@/lib/sites/catalog';

export interface AccountRecord {
  /** `${platform}:${id}` (lib/sites/catalog.ts accountKey). */
  key: string;
  platform: SiteId;
  /** The account's id on its site: folded as the site compares names (AccountNaming.parse). */
  id: string;
  /** As the site writes it, for display. */
  handle: string;
  /** The display name, when a page showed one. */
  name?: string;
  /** Ids of other names of the same account (a YouTube channel id beside its @handle, a Bluesky DID). */
  aliases: string[];
  tracked: boolean;
  source: 'logged-in' | 'user';
  createdAt: number;
  updatedAt: number;
}

export interface PostRecord {
  /** `${platform}:${id}` */
  key: string;
  platform: SiteId;
  id: string;
  /** Account key of the author. */
  account: string;
  author: string;
  url: string;
  publishedAt: number | null;
  /** How far off publishedAt may be (a relative time such as "3h"), in ms; absent when exact. */
  publishedPrecision?: number;
  format?: PostFormat;
  /** The post's text, when the page showed it (searched in the dashboard). */
  text?: string;
  /** What the post tries (`question hook`), set by the user for the insights' experiments; written by the worker only. */
  tags?: string[];
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

/** One post as its bucket stores it: its record and its curve (every stored capture, as compact points). */
export interface StoredPost {
  post: PostRecord;
  points: SummaryPoint[];
}

/** [account key, week number since the epoch]: a bucket holds the posts of one account from one week. */
export type BucketKey = [string, number];

/**
 * Every derived record of one account's posts from one week, in one IndexedDB record (see lib/store/buckets.ts):
 * ingest writes a few buckets per flush window instead of two records per post, and scoring reads an
 * account in one key range. Since version 5 each post is kept as a string of JSON, since version 6 a
 * compact JSON array (lib/store/bucket-codec.ts): a bucket of strings is read and written without
 * building or walking thousands of objects, and ingest decodes only the posts a scroll reaches, and
 * writes the others back as read.
 */
export interface WeekBucket {
  account: string;
  week: number;
  /** Each post's StoredPost, encoded by bucket-codec.ts, by post key. */
  posts: Record<string, string>;
}

/** Where a post's bucket is: written once, when the post is first stored. */
export interface BucketLocation {
  account: string;
  week: number;
}

export interface ResonanceSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord };
  snapshots: { key: [string, number]; value: SnapshotRecord };
  buckets: { key: BucketKey; value: WeekBucket };
  postBuckets: { key: string; value: BucketLocation; indexes: { 'by-account': string } };
  /** Small named values: settings, the last retention run, markers of derived records still to write. */
  meta: { key: string; value: unknown };
}

export type ResonanceDB = IDBPDatabase<ResonanceSchema>;

export const postKey = (platform: SiteId, id: string) => `${platform}:${id}`;
