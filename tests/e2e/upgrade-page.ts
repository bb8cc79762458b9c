// Bundled into a plain page by upgrade.e2e.ts: the real upgrade ladder, run by Chromium's IndexedDB.

import { exactCount } from '@/lib/core/metrics';
import { accountCurves } from '@/lib/store/accounts';
import { findPost } from '@/lib/store/buckets';
import { openResonanceDB } from '@/lib/store/db';
import { legacyAccount, legacyPost } from '@/tests/helpers/legacy-records';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;

/** Writes as version 1, opens as 2 and writes as 2 would, then opens as 3, 4, 5 and today's version; returns what each saw. */
async function upgradeLadder() {
  const name = `upgrade-${Math.random()}`;
  // Old versions' stores are not in today's schema type: write them untyped, as the old code did.
  const v1 = (await openResonanceDB(name, 1)) as unknown as IDBDatabaseLike;
  await v1.put('accounts', legacyAccount(T0));
  await v1.put('posts', legacyPost('1', T0 - H, { seenAt: T0 }));
  await v1.put('posts', legacyPost('2', null, { seenAt: T0 }));
  await v1.put('snapshots', { post: 'x:1', capturedAt: T0, metrics: { likes: exactCount(5) } });
  await v1.put('snapshots', { post: 'x:2', capturedAt: T0, metrics: { likes: exactCount(1) } });
  v1.close();

  const v2 = (await openResonanceDB(name, 2)) as unknown as IDBDatabaseLike;
  const v2Stores = [...v2.objectStoreNames].sort();
  const v2Summaries = await v2.getAllKeys('summaries');
  // Version 2 then records a snapshot whose post record it had not yet brought up to date.
  await v2.put('snapshots', { post: 'x:1', capturedAt: T0 + H, metrics: { likes: exactCount(20) } });
  await v2.put('meta', ['x:1'], 'dirty:v2-marker');
  v2.close();

  const v3 = (await openResonanceDB(name, 3)) as unknown as IDBDatabaseLike;
  const v3Stores = [...v3.objectStoreNames].sort();
  v3.close();

  const v4 = (await openResonanceDB(name, 4)) as unknown as IDBDatabaseLike;
  const v4Posts = layouts(await v4.getAll('buckets'));
  v4.close();

  const v5 = (await openResonanceDB(name, 5)) as unknown as IDBDatabaseLike;
  const v5Posts = layouts(await v5.getAll('buckets'));
  v5.close();

  const now = await openResonanceDB(name);
  const result = {
    v2Stores,
    v2Summaries,
    v3Stores,
    v4Posts,
    v5Posts,
    bucketPosts: layouts(await now.getAll('buckets')),
    stores: [...now.objectStoreNames].sort(),
    version: now.version,
    account: await now.get('accounts', 'x:brand'),
    snapshots: await now.count('snapshots'),
    accounts: await now.count('accounts'),
    post1: (await findPost(now, 'x:1'))?.post,
    post2: (await findPost(now, 'x:2'))?.post,
    curves: (await accountCurves(now, 'x:brand')).map((c) => [c.id, c.snapshots.map((s) => s.metrics.likes)]),
    markers: (await now.getAllKeys('meta')).filter((k) => k.startsWith('dirty:')),
  };
  now.close();
  return result;
}

/** How each bucket keeps its posts: as objects, or as strings of JSON objects or arrays. */
const layouts = (buckets: unknown[]) =>
  (buckets as { posts: Record<string, unknown> }[]).flatMap((b) =>
    Object.values(b.posts).map((e) =>
      typeof e !== 'string' ? typeof e : Array.isArray(JSON.parse(e)) ? 'JSON array' : 'JSON object',
    ),
  );

interface IDBDatabaseLike {
  objectStoreNames: DOMStringList;
  put(store: string, value: unknown, key?: string): Promise<unknown>;
  getAllKeys(store: string): Promise<unknown[]>;
  getAll(store: string): Promise<unknown[]>;
  close(): void;
}

Object.assign(globalThis, { upgradeLadder });
