// Restoring a checked backup (./format.ts): merged into the store idempotently, in chunks of whole posts'
// histories (./chunks.ts), one transaction each, so the tabs' saves get through between chunks. A restore stopped
// midway (a full disk, a stopped worker) keeps the chunks it wrote; restoring the file again adds the rest
// and nothing twice. Only the background runs it: the database has one writer.
import type { RestoreSummary } from '@/lib/protocol/messages';
import { accountKey } from '@/lib/sites/catalog';
import { abandon } from '@/lib/store/abort';
import { newAccount } from '@/lib/store/accounts';
import { type ReadTx, readLocated, type WriteTx, writeLocated } from '@/lib/store/buckets';
import { quietPut } from '@/lib/store/quiet-put';
import { bumpGeneration, postHistory, rebuildInTx } from '@/lib/store/rebuild';
import { type PostRecord, postKey, type ResonanceDB, type SnapshotRecord } from '@/lib/store/records';
import { historiesByPost, nextChunkSize, RESTORE_CHUNK, takeChunk } from './chunks';
import type { Backup } from './format';

/** Runs one step of the restore with the database; the worker passes its write chain, so steps queue with ingest. */
export type RestoreStep = <T>(work: (db: ResonanceDB) => Promise<T>) => Promise<T>;

interface RestoreOptions {
  dryRun: boolean;
  now: number;
  /** How each step runs; by default at once on `db`. */
  run?: RestoreStep;
  /** Snapshots per chunk, fixed; by default each chunk is sized by the last one's pace (./chunks.ts). */
  chunkSize?: number;
  /** Times each chunk's transaction, in ms; performance.now by default. */
  clock?: () => number;
  /**
   * Told as the chunks start (done 0) and after each chunk: snapshots gone through so far, of all in the
   * file, and what they added (a dry run: would add).
   */
  onProgress?: (done: number, total: number, sofar: RestoreSummary) => void;
  /** Asked as each step starts: true stops the restore there, between two chunks, so every post stays whole. */
  stop?: () => boolean;
}

type Snapshot = Backup['snapshots'][number];

// A dry run reads only, so it never holds the write lock the tabs' saves wait for; typed as readwrite
// because the write calls it guards with `dryRun` are never made on it.
const modeOf = (dryRun: boolean) => (dryRun ? 'readonly' : 'readwrite') as 'readwrite';

/**
 * Merges a parsed backup. With `dryRun` nothing is written; the summary says what a restore would add.
 * Stopped (`stop`), it returns what the chunks written so far added: whole posts only.
 */
export async function restoreBackup(
  db: ResonanceDB,
  backup: Backup,
  opts: RestoreOptions,
): Promise<RestoreSummary> {
  const run: RestoreStep = opts.run ?? ((work) => work(db));
  const stop = opts.stop ?? (() => false);
  const summary: RestoreSummary = { accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 0 };
  // Asked when each step's turn in the write chain comes: a cancel that came while it waited still counts.
  const accounts = await run(async (d) => (stop() ? null : restoreAccounts(d, backup, opts)));
  if (accounts === null) return summary;
  summary.accounts = accounts;
  const facts = postFacts(backup);
  const histories = historiesByPost(backup.snapshots);
  const clock = opts.clock ?? (() => performance.now());
  let size = opts.chunkSize ?? RESTORE_CHUNK;
  let done = 0;
  opts.onProgress?.(0, backup.snapshots.length, { ...summary });
  for (let at = 0; at < histories.length; ) {
    const { chunk, next } = takeChunk(histories, at, size);
    // Timed inside its step: the wait for its turn behind the tabs' saves is not the chunk's own cost.
    let took = 0;
    const part = await run(async (d) => {
      if (stop()) return null;
      const start = clock();
      const written = await restoreChunk(d, chunk, facts, opts.dryRun);
      took = clock() - start;
      return written;
    });
    if (!part) break;
    summary.newPosts += part.newPosts;
    summary.newSnapshots += part.newSnapshots;
    summary.duplicates += part.duplicates;
    done += chunk.length;
    opts.onProgress?.(done, backup.snapshots.length, { ...summary });
    at = next;
    size = opts.chunkSize ?? nextChunkSize(chunk.length, took);
  }
  return summary;
}

/**
 * The file's accounts, then the authors of its posts that it does not list: every restored post belongs
 * to an account the dashboard shows (untracked, so nothing new is captured for it).
 */
async function restoreAccounts(db: ResonanceDB, backup: Backup, opts: RestoreOptions): Promise<number> {
  const tx = db.transaction('accounts', modeOf(opts.dryRun));
  const listed = [
    ...backup.accounts,
    ...backup.posts.map((p) => ({ platform: p.platform, id: p.authorId, handle: p.author, tracked: false })),
  ];
  // The first entry of an account wins: the file's own list before its posts' authors.
  const unique = new Map<string, (typeof listed)[number]>();
  for (const a of listed) {
    const key = accountKey(a.platform, a.id);
    if (!unique.has(key)) unique.set(key, a);
  }
  const present = await Promise.all([...unique.keys()].map((k) => tx.store.getKey(k)));
  let added = 0;
  const writes: Promise<unknown>[] = [];
  [...unique.values()].forEach((a, i) => {
    if (present[i] !== undefined) return; // the user's current choice wins
    added++;
    if (!opts.dryRun) writes.push(tx.store.put(newAccount(a.platform, a, a.tracked, 'user', opts.now)));
  });
  await Promise.all([...writes, tx.done]);
  return added;
}

