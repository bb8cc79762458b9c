// Accounts, tracking and curves read from the store; deleting history. Each write is one transaction.

import type { AccountView, TrackingState } from '@/lib/protocol/messages';
import type { Curve } from '@/lib/score/score';
import { accountKey, type SiteId } from '@/lib/sites/catalog';
import type { AccountName } from '@/lib/sites/site';
import { accountBuckets, accountPosts, summaryOf } from './buckets';
import { summaryToCurve } from './points';
import { bumpGeneration, dirtyRange, postHistory, readMarkers } from './rebuild';
import type { AccountRecord, PostRecord, ResonanceDB, StoredPost, SummaryRecord } from './records';

export async function getTracking(db: ResonanceDB, platform: SiteId): Promise<TrackingState> {
  const all = await db.getAll('accounts');
  return {
    tracked: all.filter((a) => a.platform === platform && a.tracked).flatMap((a) => [a.id, ...a.aliases]),
  };
}

/** What a page showed of an account, checked (lib/protocol/checks/accounts.ts). */
export interface SeenAccount extends AccountName {
  name?: string;
  /** Ids of its other names. */
  aliases?: string[];
}

/**
 * The logged-in account, as a page showed it: remembered (its name and aliases kept current), and
 * tracked the first time it is seen when `track` (the site's viewer is a brand's own account). A user's
 * later "untrack" is kept.
 */
export async function reportViewer(
  db: ResonanceDB,
  platform: SiteId,
  seen: SeenAccount,
  track: boolean,
  now: number,
): Promise<TrackingState> {
  const key = accountKey(platform, seen.id);
  const tx = db.transaction('accounts', 'readwrite');
  const existing = await tx.store.get(key);
  if (!existing) await tx.store.put(newAccount(platform, seen, track, 'logged-in', now));
  else if (seenChanged(existing, seen)) await tx.store.put(merged(existing, seen, now));
  await tx.done;
  return getTracking(db, platform);
}

function seenChanged(a: AccountRecord, seen: SeenAccount): boolean {
  return (
    (seen.name !== undefined && seen.name !== a.name) ||
    (seen.aliases ?? []).some((x) => !a.aliases.includes(x))
  );
}

function merged(a: AccountRecord, seen: SeenAccount, now: number): AccountRecord {
  return {
    ...a,
    ...(seen.name !== undefined ? { name: seen.name } : {}),
    aliases: [...new Set([...a.aliases, ...(seen.aliases ?? [])])].filter((x) => x !== a.id),
    updatedAt: now,
  };
}

export async function setTracking(
  db: ResonanceDB,
  platform: SiteId,
  account: AccountName,
  tracked: boolean,
  now: number,
): Promise<TrackingState> {
  const key = accountKey(platform, account.id);
  const tx = db.transaction('accounts', 'readwrite');
  const existing = await tx.store.get(key);
  await tx.store.put(
    existing ? { ...existing, tracked, updatedAt: now } : newAccount(platform, account, tracked, 'user', now),
  );
  await tx.done;
  return getTracking(db, platform);
}

export function newAccount(
  platform: SiteId,
  seen: SeenAccount,
  tracked: boolean,
  source: AccountRecord['source'],
  now: number,
): AccountRecord {
  return {
    key: accountKey(platform, seen.id),
    platform,
    id: seen.id,
    handle: seen.handle,
    ...(seen.name !== undefined ? { name: seen.name } : {}),
    aliases: (seen.aliases ?? []).filter((x) => x !== seen.id),
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
      id: a.id,
      handle: a.handle,
      ...(a.name !== undefined ? { name: a.name } : {}),
      tracked: a.tracked,
      source: a.source,
      posts: await db.countFromIndex('postBuckets', 'by-account', a.key),
    })),
  );
}

/** Every post of an account as a curve of plain counts, for scoring: one key range of buckets. */
export async function accountCurves(
  db: ResonanceDB,
  account: string,
  overlay: readonly SummaryRecord[] = [],
  /** The account's posts, when the caller has just read them. */
  posts?: readonly StoredPost[],
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
export async function deleteAccountData(db: ResonanceDB, platform: SiteId, id: string): Promise<number> {
  const key = accountKey(platform, id);
  const tx = db.transaction(['accounts', 'buckets', 'postBuckets', 'snapshots', 'meta'], 'readwrite');
  const bucketed = await tx.objectStore('postBuckets').index('by-account').getAllKeys(key);
  // Posts first seen since the last settle are in no bucket yet, only in a marker with their facts.
  const marked = new Set<string>();
  const facts = new Map<string, PostRecord>();
  readMarkers(await tx.objectStore('meta').getAll(dirtyRange()), marked, facts);
  const posts = [
    ...new Set([...bucketed, ...[...facts.values()].filter((f) => f.account === key).map((f) => f.key)]),
  ];
  for (const p of posts) {
    await tx.objectStore('snapshots').delete(postHistory(p));
    await tx.objectStore('postBuckets').delete(p);
  }
  await tx.objectStore('buckets').delete(accountBuckets(key));
  await tx.objectStore('accounts').delete(key);
  await bumpGeneration(tx.objectStore('meta'));
  await tx.done;
  return posts.length;
}

export async function deleteAllData(db: ResonanceDB): Promise<void> {
  const stores = ['accounts', 'buckets', 'postBuckets', 'snapshots', 'meta'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  for (const s of stores) await tx.objectStore(s).clear();
  await bumpGeneration(tx.objectStore('meta'));
  await tx.done;
}
