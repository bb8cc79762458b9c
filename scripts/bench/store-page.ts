// Bundled into a plain page by store.bench.ts: the store's real code, measured inside Chromium.
import { deleteDB, openDB, unwrap } from 'idb';
import { contentHandlers } from '@/lib/background/content-handlers';
import { ScoreCache } from '@/lib/background/scores';
import { StoreStatus } from '@/lib/background/status';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import { setTracking } from '@/lib/store/accounts';
import { DB_VERSION, openResonanceDB } from '@/lib/store/db';
import { FLUSH_MS, IngestQueue } from '@/lib/store/ingest/queue';
import { writeSnapshots } from '@/lib/store/ingest/write';
import type { ResonanceDB } from '@/lib/store/records';
import { accountScores } from '@/lib/store/stored-scores';
import { exportRun } from './export-page';
import { restoreRun } from './restore-page';
import { BRAND, H, snapshot, T0, time } from './store-rows';

/** After every capture the benchmark makes: the worker's checks refuse readings from the future. */
const LATER = Date.UTC(2030, 0, 1);

/**
 * A page's flush as the worker takes it: the recordSnapshots handler (lib/background/content-handlers.ts),
 * which checks every reading before the queue writes it. A refused reading would make ours fast by
 * writing less: it fails the benchmark.
 */
function flusher(db: ResonanceDB, queue: IngestQueue) {
  const env = { db: async () => db, now: () => LATER };
  const handlers = contentHandlers(
    env,
    queue,
    new StoreStatus(env.now),
    new ScoreCache(env.db, queue, env.now),
  );
  return async (batch: readonly CheckedSnapshot[]) => {
    const ack = await handlers.recordSnapshots({ type: 'recordSnapshots', batch });
    if (ack.rejected.length) throw new Error(`a benchmark reading was refused: ${ack.rejected[0]!.reason}`);
  };
}

/** A bare store of snapshot rows: what ingest is measured against. */
const openRaw = () =>
  openDB(`bench-raw-${Math.random()}`, 1, {
    upgrade: (d) => void d.createObjectStore('snapshots', { keyPath: ['post', 'capturedAt'] }),
  });

/**
 * The same rows ingest stores, put in one transaction with nothing else, each put IndexedDB's own call
 * (idb's `put` adds a promise and two listeners a request, which ingest's puts leave out: quiet-put.ts).
 */
async function rawPut(raw: Awaited<ReturnType<typeof openRaw>>, rows: readonly CheckedSnapshot[]) {
  const tx = raw.transaction('snapshots', 'readwrite');
  const store = unwrap(tx.store);
  for (const s of rows) store.put({ post: `x:${s.postId}`, capturedAt: s.capturedAt, metrics: s.metrics });
  await tx.done;
}

/**
 * Ingest through the worker's own handler and IngestQueue, as a content script sends (each batch waits
 * for its acknowledgement), paired flush by flush with a raw put of the same rows into a bare store: each
 * flush of ours is followed by the same rows put raw, so both see the same machine at the same moment.
 * The derived records (post pages) written behind are settled at the end of each pass and counted.
 * Pass 1 sees every post for the first time; pass 2 sees the same posts again (the worker knows them).
 */
async function ingest(rows: number, batch: number) {
  const db = await openResonanceDB(`bench-ingest-${Math.random()}`);
  await setTracking(db, 'x', BRAND, true, T0);
  const raw = await openRaw();
  const ingestor = new IngestQueue(async () => db);
  const flush = flusher(db, ingestor);
  const passes = [];
  for (const pass of [0, 1]) {
    const data = Array.from({ length: rows }, (_, i) => snapshot(pass * rows + i, rows / 20));
    let ack = 0;
    let plain = 0;
    for (let i = 0; i < rows; i += batch) {
      const slice = data.slice(i, i + batch);
      ack += await time(() => flush(slice));
      plain += await time(() => rawPut(raw, slice));
    }
    const settle = await time(() => ingestor.settle());
    passes.push({ ack, settle, ours: ack + settle, plain });
  }
  return { first: passes[0]!, steady: passes[1]!, stored: await db.count('snapshots') };
}

/**
 * A manager's visits, the realistic mix: an account with `posts` stored posts; each visit starts a fresh
 * worker (MV3 stops an idle one, so nothing is in memory), scrolls `perVisit` consecutive posts, sees
 * each once with new counts, in flushes of `batch`; the pages are settled when the visit ends. Each
 * flush is paired with a raw put of the same rows, as in `ingest`.
 */