/** The facts of each post in the file (the first entry of a post wins), as records without history yet. */
function postFacts(backup: Backup): Map<string, PostRecord> {
  const facts = new Map<string, PostRecord>();
  for (const p of backup.posts) {
    const key = postKey(p.platform, p.id);
    if (facts.has(key)) continue;
    facts.set(key, {
      key,
      platform: p.platform,
      id: p.id,
      account: accountKey(p.platform, p.authorId),
      author: p.author,
      url: p.url,
      publishedAt: p.publishedAt,
      ...(p.publishedPrecision !== undefined ? { publishedPrecision: p.publishedPrecision } : {}),
      format: p.format,
      ...(p.text ? { text: p.text } : {}),
      ...(p.tags?.length ? { tags: p.tags } : {}),
      firstSeenAt: Number.POSITIVE_INFINITY,
      lastSeenAt: 0,
      latest: {},
      snapshots: 0,
    });
  }
  return facts;
}

/**
 * Puts the chunk's snapshots the store lacks (`times`: the capture times each post holds) with `put` (none on
 * a dry run), each post's also into its list in `whole` when it has one; counts new and duplicate.
 */
function putNewRows(
  chunk: readonly Snapshot[],
  times: ReadonlyMap<string, Set<number>>,
  put: ((row: SnapshotRecord) => void) | null,
  whole: ReadonlyMap<string, SnapshotRecord[]>,
) {
  const part = { newPosts: 0, newSnapshots: 0, duplicates: 0 };
  const grown = new Set<string>();
  for (const s of chunk) {
    const key = postKey(s.platform, s.postId);
    const have = times.get(key)!;
    if (have.has(s.capturedAt)) {
      part.duplicates++;
      continue;
    }
    have.add(s.capturedAt);
    part.newSnapshots++;
    grown.add(key);
    if (!put) continue;
    const row = { post: key, capturedAt: s.capturedAt, metrics: s.metrics };
    whole.get(key)?.push(row);
    put(row);
  }
  return { part, grown };
}

/** One chunk in one transaction: new snapshots, then the derived records of the posts that grew. */
async function restoreChunk(
  db: ResonanceDB,
  chunk: readonly Snapshot[],
  facts: ReadonlyMap<string, PostRecord>,
  dryRun: boolean,
): Promise<Omit<RestoreSummary, 'accounts'>> {
  const tx = db.transaction(['buckets', 'postBuckets', 'snapshots', 'meta'], modeOf(dryRun));
  const snaps = tx.objectStore('snapshots');
  const keys = [...new Set(chunk.map((s) => postKey(s.platform, s.postId)))];
  // One request per post for the times it already has, rather than one per snapshot.
  const [stored, held] = await Promise.all([
    readLocated(tx as unknown as ReadTx, keys),
    Promise.all(keys.map((k) => snaps.getAllKeys(postHistory(k)))),
  ]);
  const times = new Map(
    keys.map((k, i) => [k, new Set(held[i]!.map((key) => (key as [string, number])[1]))]),
  );
  // The whole history of each post the store held none of is what this chunk writes (a chunk holds whole
  // histories): its records are made from these rows, not read back (a first restore read every row twice).
  // A dry run writes nothing and rebuilds nothing: it keeps no rows.
  const whole = new Map<string, SnapshotRecord[]>();
  if (!dryRun) for (const [i, k] of keys.entries()) if (!held[i]!.length) whole.set(k, []);
  // Answered through the transaction (quiet-put.ts), without idb's promise and two listeners a row:
  // nothing here waits for a row, and a failed one fails the chunk's transaction.
  const put = dryRun ? null : (row: SnapshotRecord) => quietPut(snaps, row);
  const { part, grown } = putNewRows(chunk, times, put, whole);
  for (const rows of whole.values()) rows.sort((a, b) => a.capturedAt - b.capturedAt);
  // A post the store does not hold yet and that gains history is new; a stored post keeps its own facts.
  const fresh = new Map(
    [...grown].filter((k) => !stored.has(k) && facts.has(k)).map((k) => [k, facts.get(k)!]),
  );
  part.newPosts = fresh.size;
  try {
    if (!dryRun && grown.size) {
      // Records and curves are rebuilt from everything now stored, so scores include the restored history.
      const derived = await rebuildInTx(tx as unknown as WriteTx, grown, fresh, whole);
      await writeLocated(tx as unknown as WriteTx, derived.values());
      await bumpGeneration(tx.objectStore('meta'));
    }
    await tx.done;
  } catch (e) {
    // Nothing of the chunk is kept: its readings never stand without their posts' pages.
    await abandon(tx);
    throw e;
  }
  return part;
}
