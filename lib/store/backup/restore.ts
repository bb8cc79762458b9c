// Restoring a checked backup (./format.ts): merged into the store in one transaction, idempotently.
// Only the background runs it: the database has one writer.
import type { RestoreSummary } from '@/lib/protocol/messages';
import { accountKey } from '@/lib/sites/catalog';
import { newAccount } from '@/lib/store/accounts';
import { type ReadTx, readLocated, type WriteTx, writeLocated } from '@/lib/store/buckets';
import { bumpGeneration, rebuildInTx } from '@/lib/store/rebuild';
import { type PostRecord, postKey, type ResonanceDB } from '@/lib/store/records';
import type { Backup } from './format';

/** Merges a parsed backup. With `dryRun` nothing is written; the summary says what a restore would add. */
export async function restoreBackup(
  db: ResonanceDB,
  backup: Backup,
  opts: { dryRun: boolean; now: number },
): Promise<RestoreSummary> {
  const summary: RestoreSummary = { accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 0 };
  // readwrite even for a dry run, so the summary is computed under the same lock a restore would hold.
  const tx = db.transaction(['accounts', 'buckets', 'postBuckets', 'snapshots', 'meta'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const snaps = tx.objectStore('snapshots');
  const write = !opts.dryRun;

  // The file's accounts, then the authors of its posts that it does not list: every restored post belongs
  // to an account the dashboard shows (untracked, so nothing new is captured for it).
  const listed = [
    ...backup.accounts,
    ...backup.posts.map((p) => ({ platform: p.platform, id: p.authorId, handle: p.author, tracked: false })),
  ];
  const seenAccounts = new Set<string>();
  for (const a of listed) {
    const key = accountKey(a.platform, a.id);
    if (seenAccounts.has(key)) continue;
    seenAccounts.add(key);
    if (await accounts.get(key)) continue; // the user's current choice wins
    summary.accounts++;
    if (write) await accounts.put(newAccount(a.platform, a, a.tracked, 'user', opts.now));
  }
  const keys = [...new Set(backup.posts.map((p) => postKey(p.platform, p.id)))];
  const stored = await readLocated(tx as unknown as ReadTx, keys);
  // Facts of posts the store does not hold yet; a stored post keeps its own (the user's current data wins).
  const fresh = new Map<string, PostRecord>();
  for (const p of backup.posts) {
    const key = postKey(p.platform, p.id);
    if (stored.has(key) || fresh.has(key)) continue;
    fresh.set(key, {
      key,
      platform: p.platform,
      id: p.id,
      account: accountKey(p.platform, p.authorId),
      author: p.author,
      url: p.url,
      publishedAt: p.publishedAt,
      ...(p.publishedPrecision !== undefined ? { publishedPrecision: p.publishedPrecision } : {}),
      format: p.format,
      firstSeenAt: Number.POSITIVE_INFINITY,
      lastSeenAt: 0,
      latest: {},
      snapshots: 0,
    });
  }
  const seen = new Set<string>();
  const grown = new Set<string>();
  for (const s of backup.snapshots) {
    const key = postKey(s.platform, s.postId);
    const at = s.capturedAt;
    const id = `${key}@${at}`;
    if (seen.has(id) || (await snaps.getKey([key, at])) !== undefined) {
      summary.duplicates++;
      continue;
    }
    seen.add(id);
    summary.newSnapshots++;
    grown.add(key);
    if (write) await snaps.put({ post: key, capturedAt: at, metrics: s.metrics });
  }
  // A post without any new snapshot carries no new history: nothing to restore.
  for (const key of grown) if (fresh.has(key)) summary.newPosts++;
  if (write) {
    // Records and curves are rebuilt from everything now stored, so scores include the restored history.
    const derived = await rebuildInTx(tx as unknown as WriteTx, grown, fresh);
    await writeLocated(tx as unknown as WriteTx, derived.values());
  }
  if (write) await bumpGeneration(tx.objectStore('meta'));
  await tx.done;
  return summary;
}