async function visits(posts: number, count: number, perVisit: number, batch: number) {
  const db = await openResonanceDB(`bench-visits-${Math.random()}`);
  await setTracking(db, 'x', BRAND, true, T0);
  const raw = await openRaw();
  const seed = new IngestQueue(async () => db);
  for (let i = 0; i < posts; i += 500)
    await seed.submit(Array.from({ length: 500 }, (_, j) => snapshot(i + j, posts)));
  await seed.settle();
  let ours = 0;
  let plain = 0;
  // Where our time goes: each visit's first flush (nothing in memory yet), its other flushes, its settle.
  const split = { first: 0, rest: 0, settle: 0 };
  for (let v = 0; v < count; v++) {
    // A flush of fewer than FLUSH_ROWS waits FLUSH_MS for company: that is latency, not work, so here
    // it goes at once. The derive timer keeps its delay; the visit's end settles.
    const worker = new IngestQueue(
      async () => db,
      (fn, ms) => setTimeout(fn, ms === FLUSH_MS ? 0 : ms),
    );
    const flush = flusher(db, worker);
    const start = (v * 397) % (posts - perVisit);
    // Visit v is the (v + 1)th capture of these posts: counts have grown since the last one.
    const seen = Array.from({ length: perVisit }, (_, j) => snapshot((v + 1) * posts + start + j, posts));
    for (let i = 0; i < perVisit; i += batch) {
      const slice = seen.slice(i, i + batch);
      const ms = await time(() => flush(slice));
      ours += ms;
      split[i === 0 ? 'first' : 'rest'] += ms;
      plain += await time(() => rawPut(raw, slice));
    }
    const ms = await time(() => worker.settle());
    ours += ms;
    split.settle += ms;
  }
  // Each run's databases go with it: left behind, they slowed every later run's puts, ours and raw alike.
  db.close();
  raw.close();
  await Promise.all([deleteDB(db.name), deleteDB(raw.name)]);
  return { ours, plain, rows: count * perVisit, split };
}

/**
 * The upgrades from version 2 to today's (v3 pages the posts, v4 renames the stores) on a store version 2 wrote (posts, summaries, snapshots): how long the first
 * open of a new version holds the store, and the JS heap it leaves.
 */
async function upgradeRun(posts: number, perPost: number) {
  const name = `bench-upgrade-${Math.random()}`;
  // Version 2's stores are not in today's schema type: written untyped, as version 2 wrote them.
  const v2 = (await openResonanceDB(name, 2)) as unknown as {
    transaction(
      stores: string[],
      mode: 'readwrite',
    ): {
      objectStore(name: string): { put(value: unknown): unknown };
      done: Promise<void>;
    };
    close(): void;
  };
  for (let p = 0; p < posts; p += 500) {
    const tx = v2.transaction(['posts', 'snapshots', 'summaries'], 'readwrite');
    for (let q = p; q < Math.min(p + 500, posts); q++) {
      const s0 = snapshot(q, posts);
      const key = `x:${s0.postId}`;
      const points = [];
      for (let n = 0; n < perPost; n++) {
        const s = snapshot(q + n * posts, posts);
        tx.objectStore('snapshots').put({ post: key, capturedAt: s.capturedAt, metrics: s.metrics });
        points.push([s.capturedAt, s.metrics.likes?.value ?? null]);
      }
      tx.objectStore('posts').put({
        key,
        platform: 'x',
        id: s0.postId,
        account: 'x:brand',
        author: 'Brand',
        url: s0.url,
        publishedAt: s0.publishedAt,
        format: 'text',
        firstSeenAt: s0.capturedAt,
        lastSeenAt: s0.capturedAt,
        latest: s0.metrics,
        snapshots: perPost,
      });
      tx.objectStore('summaries').put({
        key,
        account: 'x:brand',
        id: s0.postId,
        publishedAt: s0.publishedAt,
        points,
      });
    }
    await tx.done;
  }
  v2.close();
  let pages = 0;
  const ms = await time(async () => {
    const current = await openResonanceDB(name);
    pages = await current.count('buckets');
    current.close();
  });
  const heapMB =
    ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) /
    2 ** 20;
  return { ms, pages, heapMB, version: DB_VERSION };
}

/** Scores every post of an account of `posts` posts, read from the summaries store as the background does. */
async function scoreRun(posts: number, perPost: number) {
  const db = await openResonanceDB(`bench-score-${Math.random()}`);
  await setTracking(db, 'x', BRAND, true, T0);
  const data = Array.from({ length: posts * perPost }, (_, i) => snapshot(i, posts));
  for (let i = 0; i < data.length; i += 500) await writeSnapshots(db, data.slice(i, i + 500));
  const now = T0 + (posts + 48) * H;
  // The first call compiles the scoring code: timed on its own, so it does not pass for noise in the others.
  const cold = await time(() => accountScores(db, 'x:brand', now));
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) runs.push(await time(() => accountScores(db, 'x:brand', now)));
  return { cold, runs: runs.sort((a, b) => a - b) };
}

Object.assign(globalThis, {
  resonanceBench: { ingest, visits, exportRun, scoreRun, upgradeRun, restoreRun },
});
