// Restore in Chromium's IndexedDB, for store.bench.ts: a backup file's text parsed and written through the
// worker's write chain in chunks, against a raw bulk put of the same rows into a bare store; meanwhile a tab
// saves a batch every 50 ms, and the longest wait for its acknowledgement is what a restore costs the tabs.
import { openDB, unwrap } from 'idb';
import { exactCount } from '@/lib/core/metrics';
import { parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { openResonanceDB } from '@/lib/store/db';
import { IngestQueue } from '@/lib/store/ingest/queue';

const H = 3600e3;
const T0 = Date.UTC(2026, 0, 1);
const iso = (t: number) => new Date(t).toISOString();

function backupText(rows: number, posts: number): string {
  const per = Math.ceil(rows / posts);
  return JSON.stringify({
    format: 'resonance-backup',
    version: 1,
    exportedAt: iso(T0 + 400 * 24 * H),
    accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
    posts: Array.from({ length: posts }, (_, p) => ({
      platform: 'x',
      id: String(1_000_000 + p),
      url: `https://x.com/Brand/status/${1_000_000 + p}`,
      author: 'Brand',
      publishedAt: iso(T0 + p * H),
    })),
    snapshots: Array.from({ length: rows }, (_, i) => {
      const p = Math.floor(i / per);
      const n = i % per;
      return {
        platform: 'x',
        postId: String(1_000_000 + p),
        capturedAt: iso(T0 + p * H + (n + 1) * 0.5 * H),
        metrics: {
          likes: exactCount(10 + n * 3),
          comments: exactCount(1 + n),
          views: exactCount(500 + n * 40),
        },
      };
    }),
  });
}

/** The same rows put in one transaction into a store of snapshots and nothing else, each put IndexedDB's
 *  own call (no promise a request, as the restore's puts: quiet-put.ts). */
async function rawBulkPut(text: string): Promise<number> {
  const raw = await openDB(`bench-restore-raw-${Math.random()}`, 1, {
    upgrade: (d) => void d.createObjectStore('snapshots', { keyPath: ['post', 'capturedAt'] }),
  });
  const t = performance.now();
  const rows = JSON.parse(text).snapshots as { postId: string; capturedAt: string; metrics: unknown }[];
  const tx = raw.transaction('snapshots', 'readwrite');
  const store = unwrap(tx.store);
  for (const s of rows)
    store.put({ post: `x:${s.postId}`, capturedAt: Date.parse(s.capturedAt), metrics: s.metrics });
  await tx.done;
  const ms = performance.now() - t;
  raw.close();
  return ms;
}

/** One restore of `rows` snapshots of `posts` posts, timed from the file's text, paired with its raw put. */
export async function restoreRun(rows: number, posts: number) {
  const text = backupText(rows, posts);
  const db = await openResonanceDB(`bench-restore-${Math.random()}`);
  const queue = new IngestQueue(async () => db);
  const waits: number[] = [];
  let saving = true;
  let seq = 0;
  // A tab scrolling during the restore: one reading of a post not in the file every 50 ms.
  const tab = (async () => {
    while (saving) {
      await new Promise((r) => setTimeout(r, 50));
      const t = performance.now();
      const at = T0 + 500 * 24 * H + seq++ * 1000;
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          queue.submit([
            {
              key: `s${seq}-${i}`,
              platform: 'x',
              postId: String(9_000_000 + i),
              url: `https://x.com/Brand/status/${9_000_000 + i}`,
              author: 'Brand',
              authorId: 'brand',
              publishedAt: at - H,
              capturedAt: at,
              metrics: { likes: exactCount(seq) },
            },
          ]),
        ),
      );
      waits.push(performance.now() - t);
    }
  })();
  let progress = 0;
  const t = performance.now();
  await queue.inSteps(async (run) => {
    const backup = parseBackup(text, { now: T0 + 600 * 24 * H, instances: [] });
    return restoreBackup(db, backup, {
      dryRun: false,
      now: T0,
      run,
      onProgress: (done) => (progress = done),
    });
  });
  const ours = performance.now() - t;
  saving = false;
  await tab;
  db.close();
  const plain = await rawBulkPut(text);
  return { ours, plain, progress, saves: waits.length, longestSave: Math.max(0, ...waits) };
}
