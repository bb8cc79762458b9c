// The JSON backup: a versioned file that restores into any Resonance, merging idempotently.
// Everything in a file is validated before anything is written; a bad file changes nothing.

import type { Metrics } from '@/lib/core/metrics';
import { checkMetrics, checkPlatform, checkString, InvalidInput, isRecord } from '@/lib/protocol/checks';
import { isSiteUrl } from '@/lib/sites/catalog';
import type { PlatformId, PostFormat } from '@/lib/sites/types';
import { normalizeHandle } from '@/lib/sites/types';
import { type ReadTx, readLocated, type WriteTx, writeLocated } from './buckets';
import { accountKey, type PostRecord, postKey, type ResonanceDB } from './db';
import { bumpGeneration, rebuildInTx } from './rebuild';

export const BACKUP_FORMAT = 'resonance-backup';
export const BACKUP_VERSION = 1;

export interface BackupAccount {
  platform: PlatformId;
  handle: string;
  tracked: boolean;
}
export interface BackupPost {
  platform: PlatformId;
  id: string;
  url: string;
  author: string;
  publishedAt: string | null;
  format?: PostFormat;
}
export interface BackupSnapshot {
  platform: PlatformId;
  postId: string;
  capturedAt: string;
  metrics: Metrics;
}
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  accounts: BackupAccount[];
  posts: BackupPost[];
  snapshots: BackupSnapshot[];
}

export interface RestoreSummary {
  accounts: number;
  newPosts: number;
  newSnapshots: number;
  duplicates: number;
}

const FORMATS = new Set(['text', 'image', 'video', 'carousel', 'reel', 'link', 'poll']);

function isoTime(x: unknown, what: string): string {
  if (typeof x !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(x) || !Number.isFinite(Date.parse(x))) {
    throw new InvalidInput(`${what} must be an ISO 8601 time`);
  }
  return new Date(Date.parse(x)).toISOString();
}

function list(x: unknown, what: string): unknown[] {
  if (!Array.isArray(x)) throw new InvalidInput(`${what} must be a list`);
  return x;
}

/** Parses and checks a whole backup; throws InvalidInput naming the first bad entry. */
export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`not JSON (the file may be truncated): ${(e as Error).message}`);
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) throw new InvalidInput('not a Resonance backup file');
  if (typeof raw.version !== 'number' || raw.version > BACKUP_VERSION || raw.version < 1) {
    throw new InvalidInput(
      `backup version ${String(raw.version)} is not supported (this Resonance reads 1–${BACKUP_VERSION})`,
    );
  }
  const at = <T>(what: string, i: number, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw new InvalidInput(`${what}[${i}]: ${(e as Error).message}`);
    }
  };
  const accounts = list(raw.accounts, 'accounts').map((a, i) =>
    at('accounts', i, (): BackupAccount => {
      if (!isRecord(a)) throw new InvalidInput('must be an object');
      if (typeof a.tracked !== 'boolean') throw new InvalidInput('tracked must be true or false');
      return {
        platform: checkPlatform(a.platform),
        handle: checkString(a.handle, 'handle', 64),
        tracked: a.tracked,
      };
    }),
  );
  const posts = list(raw.posts, 'posts').map((p, i) =>
    at('posts', i, (): BackupPost => {
      if (!isRecord(p)) throw new InvalidInput('must be an object');
      const post: BackupPost = {
        platform: checkPlatform(p.platform),
        id: checkString(p.id, 'id', 128, /^[\w:.@/-]+$/),
        url: checkString(p.url, 'url', 2048, /^https:\/\//),
        author: checkString(p.author, 'author', 128),
        publishedAt: p.publishedAt === null ? null : isoTime(p.publishedAt, 'publishedAt'),
      };
      if (!isSiteUrl(post.platform, new URL(post.url)))
        throw new InvalidInput(`url is not on ${post.platform}'s site`);
      if (p.format !== undefined) {
        if (!FORMATS.has(p.format as string)) throw new InvalidInput('unknown format');
        post.format = p.format as PostFormat;
      }
      return post;
    }),
  );
  const known = new Set(posts.map((p) => postKey(p.platform, p.id)));
  const snapshots = list(raw.snapshots, 'snapshots').map((s, i) =>
    at('snapshots', i, (): BackupSnapshot => {
      if (!isRecord(s)) throw new InvalidInput('must be an object');
      const snap: BackupSnapshot = {
        platform: checkPlatform(s.platform),
        postId: checkString(s.postId, 'postId', 128),
        capturedAt: isoTime(s.capturedAt, 'capturedAt'),
        metrics: checkMetrics(s.metrics),
      };
      if (!known.has(postKey(snap.platform, snap.postId)))
        throw new InvalidInput('refers to a post not in the file');
      return snap;
    }),
  );
  return {
    format: BACKUP_FORMAT,
    version: raw.version,
    exportedAt: String(raw.exportedAt ?? ''),
    accounts,
    posts,
    snapshots,
  };
}

/** Merges a parsed backup. With `dryRun` nothing is written; the summary says what a restore would add. */
export async function restoreBackup(
  db: ResonanceDB,
  backup: Backup,
  opts: { dryRun: boolean; now: number },
): Promise<RestoreSummary> {
  const summary: RestoreSummary = { accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 0 };
  // readwrite even for a dry run, so the summary is computed under the same lock a restore would hold.
  const tx = db.transaction(['accounts', 'pages', 'postPages', 'snapshots', 'meta'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const snaps = tx.objectStore('snapshots');
  const write = !opts.dryRun;

  for (const a of backup.accounts) {
    const key = accountKey(a.platform, normalizeHandle(a.handle));
    if (await accounts.get(key)) continue; // the user's current choice wins
    summary.accounts++;
    if (write) {
      await accounts.put({
        key,
        platform: a.platform,
        handle: normalizeHandle(a.handle),
        display: a.handle.replace(/^@/, ''),
        tracked: a.tracked,
        source: 'user',
        createdAt: opts.now,
        updatedAt: opts.now,
      });
    }
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
      account: accountKey(p.platform, normalizeHandle(p.author)),
      author: p.author,
      url: p.url,
      publishedAt: p.publishedAt === null ? null : Date.parse(p.publishedAt),
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
    const at = Date.parse(s.capturedAt);
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
