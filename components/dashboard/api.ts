import type { ExportKind, ExportScope } from '@/lib/export/columns';
import type { SiteHealth } from '@/lib/protocol/health';
import type { HistoryPost } from '@/lib/protocol/history';
import type { AccountView, RestoreSummary, StorageStatus } from '@/lib/protocol/messages';
import type { Settings } from '@/lib/protocol/settings';
import type { SiteId } from '@/lib/sites/catalog';

export type { ExportKind, ExportScope, HistoryPost, Settings };

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

/** What the dashboard needs; the real one reads IndexedDB and talks to the background, tests pass a fake. */
export interface DashboardApi {
  accounts(): Promise<AccountView[]>;
  history(account: AccountId): Promise<HistoryPost[]>;
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
  /** Validates a backup file's text and says what restoring it would add; writes nothing. */
  restorePreview(text: string): Promise<RestoreSummary>;
  /** Restores; `expected` (the preview) is reported when the background wrote it but its answer was lost. */
  restore(text: string, expected: RestoreSummary): Promise<RestoreSummary>;
  deleteAccount(platform: SiteId, handle: string): Promise<void>;
  deleteAll(): Promise<void>;
}
