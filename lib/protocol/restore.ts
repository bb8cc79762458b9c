// Restoring from an extension page: the worker writes the backup and answers. When the worker stops
// between the write and its answer, the page hears nothing; it then asks what the file would still add,
// so a restore that was written is reported as done, not as failed.
import { type ExtensionPageRequests, RemoteError, type RestoreSummary } from './messages';

type Import = (payload: ExtensionPageRequests['importBackup'][0]) => Promise<RestoreSummary>;

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
