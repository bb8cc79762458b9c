// Accounts, tracking and curves read from the store; deleting history. Each write is one transaction.

import type { AccountView, TrackingState } from '@/lib/protocol/messages';
import type { Curve } from '@/lib/score/score';
import type { PlatformId } from '@/lib/sites/types';
import { normalizeHandle } from '@/lib/sites/types';
import { accountPages, accountPosts, summaryOf } from './buckets';
import {
  type AccountRecord,
  accountKey,
  type PagedPost,
  type PostRecord,
  type ResonanceDB,
  type SummaryRecord,
} from './db';
import { summaryToCurve } from './points';
import { bumpGeneration, dirtyRange, postHistory, readMarkers } from './rebuild';

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
      posts: await db.countFromIndex('postPages', 'by-account', a.key),
    })),
  );
}

/** Every post of an account as a curve of plain counts, for scoring: one key range of pages. */
export async function accountCurves(
  db: ResonanceDB,
  account: string,
  overlay: readonly SummaryRecord[] = [],
  /** The account's posts, when the caller has just read them. */
  posts?: readonly PagedPost[],
): Promise<Curve[]> {
  const stored = (posts ?? (await accountPosts(db, account))).flatMap((e) => summaryOf(e) ?? []);
  // Curves still being written behind ingest are taken from memory, fresher than the store.
  const fresh = new Map(overlay.map((s) => [s.key, s]));
  const merged = stored.map((s) => fresh.get(s.key) ?? s);
  const storedKeys = new Set(stored.map((s) => s.key));
  for (const s of overlay) if (!storedKeys.has(s.key)) merged.push(s);
  return merged.map(summaryToCurve);
}

/** Deletes one account and everything recorded of it (posts, snapshots, curves), in one transaction. */
export async function deleteAccountData(
  db: ResonanceDB,
  platform: PlatformId,
  handle: string,
): Promise<number> {
  const key = accountKey(platform, normalizeHandle(handle));
  const tx = db.transaction(['accounts', 'pages', 'postPages', 'snapshots', 'meta'], 'readwrite');
  const paged = await tx.objectStore('postPages').index('by-account').getAllKeys(key);
  // Posts first seen since the last settle are in no page yet, only in a marker with their facts.
  const marked = new Set<string>();
  const facts = new Map<string, PostRecord>();
  readMarkers(await tx.objectStore('meta').getAll(dirtyRange()), marked, facts);
  const posts = [
    ...new Set([...paged, ...[...facts.values()].filter((f) => f.account === key).map((f) => f.key)]),
  ];
  for (const p of posts) {
    await tx.objectStore('snapshots').delete(postHistory(p));
    await tx.objectStore('postPages').delete(p);
  }
  await tx.objectStore('pages').delete(accountPages(key));
  await tx.objectStore('accounts').delete(key);
  await bumpGeneration(tx.objectStore('meta'));
  await tx.done;
  return posts.length;
}

export async function deleteAllData(db: ResonanceDB): Promise<void> {
  const stores = ['accounts', 'pages', 'postPages', 'snapshots', 'meta'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  for (const s of stores) await tx.objectStore(s).clear();
  await bumpGeneration(tx.objectStore('meta'));
  await tx.done;
}
