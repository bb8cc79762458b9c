// The dashboard's real API: reads and exports straight from IndexedDB in the page (service workers
// can't build download URLs, and a page can stream a million rows); writes that the tabs must hear
// about go through the background.
import type { DashboardApi, ExportResult, HistoryPost } from '@/components/dashboard/api';
import { exportFilename } from '@/lib/export/columns';
import { send } from '@/lib/protocol/client';
import { toScoreView } from '@/lib/score/view';
import { normalizeHandle } from '@/lib/sites/types';
import { parseBackup, restoreBackup } from '@/lib/store/backup';
import { accountPosts } from '@/lib/store/buckets';
import { accountKey, openResonanceDB, type ResonanceDB } from '@/lib/store/db';
import { storageErrorText } from '@/lib/store/errors';
import { EXPORTERS } from '@/lib/store/export-stream';
import { accountScores } from '@/lib/store/stored-scores';

let db: Promise<ResonanceDB> | null = null;
const open = () => {
  db ??= openResonanceDB().catch((e) => {
    db = null;
    throw e;
  });
  return db;
};

const H = 3600e3;

async function history(account: {
  platform: HistoryPost['platform'];
  handle: string;
}): Promise<HistoryPost[]> {
  // Posts seen in the last seconds are paged first; on a failure (a full disk) the banner says so.
  await send('settle', {}).catch(() => {});
  const d = await open();
  const key = accountKey(account.platform, normalizeHandle(account.handle));
  const now = Date.now();
  // One read of the account's pages serves the table and its scores.
  const entries = await accountPosts(d, key);
  const scores = await accountScores(d, key, now, [], entries);
  return entries
    .sort((a, b) => (b.post.publishedAt ?? b.post.firstSeenAt) - (a.post.publishedAt ?? a.post.firstSeenAt))
    .map(({ post: p, points }) => {
      const s = scores.get(p.id);
      return {
        platform: p.platform,
        id: p.id,
        url: p.url,
        publishedAt: p.publishedAt,
        format: p.format,
        latest: p.latest,
        snapshots: p.snapshots,
        score: s ? toScoreView(s, p.platform) : null,
        curve: (p.publishedAt === null ? [] : points).map((pt) => {
          // pt = [at, likes, comments, shares, quotes, saves, views] (lib/summary.ts)
          const interactions = [1, 2, 3, 4, 5].reduce((n, i) => n + (pt[i] ?? 0), 0);
          const views = pt[6];
          return {
            ageHours: (pt[0] - (p.publishedAt ?? pt[0])) / H,
            interactions,
            ...(typeof views === 'number' ? { views } : {}),
          };
        }),
      };
    });
}

export const dashboardApi: DashboardApi = {
  accounts: () => send('listAccounts', {}),
  history,
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
  async exportFile(kind, scope, onProgress, signal): Promise<ExportResult> {
    // Derived records written behind ingest are brought up to date first, so scores are current. If
    // that fails (a full disk), the export goes on: it reads every lagging post from its snapshots.
    await send('settle', {}).catch(() => {});
    const parts: Blob[] = [];
    // Each chunk becomes a Blob part at once, so the text leaves the JS heap as the export goes.
    const rows = await EXPORTERS[kind](await open(), scope, {
      sink: (chunk) => parts.push(new Blob([chunk])),
      onProgress,
      signal,
      now: Date.now(),
    });
    const type = kind === 'backup-json' ? 'application/json' : 'text/csv;charset=utf-8';
    return { blob: new Blob(parts, { type }), filename: exportFilename(kind, scope, Date.now()), rows };
  },
  async restorePreview(text) {
    return restoreBackup(await open(), parseBackup(text), { dryRun: true, now: Date.now() });
  },
  async restore(text) {
    const backup = parseBackup(text);
    await send('settle', {});
    let summary: Awaited<ReturnType<typeof restoreBackup>>;
    try {
      summary = await restoreBackup(await open(), backup, { dryRun: false, now: Date.now() });
    } catch (e) {
      throw new Error(`${storageErrorText(e)} Nothing was restored.`);
    }
    await send('historyChanged', { platforms: [...new Set(backup.accounts.map((a) => a.platform))] });
    return summary;
  },
  async deleteAccount(platform, handle) {
    await send('deleteAccountData', { platform, handle });
  },
  async deleteAll() {
    await send('deleteAllData', {});
  },
};
