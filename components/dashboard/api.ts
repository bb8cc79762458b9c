import type { ExportKind, ExportScope } from '@/lib/export/columns';
import type { SiteHealth } from '@/lib/protocol/health';
import type { HistoryPage, HistoryPost, HistoryQuery } from '@/lib/protocol/history';
import type { AccountView, RestoreProgress, RestoreSummary, StorageStatus } from '@/lib/protocol/messages';
import type { RestoreOutcome } from '@/lib/protocol/restore';
import type { Settings } from '@/lib/protocol/settings';
import type { SiteId } from '@/lib/sites/catalog';

export type {
  ExportKind,
  ExportScope,
  HistoryPage,
  HistoryPost,
  HistoryQuery,
  RestoreOutcome,
  RestoreProgress,
  Settings,
};

export interface ExportResult {
  blob: Blob;
  filename: string;
  rows: number;
}

export interface StorageReport extends StorageStatus {
  /** Bytes used and available, from navigator.storage.estimate(), when the browser gives them. */
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** An account as the dashboard names it: its site and its id there. */
export interface AccountId {
  platform: SiteId;
  id: string;
}

/** One account's history, page by page: the first pages by date come at once, the rest once it is read whole. */
export interface HistorySource {
  page(q: HistoryQuery): Promise<HistoryPage>;
  /** Resolves once every post is read and scored, so every sort and filter is answered in full. */
  ready: Promise<void>;
  /** The history is no longer shown: what was read of it is let go. */
  close(): void;
}

/** Told how a restore or its check is going; a signal that stops it between two chunks. */
export interface RestoreWatch {
  onProgress: (p: RestoreProgress) => void;
  signal: AbortSignal;
}

/** What the dashboard needs; the real one reads IndexedDB and talks to the background, tests pass a fake. */
export interface DashboardApi {
  accounts(): Promise<AccountView[]>;
  history(account: AccountId): HistorySource;
  setTracking(platform: SiteId, handle: string, tracked: boolean): Promise<void>;
  settings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  storage(): Promise<StorageReport>;
  /** Each site's last good reading and last problem. */
  siteHealth(): Promise<SiteHealth[]>;
  /** Self-hosted (Mastodon) instances being read. */
  instances(): Promise<string[]>;
  /** Asks the browser for permission to read `host` (on the user's click), then reads it. False if declined. */
  addInstance(host: string): Promise<boolean>;
  removeInstance(host: string): Promise<void>;
  /** Streams the export; `onProgress(done, total)` is called as rows are written. Abortable. */
  exportFile(
    kind: ExportKind,
    scope: ExportScope,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<ExportResult>;
  /** Checks a backup file's text and says what restoring it would add; writes nothing. Stoppable. */
  restorePreview(text: string, watch: RestoreWatch): Promise<RestoreSummary>;
  /**
   * Restores; `expected` (the preview) is reported when the background wrote it but its answer was lost.
   * Cancelled, it stops between two chunks: the outcome says what was restored, whole posts only.
   */
  restore(text: string, expected: RestoreSummary, watch: RestoreWatch): Promise<RestoreOutcome>;
  deleteAccount(platform: SiteId, handle: string): Promise<void>;
  deleteAll(): Promise<void>;
}
