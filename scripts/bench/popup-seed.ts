// Bundled by popup.bench.ts and run inside the extension's service worker: writes a history straight into
// the worker's own store (snapshots, week buckets, locations), as a finished restore leaves it. Restoring a
// million snapshots through the dashboard takes minutes; the records written here are the same.

import { exactCount, type Metrics } from '@/lib/core/metrics';
import { seeded } from '@/lib/insights/random';
import { encodePost } from '@/lib/store/bucket-codec';
import { WEEK_MS } from '@/lib/store/buckets';
import { DB_NAME } from '@/lib/store/db';
import { pointOf } from '@/lib/store/points';
import type { PostRecord, SnapshotRecord, WeekBucket } from '@/lib/store/records';
import { xIdAt } from '@/scripts/demo/x-markup';

const H = 3600e3;

export interface SeedSpec {
  handle: string;
  /** Posts in the history, oldest first; the last `page.length` are the page's own posts (their ids and times). */
  posts: number;
  perPost: number;
  now: number;
  page: { id: string; publishedAt: number; text: string }[];
  /** One post every this many hours before the page's oldest. */
  everyH: number;
}

/** A post's readings: `perPost` captures spread over its life so far (up to 30 days), X-like growth. */
function readingsOf(publishedAt: number, perPost: number, now: number, size: number): [number, Metrics][] {
  const span = Math.min(now - 60e3 - publishedAt, 30 * 24 * H);
  const out: [number, Metrics][] = [];
  for (let k = 1; k <= perPost; k++) {
    const at = Math.round(publishedAt + span * (k / perPost) ** 2);
    const a = (at - publishedAt) / H;
    const f = a / (a + 1.3);
    out.push([
      at,
      {
        likes: exactCount(Math.round(180 * size * f)),
        comments: exactCount(Math.round(14 * size * f)),
        shares: exactCount(Math.round(22 * size * f)),
        saves: exactCount(Math.round(9 * size * f)),
        views: exactCount(Math.round(12_000 * size * f)),
      },
    ]);
  }
  return out;
}

/** Opens the worker's store as it is (no upgrade: the worker has opened it already). */
function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** The posts of the history, oldest first: `older` before the page's own, one every `everyH` hours. */
function postsOf(spec: SeedSpec, r: () => number) {
  const older = spec.posts - spec.page.length;
  const oldest = Math.min(...spec.page.map((p) => p.publishedAt));
  return [
    ...Array.from({ length: older }, (_, p) => {
      const publishedAt = Math.round(oldest - (older - p) * spec.everyH * H + r() * H);
      return { id: xIdAt(publishedAt, p), publishedAt, text: `Post ${p}: ${p % 7 ? 'a roast' : 'a launch'}` };
    }),
    ...[...spec.page].sort((a, b) => a.publishedAt - b.publishedAt),
  ];
}

/** One post's record, bucket entry and snapshot rows. */
function stored(spec: SeedSpec, p: { id: string; publishedAt: number; text: string }, size: number) {
  const readings = readingsOf(p.publishedAt, spec.perPost, spec.now, size);
  const key = `x:${p.id}`;
  const last = readings[readings.length - 1]!;
  const post: PostRecord = {
    key,
    platform: 'x',
    id: p.id,
    account: `x:${spec.handle.toLowerCase()}`,
    author: spec.handle,
    url: `https://x.com/${spec.handle}/status/${p.id}`,
    publishedAt: p.publishedAt,
    format: 'text',
    text: p.text,
    firstSeenAt: readings[0]![0],
    lastSeenAt: last[0],
    latest: last[1],
    snapshots: readings.length,
  };
  const rows: SnapshotRecord[] = readings.map(([capturedAt, metrics]) => ({
    post: key,
    capturedAt,
    metrics,
  }));
  return { post, points: readings.map(([at, m]) => pointOf(at, m)), rows };
}

/**
 * Writes the history with plain IndexedDB requests (a seed needs no promise per row), ten weeks per
 * transaction so each bucket is written once and only ten weeks of rows are in memory at a time.
 */
async function seedHistory(spec: SeedSpec): Promise<{ posts: number; snapshots: number }> {
  const db = await openStore();
  const r = seeded(spec.posts);
  const account = `x:${spec.handle.toLowerCase()}`;
  const byWeek = new Map<number, ReturnType<typeof postsOf>>();
  for (const p of postsOf(spec, r)) {
    const week = Math.floor(p.publishedAt / WEEK_MS);
    byWeek.set(week, [...(byWeek.get(week) ?? []), p]);
  }
  const weeks = [...byWeek.keys()];
  let snapshots = 0;
  for (let c = 0; c < weeks.length; c += 10) {
    const tx = db.transaction(['buckets', 'postBuckets', 'snapshots'], 'readwrite');
    for (const week of weeks.slice(c, c + 10)) {
      const bucket: WeekBucket = { account, week, posts: {} };
      for (const p of byWeek.get(week)!) {
        const e = stored(spec, p, Math.exp((r() - 0.5) * 1.5));
        bucket.posts[e.post.key] = encodePost(e);
        tx.objectStore('postBuckets').put({ account, week }, e.post.key);
        for (const row of e.rows) tx.objectStore('snapshots').put(row);
        snapshots += e.rows.length;
      }
      tx.objectStore('buckets').put(bucket);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  db.close();
  return { posts: spec.posts, snapshots };
}

Object.assign(globalThis, { popupSeed: { seedHistory } });
