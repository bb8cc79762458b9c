// Store benchmarks in real Chromium (IndexedDB is the browser's, not a Node fake):
// - ingest: writeSnapshots in flushes of 50 vs a raw bulk put of the same rows (goal ≥ 0.8 of raw speed);
// - export: 1,000,000 snapshots to CSV vs a raw paged read of the same rows (goal ≤ 1.2×), and peak JS heap (goal ≤ 150 MB).
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '../lib/browser';

const bundle = await build({
  entryPoints: ['scripts/bench/store-page.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
});
const script = bundle.outputFiles[0]!.text;
const rows = Number(process.env.EXPORT_ROWS ?? 1_000_000);

const browser = await chromium.launch({
  headless: true,
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.route('https://bench.resonance.test/**', (r) =>
  r.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${script}</script>` }),
);
await page.goto('https://bench.resonance.test/');
type Bench = {
  ingest(
    rows: number,
    batch: number,
  ): Promise<{
    ours: number;
    ack: number;
    plain: number;
    same: number;
    steady: number;
    plainAgain: number;
    stored: number;
  }>;
  scoreRun(posts: number, perPost: number): Promise<number[]>;
  exportRun(
    rows: number,
    posts: number,
  ): Promise<{ exported: number; read: number; peakHeapMB: number; baseHeapMB: number; blobMB: number }>;
};

const ingestRuns = [];
for (let r = 0; r < 3; r++)
  ingestRuns.push(
    await page.evaluate(() =>
      (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.ingest(20_000, 50),
    ),
  );
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ours = med(ingestRuns.map((x) => x.ours));
const plain = med(ingestRuns.map((x) => x.plain));
const same = med(ingestRuns.map((x) => x.same));
const ack = med(ingestRuns.map((x) => x.ack));
const steady = med(ingestRuns.map((x) => x.steady / x.plainAgain));
const rate = (ms: number) => `${(20_000 / (ms / 1000)).toFixed(0)} rows/s`;
console.log(
  'ingest: 20,000 snapshots of 1,000 posts in flushes of 50, through the worker’s Ingestor (median of 3)',
);
console.log(
  `  first sightings included (each post read once, its record written): ${rate(ours)}; raw put of the snapshot rows alone ${rate(plain)} → ${(plain / ours).toFixed(2)} of raw`,
);
console.log(`    of which acknowledged path ${rate(ack)} → ${(plain / ack).toFixed(2)} of raw`);
console.log(
  `  steady state (20,000 more snapshots of the same posts, derived records written behind): ${(1 / steady).toFixed(2)} of raw (goal ≥ 0.8)`,
);
console.log(
  `  for scale: post and summary written with every snapshot (3 raw puts per row) would give ${rate(same)}`,
);

const scoreRuns = await page.evaluate(() =>
  (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.scoreRun(2000, 6),
);
console.log(
  'scoring: every post of an account with 2,000 posts (6 snapshots each), summaries read from IndexedDB',
);
console.log(
  `  ${scoreRuns[3]!.toFixed(0)} ms median of 7 (min ${scoreRuns[0]!.toFixed(0)}, max ${scoreRuns[6]!.toFixed(0)}; goal ≤ 100 ms)`,
);

const ex = await page.evaluate(
  (n) => (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.exportRun(n, n / 50),
  rows,
);
console.log(`export: ${rows.toLocaleString('en')} snapshots → CSV (${ex.blobMB.toFixed(0)} MB)`);
console.log(
  `  export ${(ex.exported / 1000).toFixed(1)} s, raw paged read ${(ex.read / 1000).toFixed(1)} s → ${(ex.exported / ex.read).toFixed(2)}× (goal ≤ 1.2×)`,
);
console.log(
  `  peak JS heap during export ${ex.peakHeapMB.toFixed(0)} MB (goal ≤ 150 MB; heap after: ${ex.baseHeapMB.toFixed(0)} MB)`,
);
await browser.close();
