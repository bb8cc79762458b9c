// Restoring a backup from the dashboard: the file handed over in parts, checked (a dry run) or restored
// in chunks through the ingest queue's write chain, with its progress polled and a cancel between chunks.
import { fail, InvalidInput } from '@/lib/protocol/checks/basics';
import type { ExtensionPageRequests, RestoreProgress, RestoreSummary } from '@/lib/protocol/messages';
import type { SiteId } from '@/lib/sites/catalog';
import { type Backup, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { storageErrorText } from '@/lib/store/errors';
import type { IngestQueue } from '@/lib/store/ingest/queue';
import { readInstances } from '@/lib/store/instances';
import type { ResonanceDB } from '@/lib/store/records';
import type { BackgroundEnv } from './env';
import type { Handlers } from './handler-types';
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

  /** Runs a restore or a check as `job`, marking how it ended. */
  async run<T>(job: RestoreProgress | null, work: () => Promise<T>): Promise<T> {
    try {
      const out = await work();
      this.end(job, false);
      return out;
    } catch (e) {
      this.end(job, true);
      throw e;
    }
  }
}

const parse = async (env: BackgroundEnv, db: ResonanceDB, text: string): Promise<Backup> =>
  parseBackup(text, { now: env.now(), instances: await readInstances(db) });

/** Checks the file whole and says what restoring it would add; writes nothing. */
function check(env: BackgroundEnv, jobs: RestoreJobs, text: string): Promise<RestoreSummary> {
  const job = jobs.begin('check');
  return jobs.run(job, async () => {
    const db = await env.db();
    const backup = await parse(env, db, text);
    return restoreBackup(db, backup, { dryRun: true, now: env.now(), ...jobs.track(job) });
  });
}

/**
 * Restores the file. Reserved at once: a deletion or upkeep asked for after this waits for the end. The
 * file is checked whole before anything is written, then written in chunks, each a step of the write
 * chain, so the tabs' saves get through between them.
 */
async function restore(
  env: BackgroundEnv,
  ingest: IngestQueue,
  jobs: RestoreJobs,
  text: string,
): Promise<RestoreSummary> {
  let platforms: SiteId[] = [];
  let job: RestoreProgress | null = null;
  let summary: RestoreSummary;
  try {
    summary = await ingest.inSteps((run) => {
      job = jobs.begin('restore');
      return jobs.run(job, async () => {
        const db = await env.db();
        const backup = await parse(env, db, text);
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
}

type RestoreRequests = Pick<
  ExtensionPageRequests,
  'importBackupPart' | 'importBackup' | 'getRestoreProgress' | 'cancelRestore'
>;

export function restoreHandlers(env: BackgroundEnv, ingest: IngestQueue): Handlers<RestoreRequests> {
  const jobs = new RestoreJobs(env.now);
  const uploads = new BackupUploads();
  return {
    async importBackupPart(p) {
      return uploads.add(p);
    },
    async importBackup(p) {
      const text = 'upload' in p ? uploads.take(p.upload, p.parts) : p.text;
      if (typeof text !== 'string') fail('text must be the backup file’s content');
      return p.dryRun !== false ? check(env, jobs, text) : restore(env, ingest, jobs, text);
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
  };
}
