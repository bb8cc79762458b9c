// Answers to Resonance's own pages (popup, dashboard): tracking, settings, deletion, restore, instances
// and health. Every write goes through the ingest queue's chain, so the worker is the one writer and
// nothing (retention included) runs during a restore.
import { checkAccount, checkSite } from '@/lib/protocol/checks/accounts';
import { fail, InvalidInput } from '@/lib/protocol/checks/basics';
import type { ExtensionPageRequests, RestoreSummary } from '@/lib/protocol/messages';
import { checkSettings } from '@/lib/protocol/settings';
import { SITE_IDS, type SiteId } from '@/lib/sites/catalog';
import { deleteAccountData, deleteAllData, listAccounts, setTracking } from '@/lib/store/accounts';
import { parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { storageErrorText } from '@/lib/store/errors';
import { readSiteHealth } from '@/lib/store/health';
import type { IngestQueue } from '@/lib/store/ingest/queue';
import { readInstances } from '@/lib/store/instances';
import type { ResonanceDB } from '@/lib/store/records';
import { readSettings, saveSettings } from '@/lib/store/settings';
import type { BackgroundEnv } from './env';
import type { Handlers } from './handler-types';
import { instanceHandlers } from './instances';
import type { StoreStatus } from './status';

/** What a restore that stopped midway left: whole chunks are written, and a second restore adds the rest. */
function restoredSoFar(done: number, total: number): string {
  if (done === 0) return 'Nothing was restored.';
  return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} snapshots were gone through; restore the file again to add the rest (nothing is added twice).`;
}

export function pageHandlers(
  env: BackgroundEnv,
  ingest: IngestQueue,
  status: StoreStatus,
): Handlers<ExtensionPageRequests> {
  return {
    async setTracking(p) {
      const platform = checkSite(p.platform);
      if (typeof p.tracked !== 'boolean') fail('tracked must be true or false');
      const state = await setTracking(
        await env.db(),
        platform,
        checkAccount(platform, p.handle),
        p.tracked,
        env.now(),
      );
      ingest.accountsChanged();
      env.notifyTracking?.(platform);
      return state;
    },
    async listAccounts() {
      // Post counts come from the buckets: posts first seen in the last seconds are written first.
      await ingest.settle();
      return listAccounts(await env.db());
    },
    async getStatus() {
      return status.view();
    },
    async deleteAccountData(p) {
      const platform = checkSite(p.platform);
      const { id } = checkAccount(platform, p.handle);
      const posts = await ingest.exclusive((db) => deleteAccountData(db, platform, id));
      env.notifyTracking?.(platform);
      return { posts };
    },
    async deleteAllData() {
      await ingest.exclusive((db) => deleteAllData(db));
      for (const platform of SITE_IDS) env.notifyTracking?.(platform);
      return { ok: true } as const;
    },
    async settle() {
      return { posts: await ingest.settle() };
    },
    async getSettings() {
      return readSettings(await env.db());
    },
    async saveSettings(p) {
      return saveSettings(await env.db(), checkSettings(p.settings));
    },
    async importBackup(p) {
      const text = p.text;
      if (typeof text !== 'string') fail('text must be the backup file’s content');
      const parse = async (db: ResonanceDB) =>
        parseBackup(text, { now: env.now(), instances: await readInstances(db) });
      if (p.dryRun !== false) {
        const db = await env.db();
        return restoreBackup(db, await parse(db), { dryRun: true, now: env.now() });
      }
      // Reserved at once: a deletion or upkeep asked for after this waits for the end. The file is checked
      // whole before anything is written, then written in chunks, each a step of the write chain, so the
      // tabs' saves get through between them.
      let platforms: SiteId[] = [];
      let written = 0;
      let total = 0;
      let summary: RestoreSummary;
      try {
        summary = await ingest.inSteps(async (run) => {
          const db = await env.db();
          const backup = await parse(db);
          platforms = [...new Set(backup.accounts.map((a) => a.platform))];
          total = backup.snapshots.length;
          const onProgress = (done: number) => {
            written = done;
          };
          return restoreBackup(db, backup, { dryRun: false, now: env.now(), run, onProgress });
        });
      } catch (e) {
        if (e instanceof InvalidInput) throw e;
        throw new Error(`${storageErrorText(e)} ${restoredSoFar(written, total)}`);
      }
      for (const platform of platforms) env.notifyTracking?.(platform);
      return summary;
    },
    async getSiteHealth() {
      return readSiteHealth(await env.db());
    },
    ...instanceHandlers(env),
  };
}
