// Bundled into a plain page by dashboard.bench.ts: the dashboard's history reader, measured in Chromium's
// own IndexedDB against raw reads of the same store.
import { openDB } from 'idb';
import { exactCount } from '@/lib/core/metrics';
import { seeded as rng } from '@/lib/insights/random';
import { DEFAULT_QUERY, type HistoryQuery } from '@/lib/protocol/history';
import { setTracking } from '@/lib/store/accounts';
import { encodePost } from '@/lib/store/bucket-codec';
import { bucketOf } from '@/lib/store/buckets';
import { DB_NAME, openResonanceDB } from '@/lib/store/db';
import { HistorySession } from '@/lib/store/history-session';
import { pointOf } from '@/lib/store/points';
import type { PostRecord, ResonanceDB, SummaryPoint, WeekBucket } from '@/lib/store/records';

const H = 3600e3;
const NOW = Date.UTC(2026, 9, 1);
/** The ages a post keeps once retention has thinned it (lib/store/retention/policy.ts), from its first hour. */
const AGES = [0.5, 1, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 2688, 5376];
const FORMATS = ['text', 'image', 'video', 'carousel'] as const;

/** `posts` posts of @<id>, one every 1.75 h up to NOW (10,000 posts: two years), log-normal sizes, X-like growth. */
async function seed(db: ResonanceDB, id: string, posts: number): Promise<PostRecord[]> {
  await setTracking(db, 'x', { handle: id, id }, true, NOW);
  const r = rng(posts);
  const account = `x:${id}`;
  const buckets = new Map<number, WeekBucket>();
  const records: PostRecord[] = [];
  for (let p = 0; p < posts; p++) {
    const publishedAt = Math.round(NOW - (posts - p) * 1.75 * H + r() * H);
    const size = Math.exp((r() - 0.5) * 2);
    const points: SummaryPoint[] = [];
    let latest = {};
    for (const a of AGES) {
      if (publishedAt + a * H > NOW) break;
      const f = a / (a + 1.3);
      latest = {
        likes: exactCount(Math.round(80 * size * f)),
        comments: exactCount(Math.round(8 * size * f)),
        shares: exactCount(Math.round(10 * size * f)),
        views: exactCount(Math.round(9000 * size * f)),
      };
      points.push(pointOf(publishedAt + a * H, latest));
    }
    const post: PostRecord = {
      key: `x:${id}-${p}`,
      platform: 'x',
      id: `${id}-${p}`,
      account,
      author: id,
      url: `https://x.com/${id}/status/${1e6 + p}`,
      publishedAt,
      format: FORMATS[p % FORMATS.length],
      text: `Post ${p} of ${id}: ${p % 7 ? 'a roast' : 'a launch'} worth a look`,
      firstSeenAt: points[0]?.[0] ?? publishedAt,
      lastSeenAt: points[points.length - 1]?.[0] ?? publishedAt,
      latest,
      snapshots: points.length,
    };
    records.push(post);
    const [, week] = bucketOf(post);
    const b = buckets.get(week) ?? { account, week, posts: {} };
    b.posts[post.key] = encodePost({ post, points });
    buckets.set(week, b);
  }
  const tx = db.transaction(['buckets', 'postBuckets'], 'readwrite');
  for (const b of buckets.values()) {
    void tx.objectStore('buckets').put(b);
    for (const key of Object.keys(b.posts))
      void tx.objectStore('postBuckets').put({ account, week: b.week }, key);
  }
  await tx.done;
  return records;
}

