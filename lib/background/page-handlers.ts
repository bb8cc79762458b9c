// Answers to Resonance's own pages (popup, dashboard): tracking, settings, deletion, restore (with its
// progress and cancel), a post's curve, instances and health. Every write goes through the ingest queue's
// chain, so the worker is the one writer and nothing (retention included) runs during a restore.
import { checkAccount, checkSite } from '@/lib/protocol/checks/accounts';
import { fail, InvalidInput } from '@/lib/protocol/checks/basics';
import { checkPostRef } from '@/lib/protocol/checks/post-ref';
import { checkTags } from '@/lib/protocol/checks/tags';
import type { ExtensionPageRequests, RestoreProgress, RestoreSummary } from '@/lib/protocol/messages';
import { checkSettings } from '@/lib/protocol/settings';
import { SITE_IDS, type SiteId } from '@/lib/sites/catalog';
import { deleteAccountData, deleteAllData, listAccounts, setTracking } from '@/lib/store/accounts';
import { type Backup, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { storageErrorText } from '@/lib/store/errors';
import { readSiteHealth } from '@/lib/store/health';
import type { IngestQueue } from '@/lib/store/ingest/queue';
import { readInstances } from '@/lib/store/instances';
import { readPostTags, writePostTags } from '@/lib/store/posts-tags';
import { postKey, type ResonanceDB } from '@/lib/store/records';
import { readSettings, saveSettings } from '@/lib/store/settings';
import type { BackgroundEnv } from './env';
import type { Handlers } from './handler-types';
import { instanceHandlers } from './instances';
import type { ScoreCache } from './scores';
import type { StoreStatus } from './status';
import { BackupUploads } from './uploads';

/** What a restore that stopped midway left: whole chunks are written, and a second restore adds the rest. */
function restoredSoFar(done: number, total: number): string {
  if (done === 0) return 'Nothing was restored.';
  return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} snapshots were gone through; restore the file again to add the rest (nothing is added twice).`;
}

const NOTHING: RestoreSummary = { accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 0 };

/**
 * The restore or check under way, or the last one, as the dashboard polls it. A check asked for while a
 * restore runs (a second dashboard) is not reported, so the restore's progress stays in view.
 */
class RestoreJobs {
  last: RestoreProgress | null = null;

  constructor(private readonly now: () => number) {}

  begin(kind: RestoreProgress['kind']): RestoreProgress | null {
    if (kind === 'check' && this.last?.kind === 'restore' && !this.ended(this.last)) return null;
    const at = this.now();
    this.last = {
      kind,
      state: 'reading',
      done: 0,
      total: 0,
      summary: NOTHING,
      startedAt: at,
      chunksAt: null,
      updatedAt: at,
      cancelling: false,
    };
    return this.last;
  }

  /** Options for restoreBackup that keep `job` current and stop it when a cancel was asked for. */
  track(job: RestoreProgress | null) {
    return {
      stop: () => job?.cancelling === true,
      onProgress: (done: number, total: number, sofar: RestoreSummary) => {
        if (!job) return;
        const at = this.now();
        Object.assign(job, { state: 'chunks', done, total, summary: sofar, updatedAt: at });
        job.chunksAt ??= at;
      },
    };
  }

  end(job: RestoreProgress | null, failed: boolean): void {
    if (!job) return;
    const stopped = job.cancelling && (job.state === 'reading' || job.done < job.total);
    Object.assign(job, {
      state: failed ? 'failed' : stopped ? 'cancelled' : 'finished',
      updatedAt: this.now(),
    });
  }

  ended = (j: RestoreProgress) => j.state !== 'reading' && j.state !== 'chunks';
}

export function pageHandlers(
  env: BackgroundEnv,
  ingest: IngestQueue,
  status: StoreStatus,
  scores: ScoreCache,
): Handlers<ExtensionPageRequests> {
  const jobs = new RestoreJobs(env.now);
  const uploads = new BackupUploads();
  /** Runs a restore or a check as `job`, marking how it ended. */
  const tracked = async <T>(job: RestoreProgress | null, work: () => Promise<T>): Promise<T> => {
    try {
      const out = await work();
      jobs.end(job, false);
      return out;
    } catch (e) {
      jobs.end(job, true);
      throw e;
    }
  };
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
    async importBackupPart(p) {
      return uploads.add(p);
    },
    async importBackup(p) {
      const text = 'upload' in p ? uploads.take(p.upload, p.parts) : p.text;
      if (typeof text !== 'string') fail('text must be the backup file’s content');
      const parse = async (db: ResonanceDB): Promise<Backup> =>
        parseBackup(text, { now: env.now(), instances: await readInstances(db) });
      if (p.dryRun !== false) {
        const job = jobs.begin('check');
        return tracked(job, async () => {
          const db = await env.db();
          const backup = await parse(db);
          return restoreBackup(db, backup, { dryRun: true, now: env.now(), ...jobs.track(job) });
        });
      }
      // Reserved at once: a deletion or upkeep asked for after this waits for the end. The file is checked
      // whole before anything is written, then written in chunks, each a step of the write chain, so the
      // tabs' saves get through between them.
      let platforms: SiteId[] = [];
      let job: RestoreProgress | null = null;
      let summary: RestoreSummary;
      try {
        summary = await ingest.inSteps((run) => {
          job = jobs.begin('restore');
          return tracked(job, async () => {
            const db = await env.db();
            const backup = await parse(db);
            platforms = [...new Set(backup.accounts.map((a) => a.platform))];
            const opts = { dryRun: false, now: env.now(), run, ...jobs.track(job) };
            return restoreBackup(db, backup, opts);
          });
        });
      } catch (e) {
        if (e instanceof InvalidInput) throw e;
        const at = job as RestoreProgress | null;
        throw new Error(`${storageErrorText(e)} ${restoredSoFar(at?.done ?? 0, at?.total ?? 0)}`);
      }
      for (const platform of platforms) env.notifyTracking?.(platform);
      return summary;
    },
    async getRestoreProgress() {
      return jobs.last && { ...jobs.last };
    },
    async cancelRestore() {
      const job = jobs.last;
      if (!job || jobs.ended(job)) return { cancelling: false };
      job.cancelling = true;
      return { cancelling: true };
    },
    async getPostCurve(p) {
      const { platform, postId } = checkPostRef(p);
      // Curves written behind ingest are brought up to date first, as for the dashboard's reads.
      await ingest.settle();
      // From the account's curves the worker holds: a details click doesn't rescore the whole history.
      return scores.postCurve(platform, postId, env.now());
    },
    async getPostTags(p) {
      const { platform, postId } = checkPostRef(p);
      await ingest.settle();
      const tags = await readPostTags(await env.db(), postKey(platform, postId));
      return tags && { tags };
    },
    async setPostTags(p) {
      const { platform, postId } = checkPostRef(p);
      const tags = checkTags(p.tags);
      // In the write chain, after what ingest holds is written: the post is in its bucket by then.
      const saved = await ingest.exclusive((db) => writePostTags(db, postKey(platform, postId), tags));
      if (!saved) fail('this post is not saved yet: open it once while its account is tracked');
      return { tags: saved };
    },
    async getSiteHealth() {
      return readSiteHealth(await env.db());
    },
    ...instanceHandlers(env),
  };
}
