// CPU side of the snapshots CSV export: 1,000,000 synthetic snapshot rows through snapshotRow + csvRow,
// in chunks of 10,000 joined into one string each and then dropped, as a streaming export would hand
// them to a Blob part. Reports rows/s and the peak heapUsed sampled after every chunk.
// Run: node --import tsx --expose-gc scripts/bench/csv.bench.ts (npm run bench -- csv does this).

import type { Count, Metrics } from '@/lib/core/metrics';
import { SNAPSHOT_COLUMNS, snapshotRow } from '@/lib/export/columns';
import { CSV_BOM, csvRow } from '@/lib/export/csv';
import type { PostRecord, SnapshotRecord } from '@/lib/store/records';
import { record } from './report';

const ROWS = 1_000_000;
const CHUNK = 10_000;
const POSTS = 2_000; // 500 snapshots per post
const T0 = Date.UTC(2026, 0, 1);
const gc = (globalThis as { gc?: () => void }).gc;

const exact = (n: number): Count => ({ value: n, min: n, max: n });
// Abbreviated counts ("1.2K") are ranges in the store; about a third of the cells here are.
const ranged = (n: number): Count => (n < 1000 ? exact(n) : { value: n, min: n - 50, max: n + 49 });

const posts: PostRecord[] = Array.from({ length: POSTS }, (_, i) => ({
  key: `x:${1_800_000_000_000_000_000n + BigInt(i)}`,
  platform: 'x',
  id: String(1_800_000_000_000_000_000n + BigInt(i)),
  account: 'x:brand',
  author: 'Brand',
  url: `https://x.com/Brand/status/${1_800_000_000_000_000_000n + BigInt(i)}`,
  publishedAt: i % 50 === 0 ? null : T0 + i * 3_600_000,
  format: i % 3 === 0 ? 'image' : 'text',
  firstSeenAt: T0 + i * 3_600_000,
  lastSeenAt: T0 + i * 3_600_000,
  latest: {},
  snapshots: ROWS / POSTS,
}));

function snapshot(i: number, post: PostRecord): SnapshotRecord {
  const age = (i % (ROWS / POSTS)) + 1;
  const metrics: Metrics = {
    likes: ranged(age * 37),
    comments: exact(age * 3),
    shares: ranged(age * 11),
    views: ranged(age * 1013),
  };
  if (i % 4 === 0) metrics.saves = exact(age); // sometimes not shown; quotes never
  return { post: post.key, capturedAt: (post.publishedAt ?? T0) + age * 600_000, metrics };
}

let held = '';

/** `settle`: collect before each sample, so the peak is what is live (the chunk), not garbage yet to go. */
function run(rows: number, settle = false): { ms: number; bytes: number; peak: number } {
  gc?.();
  let peak = process.memoryUsage().heapUsed;
  let bytes = new TextEncoder().encode(CSV_BOM + csvRow(SNAPSHOT_COLUMNS)).length;
  const start = performance.now();
  for (let base = 0; base < rows; base += CHUNK) {
    const parts: string[] = [];
    for (let i = base; i < base + CHUNK; i++) {
      const post = posts[Math.floor(i / (ROWS / POSTS))]!;
      parts.push(csvRow(snapshotRow(post, snapshot(i, post), 'Brand')));
    }
    held = parts.join(''); // alive through the sample, as a chunk handed on would be; dropped next round
    bytes += held.length; // rows here are ASCII: one byte per character
    if (settle) gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  held = '';
  return { ms: performance.now() - start, bytes, peak };
}

/** The synthetic records alone, to tell their cost (IndexedDB's side in a real export) from ours. */
function synthOnly(rows: number): number {
  const ring: SnapshotRecord[] = []; // stored, so the allocations can't be optimised away
  const start = performance.now();
  for (let i = 0; i < rows; i++) ring[i & 1023] = snapshot(i, posts[Math.floor(i / (ROWS / POSTS))]!);
  return performance.now() - start;
}

run(50_000); // warm-up: JIT and inline caches
synthOnly(50_000);
gc?.();
const before = process.memoryUsage().heapUsed;
const r = run(ROWS);
const synthMs = synthOnly(ROWS);
const live = gc ? run(20 * CHUNK, true) : null;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
record('csv', 'snapshots CSV, pure', 'rows/s', [(ROWS / r.ms) * 1000]);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `snapshots CSV: ${fmt(ROWS)} rows in ${fmt(r.ms)} ms = ${fmt((ROWS / r.ms) * 1000)} rows/s (${mb(r.bytes)} MB of CSV)`,
);
console.log(`  of which building the synthetic records: ${fmt(synthMs)} ms`);
console.log(
  `  heapUsed: ${mb(before)} MB before, peak ${mb(r.peak)} MB sampled per ${fmt(CHUNK)}-row chunk` +
    (live ? `; ${mb(live.peak)} MB live (collected before each sample)` : ' (run with --expose-gc for more)'),
);
