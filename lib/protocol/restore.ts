// Restoring from an extension page: the worker writes the backup and answers. When the worker stops
// between the write and its answer, the page hears nothing; it then asks what the file would still add,
// so a restore that was written is reported as done, not as failed. Meanwhile the page asks how it goes
// (getRestoreProgress) and may cancel it (cancelRestore), which stops it between two chunks.
import { RemoteError, type RestoreProgress, type RestoreSummary } from './messages';

/** Asks the worker to restore (or check) a file's text: extension-api.ts sends a large one in parts. */
type Import = (payload: { text: string; dryRun: boolean }) => Promise<RestoreSummary>;

export class RestoreUnfinished extends Error {
  override name = 'RestoreUnfinished';
}

/** `expected` is what the dry run said the file would add, shown when the answer itself was lost. */
export async function restoreConfirmed(
  importBackup: Import,
  text: string,
  expected: RestoreSummary,
): Promise<RestoreSummary> {
  try {
    return await importBackup({ text, dryRun: false });
  } catch (e) {
    // The worker answered with a reason: the file was refused, or writing it failed; nothing was written.
    if (e instanceof RemoteError) throw e;
    const left = await importBackup({ text, dryRun: true });
    if (left.newSnapshots === 0 && left.newPosts === 0 && left.accounts === 0) return expected;
    throw new RestoreUnfinished(
      `the restore did not finish (${(e as Error).message}). Nothing is lost: restore the file again to add the rest.`,
    );
  }
}

/** What a restore did: cancelled, it stopped between two chunks and `summary` counts whole posts only. */
export interface RestoreOutcome {
  summary: RestoreSummary;
  cancelled: boolean;
  /** Snapshots gone through, of all in the file. */
  done: number;
  total: number;
}

/** A check stopped by the user: nothing was written, and the file was not gone through whole. */
export class RestoreCancelled extends Error {
  override name = 'RestoreCancelled';
}

/** How a page asks the worker about the restore under way, and how it waits between two questions. */
export interface Watching {
  progress(): Promise<RestoreProgress | null>;
  cancel(): Promise<unknown>;
  onProgress(p: RestoreProgress): void;
  signal: AbortSignal;
  /** Resolves after `ms` (a real timer on the page; a clock the test moves in tests). */
  sleep(ms: number): Promise<void>;
  /** How often to ask; 250 ms by default. */
  every?: number;
  /** When the page asked (epoch ms): progress of a job that started before is another's, and not shown. */
  since?: number;
}

/**
 * Waits for `job` (an importBackup of `kind`), asking how it goes until it ends and passing each answer
 * about it on; an abort of `signal` asks the worker to stop before its next chunk, again on each answer
 * until the worker says it is stopping (the job may not have started when the first ask came). Resolves
 * with the job's answer and its last progress, read after it ended (a cancel too late reads "finished").
 */
export async function watchRestore<T>(
  job: Promise<T>,
  kind: RestoreProgress['kind'],
  w: Watching,
): Promise<{ result: T; last: RestoreProgress | null }> {
  let over = false;
  const end = () => {
    over = true;
  };
  const ended = job.then(end, end);
  const cancel = () => void w.cancel().catch(() => {});
  const ours = (p: RestoreProgress | null) =>
    p && p.kind === kind && (w.since === undefined || p.startedAt >= w.since) ? p : null;
  w.signal.addEventListener('abort', cancel, { once: true });
  if (w.signal.aborted) cancel();
  const polling = (async () => {
    while (!over) {
      await Promise.race([w.sleep(w.every ?? 250), ended]);
      if (over) return;
      const p = ours(await w.progress().catch(() => null));
      if (!p || over) continue;
      w.onProgress(p);
      if (w.signal.aborted && !p.cancelling) cancel();
    }
  })();
  try {
    const result = await job;
    const last = ours(await w.progress().catch(() => null));
    if (last) w.onProgress(last);
    return { result, last };
  } finally {
    w.signal.removeEventListener('abort', cancel);
    await polling;
  }
}

/** A restore with progress and cancel; the answer lost to a stopped worker is handled as restoreConfirmed does. */
export async function restoreWatched(
  importBackup: Import,
  text: string,
  expected: RestoreSummary,
  w: Watching,
): Promise<RestoreOutcome> {
  const { result, last } = await watchRestore(restoreConfirmed(importBackup, text, expected), 'restore', w);
  return {
    summary: result,
    cancelled: last?.state === 'cancelled',
    done: last?.done ?? 0,
    total: last?.total ?? 0,
  };
}

/** The check of a file (a dry run) with progress; cancelled, it throws RestoreCancelled. */
export async function previewWatched(
  importBackup: Import,
  text: string,
  w: Watching,
): Promise<RestoreSummary> {
  const { result, last } = await watchRestore(importBackup({ text, dryRun: true }), 'check', w);
  if (last?.state === 'cancelled') throw new RestoreCancelled('check cancelled');
  return result;
}

/** Share done, and time left at the pace so far (null until a chunk is written). */
export function restoreEstimate(p: RestoreProgress): { fraction: number | null; leftMs: number | null } {
  const fraction = p.state === 'reading' || p.total === 0 ? null : p.done / p.total;
  const spent = p.chunksAt === null ? 0 : p.updatedAt - p.chunksAt;
  const leftMs =
    p.state === 'chunks' && p.done > 0 && spent > 0 ? ((p.total - p.done) * spent) / p.done : null;
  return { fraction, leftMs };
}
