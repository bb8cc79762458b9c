// The one message protocol. Every message is `{ type, ...payload }`; every answer is `Reply<T>`.
// Requests are grouped by who may send them, so a content script cannot even name a privileged message
// (the background also refuses them by sender: lib/background/dispatch.ts).
import type { PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import type { PostBand } from '@/lib/score/band';
import type { ScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';
import type { UnitsWire } from '@/lib/sites/shared/count/intl';
import type { WordsByKind, WordsKind } from '@/lib/sites/shared/time/words';
import type { AccountRef, PostReading, UnreadablePost } from '@/lib/sites/types';
import type { PageHealth, SiteHealth } from './health';
import type { Settings } from './settings';
import type { BackupSource } from './upload';

/** One observation of one post, as a content script sends it. `key` lets the sender match the acknowledgement. */
export interface SnapshotInput {
  key: string;
  platform: SiteId;
  postId: string;
  url: string;
  /** The author's handle as the site writes it. */
  author: string;
  publishedAt: number | null;
  /** Half the unit of a relative time the page showed ("3h": 30 minutes), in ms; absent when exact. */
  publishedPrecision?: number;
  format?: PostFormat;
  /** The post's own words (PostReading.text): plain text, at most 500 characters as read. */
  text?: string;
  capturedAt: number;
  metrics: Metrics;
}

export interface TrackingState {
  /** Ids (and their aliases) of the site's accounts whose posts are captured. */
  tracked: string[];
}

export interface AccountView {
  platform: SiteId;
  /** Its id on the site (AccountNaming.parse): how the dashboard names it. */
  id: string;
  /** As the site writes it; the interface shows it with the site's `accounts.show`. */
  handle: string;
  name?: string;
  tracked: boolean;
  source: 'logged-in' | 'user';
  posts: number;
}

export interface PagePost {
  reading: PostReading;
  score: ScoreView | null;
}

export interface PageState {
  platform: SiteId;
  url: string;
  viewer: AccountRef | null;
  pageAccount: AccountRef | null;
  /** Ids of the site's tracked accounts. */
  tracked: string[];
  health: PageHealth;
  posts: PagePost[];
  unreadable: UnreadablePost[];
  /** Snapshots read but not yet acknowledged by the background. */
  pending: number;
  lastError: string | null;
}

export interface StorageStatus {
  ok: boolean;
  error: string | null;
  at: number | null;
}

export interface RestoreSummary {
  accounts: number;
  newPosts: number;
  newSnapshots: number;
  duplicates: number;
}

/** How a restore, or its check (a dry run), is going; the worker's clock throughout. */
export interface RestoreProgress {
  kind: 'check' | 'restore';
  /** reading: the file is parsed and checked whole; chunks: posts are gone through a chunk at a time. */
  state: 'reading' | 'chunks' | 'finished' | 'cancelled' | 'failed';
  /** Snapshots gone through, of all in the file. */
  done: number;
  total: number;
  /** Added so far (a check: what would be added). */
  summary: RestoreSummary;
  startedAt: number;
  /** When the first chunk started; null before. */
  chunksAt: number | null;
  updatedAt: number;
  /** A cancel was asked for: it stops before the next chunk. */
  cancelling: boolean;
}

export interface RecordAck {
  committed: string[];
  rejected: { key: string; reason: string }[];
}

type NoPayload = Record<string, never>;

/** Content script → background: what a script running in any page may ask. */
export interface ContentRequests {
  recordSnapshots: [{ batch: SnapshotInput[] }, RecordAck];
  getTracking: [{ platform: SiteId }, TrackingState];
  /** The logged-in account: remembered, and tracked when the site's viewer is a brand's own account. */
  reportViewer: [{ platform: SiteId; account: AccountRef }, TrackingState];
  getScores: [{ platform: SiteId; postIds: string[] }, Record<string, ScoreView>];
  /** How reading this page went, for the dashboard's per-site health. */
  reportHealth: [{ platform: SiteId; url: string; health: PageHealth }, { ok: true }];
  /**
   * The count units of the page's locales and English, learned in the worker (null: no such locale); with
   * `words`, the page's locales' time words of that kind too (a site that reads written times or ages).
   */
  getUnits: [
    { locales: string[]; words?: WordsKind },
    { tag: string; units: UnitsWire | null; words?: WordsByKind[WordsKind] }[],
  ];
}

/** Resonance's own pages (popup, dashboard) → background: these change or reveal the whole history. */
export interface ExtensionPageRequests {
  setTracking: [{ platform: SiteId; handle: string; tracked: boolean }, TrackingState];
  listAccounts: [NoPayload, AccountView[]];
  getStatus: [NoPayload, StorageStatus];
  deleteAccountData: [{ platform: SiteId; handle: string }, { posts: number }];
  deleteAllData: [NoPayload, { ok: true }];
  getSettings: [NoPayload, Settings];
  saveSettings: [{ settings: Settings }, Settings];
  /** Write every post's derived records now, before reading them from the store (export, history). */
  settle: [NoPayload, { posts: number }];
  /** Restore a JSON backup (its text, or an upload of it in parts); with dryRun, only say what it would
   *  add. The worker is the one writer. */
  importBackup: [BackupSource & { dryRun: boolean }, RestoreSummary];
  /** One part of a backup file too large for one message, kept until importBackup names its upload. */
  importBackupPart: [{ upload: string; index: number; text: string }, { received: number }];
  /** How the restore (or check) under way, or the last one, is going; null when none ran in this worker. */
  getRestoreProgress: [NoPayload, RestoreProgress | null];
  /** Stops the restore (or check) under way before its next chunk: what is written stays, whole posts only. */
  cancelRestore: [NoPayload, { cancelling: boolean }];
  /** One post's curve against the posts it is compared with (the popup's details); null if not stored. */
  getPostCurve: [{ platform: SiteId; postId: string }, PostBand | null];
  /** What a stored post tries, as the user tagged it (lib/protocol/checks/tags.ts); null if not stored. */
  getPostTags: [{ platform: SiteId; postId: string }, { tags: string[] } | null];
  /** Replaces a stored post's tags (an empty list clears them); answers the tags as stored. */
  setPostTags: [{ platform: SiteId; postId: string; tags: string[] }, { tags: string[] }];
  /** Each site's last good reading and last problem. */
  getSiteHealth: [NoPayload, SiteHealth[]];
  /** Self-hosted instances (Mastodon) the user added, by host name. */
  listInstances: [NoPayload, string[]];
  /** Called once the user granted the instance's host permission: reads it from then on. */
  addInstance: [{ host: string }, string[]];
  /** Stops reading the instance; its host permission is removed by the page that asked. */
  removeInstance: [{ host: string }, string[]];
}

/** Popup or background → the content script of a tab. */
export interface ContentScriptRequests {
  getPageState: [NoPayload, PageState];
  trackingChanged: [{ platform: SiteId }, { ok: true }];
}

export type ProtocolMap = ContentRequests & ExtensionPageRequests & ContentScriptRequests;
export type MessageType = keyof ProtocolMap;
export type ContentMessage = keyof ContentRequests;
export type BackgroundMessage = keyof ContentRequests | keyof ExtensionPageRequests;

/** How a content script sends: it can only name the requests a page's script may make. */
export type ContentSend = <T extends ContentMessage>(
  type: T,
  payload: ProtocolMap[T][0],
) => Promise<ProtocolMap[T][1]>;
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Thrown by a sender when the other side answered with an error; the message says what went wrong there. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

export function unwrap<T>(reply: Reply<T> | undefined, type: string): T {
  if (!reply || typeof reply !== 'object') throw new RemoteError(`${type}: no answer`);
  if (!reply.ok) throw new RemoteError(`${type}: ${reply.error}`);
  return reply.data;
}
