// The dashboard's real API. Every write goes through the background (the one writer); reads and
// exports come straight from IndexedDB in the page, because a service worker can't build download URLs
// and a page can stream a million rows.
import { browser } from 'wxt/browser';
import type { DashboardApi, ExportResult } from '@/components/dashboard/api';
import { exportFilename } from '@/lib/export/columns';
import { EXPORTERS } from '@/lib/export/stream';
import { sendFromPage as send } from '@/lib/protocol/client';
import { restoreConfirmed } from '@/lib/protocol/restore';
import { openForReading } from '@/lib/store/db';
import { accountHistory } from '@/lib/store/history';
import type { ResonanceDB } from '@/lib/store/records';

let db: Promise<ResonanceDB> | null = null;
/** Asks the worker to bring derived records up to date (it opens and upgrades the store), then reads. */
async function reader(): Promise<ResonanceDB> {
  // On a failure (a full disk) the reads go on: lagging posts are read from their snapshots, and the
  // storage banner says what happened.
  await send('settle', {}).catch(() => {});
  db ??= openForReading().catch((e) => {
    db = null;
    throw e;
  });
  return db;
}

const origin = (host: string) => `https://${host}/*`;

export const dashboardApi: DashboardApi = {
  accounts: () => send('listAccounts', {}),
  history: async ({ platform, id }) => accountHistory(await reader(), platform, id, Date.now()),
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
  restorePreview: (text) => send('importBackup', { text, dryRun: true }),
  restore: (text, expected) => restoreConfirmed((p) => send('importBackup', p), text, expected),
  async deleteAccount(platform, handle) {
    await send('deleteAccountData', { platform, handle });
  },
  async deleteAll() {
    await send('deleteAllData', {});
  },
};
