// Bundled into a plain page by store.bench.ts: the store's real code, measured inside Chromium.
import { openDB } from 'idb';
import { openResonanceDB } from '../../lib/db';
import { exportSnapshotsCsv } from '../../lib/export';
import { writeSnapshots } from '../../lib/ingest';
import { Ingestor } from '../../lib/ingestor';
import type { SnapshotInput } from '../../lib/messages';
import { exactCount } from '../../lib/metrics';
import { accountScores } from '../../lib/scoring';
import { setTracking } from '../../lib/store';

const H = 3600e3;
const T0 = Date.UTC(2026, 9, 1);

function snapshot(i: number, posts: number): SnapshotInput {
  const post = i % posts;
  const n = Math.floor(i / posts);
  return {
    key: `k${i}`,
    platform: 'x',
    postId: String(1_000_000 + post),
    url: `https://x.com/Brand/status/${1_000_000 + post}`,
    author: 'Brand',
    publishedAt: T0 + post * H,
    capturedAt: T0 + post * H + (n + 1) * 0.5 * H,
    format: 'text',
    metrics: {
      likes: exactCount(10 + n * 3),
      comments: exactCount(1 + n),
      shares: exactCount(n),
      saves: exactCount(n >> 1),
      views: exactCount(500 + n * 40),
    },
  };
}

async function time(f: () => Promise<unknown>) {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** Ingest through writeSnapshots in flushes of `batch`, next to a raw bulk put of the same rows. */
async function ingest(rows: number, batch: number) {
  const data = Array.from({ length: rows }, (_, i) => snapshot(i, rows / 20));
  const db = await openResonanceDB(`bench-ingest-${Math.random()}`);
  await setTracking(db, 'x', 'Brand', true, T0);
  // Through the worker's own Ingestor, as a content script sends: each batch waits for its
  // acknowledgement; derived records follow on the Ingestor's timer; the last of them is in the time.
  const ingestor = new Ingestor(async () => db);
  let ack = 0;
  const ours = await time(async () => {
    for (let i = 0; i < rows; i += batch) ack += await time(() => ingestor.submit(data.slice(i, i + batch)));
    await ingestor.settle();
  });
  const raw = await openDB(`bench-raw-${Math.random()}`, 1, {
    upgrade: (d) => void d.createObjectStore('snapshots', { keyPath: ['post', 'capturedAt'] }),
  });
  const plain = await time(async () => {
    for (let i = 0; i < rows; i += batch) {
      const tx = raw.transaction('snapshots', 'readwrite');
      for (const s of data.slice(i, i + batch))
        void tx.store.put({ post: `x:${s.postId}`, capturedAt: s.capturedAt, metrics: s.metrics });
      await tx.done;
    }
  });
  // Steady state: the same posts seen again (the worker already knows them), next to raw puts of those
  // rows into the raw store, which holds the first pass as ours does.
  const again = Array.from({ length: rows }, (_, i) => snapshot(rows + i, rows / 20));
  const steady = await time(async () => {
    for (let i = 0; i < rows; i += batch) await ingestor.submit(again.slice(i, i + batch));
    await ingestor.settle();
  });
  const plainAgain = await time(async () => {
    for (let i = 0; i < rows; i += batch) {
      const tx = raw.transaction('snapshots', 'readwrite');
      for (const s of again.slice(i, i + batch))
        void tx.store.put({ post: `x:${s.postId}`, capturedAt: s.capturedAt, metrics: s.metrics });
      await tx.done;
    }
  });
  // The same three records ingest writes per snapshot (snapshot, post, summary), put raw: the cost of the
  // design itself, without ingest's reads, checks and dedupe.
  const raw3 = await openDB(`bench-raw3-${Math.random()}`, 1, {
    upgrade: (d) => {
      d.createObjectStore('snapshots', { keyPath: ['post', 'capturedAt'] });
      d.createObjectStore('posts', { keyPath: 'key' });
      d.createObjectStore('summaries', { keyPath: 'key' });
    },
  });
  const [posts, summaries] = await Promise.all([db.getAll('posts'), db.getAll('summaries')]);
  const postOf = new Map(posts.map((p) => [p.key, p]));
  const summaryOf = new Map(summaries.map((p) => [p.key, p]));
  const same = await time(async () => {
    for (let i = 0; i < rows; i += batch) {
      const tx = raw3.transaction(['snapshots', 'posts', 'summaries'], 'readwrite');
      for (const s of data.slice(i, i + batch)) {
        const key = `x:${s.postId}`;
        void tx.objectStore('snapshots').put({ post: key, capturedAt: s.capturedAt, metrics: s.metrics });
        void tx.objectStore('posts').put(postOf.get(key));
        void tx.objectStore('summaries').put(summaryOf.get(key));
      }
      await tx.done;
    }
  });
  return { ours, ack, plain, same, steady, plainAgain, stored: await db.count('snapshots') };
}

/** Seeds `rows` snapshots with raw puts (fast), then exports them, next to a raw paged read. */
async function exportRun(rows: number, posts: number) {
  const db = await openResonanceDB(`bench-export-${Math.random()}`);
  await setTracking(db, 'x', 'Brand', true, T0);
  for (let p = 0; p < posts; p += 500) {
    const tx = db.transaction(['posts', 'snapshots'], 'readwrite');
    for (let q = p; q < Math.min(p + 500, posts); q++) {
      const s0 = snapshot(q, posts);
      void tx.objectStore('posts').put({
        key: `x:${s0.postId}`,
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
        snapshots: rows / posts,
      });
      for (let n = 0; n < rows / posts; n++) {
        const s = snapshot(q + n * posts, posts);
        void tx
          .objectStore('snapshots')
          .put({ post: `x:${s.postId}`, capturedAt: s.capturedAt, metrics: s.metrics });
      }
    }
    await tx.done;
  }
  const mem = () =>
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  let peak = 0;
  let bytes = 0;
  const parts: Blob[] = [];
  const exported = await time(() =>
    exportSnapshotsCsv(
      db,
      {},
      {
        now: Date.now(),
        sink: (chunk) => {
          bytes += chunk.length;
          parts.push(new Blob([chunk]));
          peak = Math.max(peak, mem());
        },
      },
    ),
  );
  const blob = new Blob(parts, { type: 'text/csv' });
  const read = await time(async () => {
    let range: IDBKeyRange = IDBKeyRange.lowerBound(['']);
    for (;;) {
      const page = await db.getAll('snapshots', range, 5000);
      if (page.length < 5000) break;
      const last = page[page.length - 1]!;
      range = IDBKeyRange.lowerBound([last.post, last.capturedAt], true);
    }
  });
  return {
    exported,
    read,
    peakHeapMB: peak / 2 ** 20,
    baseHeapMB: mem() / 2 ** 20,
    blobMB: blob.size / 2 ** 20,
    chars: bytes,
  };
}

/** Scores every post of an account of `posts` posts, read from the summaries store as the background does. */
async function scoreRun(posts: number, perPost: number) {
  const db = await openResonanceDB(`bench-score-${Math.random()}`);
  await setTracking(db, 'x', 'Brand', true, T0);
  const data = Array.from({ length: posts * perPost }, (_, i) => snapshot(i, posts));
  for (let i = 0; i < data.length; i += 500) await writeSnapshots(db, data.slice(i, i + 500));
  const now = T0 + (posts + 48) * H;
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) runs.push(await time(() => accountScores(db, 'x:brand', now)));
  return runs.sort((a, b) => a - b);
}

Object.assign(globalThis, { resonanceBench: { ingest, exportRun, scoreRun } });