/** The same post records, one IndexedDB record each with an index on time: the raw store a page is read from. */
async function rawStore(records: PostRecord[]) {
  const raw = await openDB(`bench-raw-${Math.random()}`, 1, {
    upgrade: (d) =>
      void d.createObjectStore('posts', { keyPath: 'key' }).createIndex('by-time', 'publishedAt'),
  });
  const tx = raw.transaction('posts', 'readwrite');
  for (const p of records) void tx.store.put(p);
  await tx.done;
  return raw;
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

let seeded: Map<string, PostRecord[]> | null = null;

/** Seeds the store the dashboard reads (named as in the extension) with one account per size, once. */
async function prepare(sizes: number[]): Promise<void> {
  const db = await openResonanceDB(DB_NAME);
  seeded = new Map();
  for (const n of sizes) seeded.set(`brand${n}`, await seed(db, `brand${n}`, n));
  db.close();
}

const QUERIES: Record<string, Partial<HistoryQuery>> = {
  'next page by date': { offset: 50 },
  'best first (score)': { sort: 'score' },
  'its next page': { sort: 'score', offset: 50 },
  'most likes': { sort: 'likes' },
  'last 30 days': { from: NOW - 30 * 24 * H },
  'a search': { search: 'launch' },
};

/** One round in this page: first rows, the whole account read and scored, then each query. */
async function round(posts: number) {
  const db = await openResonanceDB(DB_NAME);
  const raw = await rawStore(seeded!.get(`brand${posts}`)!);
  const out: Record<string, number> = {};
  const session = new HistorySession(db, 'x', `brand${posts}`, NOW);
  out['first rows'] = await time(() => session.page(DEFAULT_QUERY));
  out['raw: 50 newest records by an index'] = await time(async () => {
    const tx = raw.transaction('posts');
    let c = await tx.store.index('by-time').openCursor(null, 'prev');
    for (let i = 0; c && i < 50; i++) c = await c.continue();
  });
  out['every post read and scored'] = await time(() => session.load());
  out['raw: every record read'] = await time(() => raw.getAll('posts'));
  out['first page, scored'] = await time(() => session.page(DEFAULT_QUERY));
  for (const [name, q] of Object.entries(QUERIES))
    out[name] = await time(() => session.page({ ...DEFAULT_QUERY, ...q }));
  db.close();
  raw.close();
  return out;
}

/**
 * The dashboard's own path: a fresh history worker (as when the page opens) reads and scores the account,
 * while the page reads the first rows from the buckets itself; then pages asked of the worker.
 */
async function workerRound(posts: number, url: string) {
  const db = await openResonanceDB(DB_NAME);
  const worker = new Worker(url);
  const answers = new Map<number, (v: unknown) => void>();
  worker.onmessage = (e: MessageEvent<{ id: number }>) => answers.get(e.data.id)?.(e.data);
  const ask = (msg: Record<string, unknown> & { id: number }) =>
    new Promise((resolve) => {
      answers.set(msg.id, resolve);
      worker.postMessage(msg);
    });
  const t = performance.now();
  const ready = ask({
    id: 1,
    kind: 'open',
    session: 1,
    platform: 'x',
    account: `brand${posts}`,
    now: NOW,
  }).then(() => performance.now() - t);
  await new HistorySession(db, 'x', `brand${posts}`, NOW).quick(DEFAULT_QUERY);
  const out: Record<string, number> = { 'first rows while the worker reads': performance.now() - t };
  out['worker: every post read and scored'] = await ready;
  let id = 2;
  // What the dashboard asks first once every post is scored: the page it shows, again (HistoryView).
  out['worker: the page shown, asked again'] = await time(() =>
    ask({ id: id++, kind: 'page', session: 1, query: DEFAULT_QUERY }),
  );
  for (const [name, q] of Object.entries(QUERIES).slice(0, 3))
    out[`worker: ${name}`] = await time(() =>
      ask({ id: id++, kind: 'page', session: 1, query: { ...DEFAULT_QUERY, ...q } }),
    );
  worker.terminate();
  db.close();
  return out;
}

const dashboardBench = { prepare, round, workerRound };
/** What the bench calls in the page. */
export type DashboardBench = typeof dashboardBench;
Object.assign(globalThis, { dashboardBench });
