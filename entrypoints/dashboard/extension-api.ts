// The dashboard's real API. Every write goes through the background (the one writer); reads and
// exports come straight from IndexedDB in the page (the history in its own worker, ./history-worker.ts),
// because a service worker can't build download URLs and a page can stream a million rows.
import { browser } from 'wxt/browser';
import type { DashboardApi, ExportResult, RestoreWatch } from '@/components/dashboard/api';
import type { InsightsApi } from '@/components/dashboard/insight-types';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import { exportFilename } from '@/lib/export/columns';
import { EXPORTERS } from '@/lib/export/stream';
import { sendFromPage as send } from '@/lib/protocol/client';
import { previewWatched, restoreWatched, type Watching } from '@/lib/protocol/restore';
import { backupSource } from '@/lib/protocol/upload';
import { openForReading } from '@/lib/store/db';
import type { ResonanceDB } from '@/lib/store/records';
import { historySource } from './history-client';
import { insightsApi } from './insights-client';

let db: Promise<ResonanceDB> | null = null;
/** The store, opened once for reading (the worker alone upgrades it). */
function opened(): Promise<ResonanceDB> {
  db ??= openForReading().catch((e) => {
    db = null;
    throw e;
  });
  return db;
}

/** Asks the service worker to bring derived records up to date (it opens and upgrades the store), then reads. */
async function reader(): Promise<ResonanceDB> {
  // On a failure (a full disk) the reads go on: lagging posts are read from their snapshots, and the
  // storage banner says what happened.
  await settle();
  return opened();
}
const settle = () => send('settle', {}).catch(() => {});

const origin = (host: string) => `https://${host}/*`;

/** Asks the service worker how the restore goes, four times a second, until it ends. */
const watching = (w: RestoreWatch): Watching => ({
  progress: () => send('getRestoreProgress', {}),
  cancel: () => send('cancelRestore', {}),
  onProgress: w.onProgress,
  signal: w.signal,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  since: Date.now(),
});
/** A file larger than one message can carry goes to the worker in parts first (lib/protocol/upload.ts). */
const importBackup = async ({ text, dryRun }: { text: string; dryRun: boolean }) => {
  const source = await backupSource(text, (part) => send('importBackupPart', part));
  return send('importBackup', { ...source, dryRun });
};

export const dashboardApi: DashboardApi = {
  accounts: () => send('listAccounts', {}),
  // Read and scored in a worker: the first pages by date at once, every sort once the account is read.
  history: (account) => historySource(account, settle, opened),
  async setTracking(platform, handle, tracked) {
    await send('setTracking', { platform, handle, tracked });
  },
  settings: () => send('getSettings', {}),
  async saveSettings(s) {
    await send('saveSettings', { settings: s });
  },
  async storage() {
    const status = await send('getStatus', {});
    const est = await navigator.storage?.estimate?.().catch(() => null);
    // Ask once for persistent storage; with unlimitedStorage Chrome does not evict anyway, Firefox may ask the user.
    let persisted = await navigator.storage?.persisted?.().catch(() => null);
    if (persisted === false) persisted = await navigator.storage.persist?.().catch(() => false);
    return { ...status, usage: est?.usage ?? null, quota: est?.quota ?? null, persisted: persisted ?? null };
  },
  siteHealth: () => send('getSiteHealth', {}),
  instances: () => send('listInstances', {}),
  async addInstance(host) {
    // Asked on the user's click, before anything else is awaited: the browser requires the gesture.
    if (!(await browser.permissions.request({ origins: [origin(host)] }))) return false;
    await send('addInstance', { host });
    return true;
  },
  async removeInstance(host) {
    await send('removeInstance', { host });
    await browser.permissions.remove({ origins: [origin(host)] }).catch(() => false);
  },
  async exportFile(kind, scope, onProgress, signal): Promise<ExportResult> {
    const parts: Blob[] = [];
    // Each chunk becomes a Blob part at once, so the text leaves the JS heap as the export goes.
    const rows = await EXPORTERS[kind](await reader(), scope, {
      sink: (chunk) => parts.push(new Blob([chunk])),
      onProgress,
      signal,
      now: Date.now(),
    });
    const type = kind === 'backup-json' ? 'application/json' : 'text/csv;charset=utf-8';
    return { blob: new Blob(parts, { type }), filename: exportFilename(kind, scope, Date.now()), rows };
  },
  restorePreview: (text, w) => previewWatched(importBackup, text, watching(w)),
  restore: (text, expected, w) => restoreWatched(importBackup, text, expected, watching(w)),
  async deleteAccount(platform, handle) {
    await send('deleteAccountData', { platform, handle });
  },
  async deleteAll() {
    await send('deleteAllData', {});
  },
};

/** The Insights page, worked out in a worker from what the store holds once what lags is written. */
export const dashboardInsights: InsightsApi = insightsApi(settle);

/** Posts' tags, written by the service worker alone. */
export const dashboardTags: PostTagsApi = {
  read: async (platform, postId) => (await send('getPostTags', { platform, postId }))?.tags ?? null,
  save: async (platform, postId, tags) => (await send('setPostTags', { platform, postId, tags })).tags,
};
