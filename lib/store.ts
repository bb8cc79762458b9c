// Reading and writing the history. Every write of a batch happens in one transaction: all or nothing.
import { type AccountRecord, accountKey, type PostRecord, postKey, type ResonanceDB } from './db';
import type { AccountView, SnapshotInput, TrackingState } from './messages';
import { METRICS, metricsSignature } from './metrics';
import type { PlatformId } from './platforms/types';
import { normalizeHandle } from './platforms/types';
import type { Curve } from './score';
import { DEDUPE_MS } from './score-config';

/** An unchanged post gets no new snapshot within this window. */
export { DEDUPE_MS };

export async function getTracking(db: ResonanceDB, platform: PlatformId): Promise<TrackingState> {
  const all = await db.getAll('accounts');
  return { tracked: all.filter((a) => a.platform === platform && a.tracked).map((a) => a.handle) };
}

/** The logged-in account is tracked the first time it is seen; a user's later "untrack" is kept. */
export async function reportViewer(db: ResonanceDB, platform: PlatformId, handle: string, now: number) {
  const key = accountKey(platform, normalizeHandle(handle));
  const tx = db.transaction('accounts', 'readwrite');
  if (!(await tx.store.get(key))) await tx.store.put(newAccount(platform, handle, true, 'logged-in', now));
  await tx.done;
  return getTracking(db, platform);
}

export async function setTracking(
  db: ResonanceDB,
  platform: PlatformId,
  handle: string,
  tracked: boolean,
  now: number,
) {
  const key = accountKey(platform, normalizeHandle(handle));
  const tx = db.transaction('accounts', 'readwrite');
  const existing = await tx.store.get(key);
  await tx.store.put(
    existing ? { ...existing, tracked, updatedAt: now } : newAccount(platform, handle, tracked, 'user', now),
  );
  await tx.done;
  return getTracking(db, platform);
}

function newAccount(
  platform: PlatformId,
  display: string,
  tracked: boolean,
  source: AccountRecord['source'],
  now: number,
): AccountRecord {
  const handle = normalizeHandle(display);
  return {
    key: accountKey(platform, handle),
    platform,
    handle,
    display: display.replace(/^@/, ''),
    tracked,
    source,
    createdAt: now,
    updatedAt: now,
  };
}

export async function listAccounts(db: ResonanceDB): Promise<AccountView[]> {
  const accounts = await db.getAll('accounts');
  return Promise.all(
    accounts.map(async (a) => ({
      platform: a.platform,
      handle: a.display,
      tracked: a.tracked,
      source: a.source,
      posts: await db.countFromIndex('posts', 'by-account', a.key),
    })),
  );
}

export interface RecordResult {
  committed: string[];
  rejected: { key: string; reason: string }[];
}

/** Stores validated snapshots of tracked accounts' posts; everything else is rejected with a reason. */
export async function recordSnapshots(db: ResonanceDB, batch: SnapshotInput[]): Promise<RecordResult> {
  const result: RecordResult = { committed: [], rejected: [] };
  const tx = db.transaction(['accounts', 'posts', 'snapshots'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const posts = tx.objectStore('posts');
  const snapshots = tx.objectStore('snapshots');
  for (const s of batch) {
    const account = await accounts.get(accountKey(s.platform, normalizeHandle(s.author)));
    if (!account?.tracked) {
      result.rejected.push({ key: s.key, reason: `@${s.author} is not a tracked account` });
      continue;
    }
    const key = postKey(s.platform, s.postId);
    const existing = await posts.get(key);
    const unchanged = existing && metricsSignature(existing.latest) === metricsSignature(s.metrics);
    if (existing && unchanged && Math.abs(s.capturedAt - existing.lastSeenAt) < DEDUPE_MS) {
      result.committed.push(s.key);
      continue;
    }
    await snapshots.put({ post: key, capturedAt: s.capturedAt, metrics: s.metrics });
    const newest = !existing || s.capturedAt >= existing.lastSeenAt;
    const record: PostRecord = {
      key,
      platform: s.platform,
      id: s.postId,
      account: account.key,
      author: s.author,
      url: s.url,
      publishedAt: s.publishedAt ?? existing?.publishedAt ?? null,
      format: s.format ?? existing?.format,
      firstSeenAt: Math.min(existing?.firstSeenAt ?? s.capturedAt, s.capturedAt),
      lastSeenAt: newest ? s.capturedAt : existing.lastSeenAt,
      latest: newest ? s.metrics : existing.latest,
      snapshots: (existing?.snapshots ?? 0) + 1,
    };
    await posts.put(record);
    result.committed.push(s.key);
  }
  await tx.done;
  return result;
}

/** Every post of an account as a curve of plain counts, for scoring. Posts without a known time are left out. */
export async function accountCurves(db: ResonanceDB, account: string): Promise<Curve[]> {
  const tx = db.transaction(['posts', 'snapshots']);
  const posts = await tx.objectStore('posts').index('by-account').getAll(account);
  const snaps = tx.objectStore('snapshots');
  const curves: Curve[] = [];
  for (const p of posts) {
    if (p.publishedAt === null) continue;
    const range = IDBKeyRange.bound([p.key, -Infinity], [p.key, Infinity]);
    const rows = await snaps.getAll(range);
    curves.push({
      id: p.id,
      publishedAt: p.publishedAt,
      format: p.format,
      snapshots: rows.map((r) => ({
        at: r.capturedAt,
        metrics: Object.fromEntries(METRICS.filter((m) => r.metrics[m]).map((m) => [m, r.metrics[m]!.value])),
      })),
    });
  }
  await tx.done;
  return curves;
}
