import type { Metrics } from '@/lib/core/metrics';
import type { ExportKind, ExportScope } from '@/lib/export/columns';
import type { AccountView, StorageStatus } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { PlatformId, PostFormat } from '@/lib/sites/types';
import type { RestoreSummary } from '@/lib/store/backup';
import type { Settings } from '@/lib/store/settings';

export type { ExportKind, ExportScope, Settings };

export interface ExportResult {
  blob: Blob;
  filename: string;
  rows: number;
}

/** One post of an account's history, as the dashboard lists it. */
export interface HistoryPost {
  platform: PlatformId;
  id: string;
  url: string;
  publishedAt: number | null;
  format?: PostFormat;
  latest: Metrics;
  snapshots: number;
  score: ScoreView | null;
  /** The post's curve: interactions (likes+comments+shares+quotes+saves) by age in hours, for a sparkline. */
  curve: { ageHours: number; interactions: number; views?: number }[];
}

export interface StorageReport extends StorageStatus {
  /** Bytes used and available, from navigator.storage.estimate(), when the browser gives them. */
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** What the dashboard needs; the real one reads IndexedDB and talks to the background, tests pass a fake. */
export interface DashboardApi {
  accounts(): Promise<AccountView[]>;
  history(account: { platform: PlatformId; handle: string }): Promise<HistoryPost[]>;
  setTracking(platform: PlatformId, handle: string, tracked: boolean): Promise<void>;
  settings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  storage(): Promise<StorageReport>;
  /** Streams the export; `onProgress(done, total)` is called as rows are written. Abortable. */
  exportFile(
    kind: ExportKind,
    scope: ExportScope,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<ExportResult>;
  /** Validates a backup file's text and says what restoring it would add; writes nothing. */
  restorePreview(text: string): Promise<RestoreSummary>;
  restore(text: string): Promise<RestoreSummary>;
  deleteAccount(platform: PlatformId, handle: string): Promise<void>;
  deleteAll(): Promise<void>;
}
