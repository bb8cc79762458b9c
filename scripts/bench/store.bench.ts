// Store benchmarks in real Chromium (IndexedDB is the browser's, not a Node fake):
// - ingest: the worker's recordSnapshots handler (checks, then IngestQueue) in flushes of 50, each paired with a raw put of the same rows (goal ≥ 0.8 of raw speed);
// - export: 1,000,000 snapshots to CSV vs a raw paged read of the same rows (goal ≤ 1.2×), and peak JS heap (goal ≤ 150 MB);
// - restore: a backup file parsed and written in chunks vs a raw bulk put of its rows (goal ≥ 0.5), and a tab's longest save meanwhile.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '@/scripts/lib/browser';
import { record } from './report';

const bundle = await build({
  entryPoints: ['scripts/bench/store-page.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
});
const script = bundle.outputFiles[0]!.text;
const rows = Number(process.env.EXPORT_ROWS ?? 1_000_000);
// STORE_BENCH=visits,ingest runs only those parts (all by default): the same measurements, fewer of them.
const parts = (process.env.STORE_BENCH ?? '').split(',').filter(Boolean);
/** Runs of the realistic visits (VISIT_RUNS=1 for a quick look). */
const VISIT_RUNS = Number(process.env.VISIT_RUNS ?? 7);
const runs = (part: string) => parts.length === 0 || parts.includes(part);

// A profile on disk, as the extension's store is: a context with none keeps IndexedDB in memory, which
// here slowed as it filled (20,000 raw puts 1.9 s, then 4, 6, 8.8 s in the same context, deleted or not;
// on disk 1.3-1.5 s each time).
const browser = await chromium.launchPersistentContext('', {
  headless: true,
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.route('https://bench.resonance.test/**', (r) =>
  r.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${script}</script>` }),
);
await page.goto('https://bench.resonance.test/');
interface Pass {
  ack: number;
  settle: number;
  ours: number;
  plain: number;
}
type Bench = {
  ingest(rows: number, batch: number): Promise<{ first: Pass; steady: Pass; stored: number }>;
  visits(
    posts: number,
    count: number,
    perVisit: number,
    batch: number,
  ): Promise<{
    ours: number;
    plain: number;
    rows: number;
    split: { first: number; rest: number; settle: number };
  }>;
  scoreRun(posts: number, perPost: number): Promise<{ cold: number; runs: number[] }>;
  upgradeRun(
    posts: number,
    perPost: number,
  ): Promise<{ ms: number; pages: number; heapMB: number; version: number }>;
  restoreRun(
    rows: number,
    posts: number,
  ): Promise<{ ours: number; plain: number; progress: number; saves: number; longestSave: number }>;
  exportRun(
    rows: number,
    posts: number,
  ): Promise<{ exported: number; read: number; peakHeapMB: number; baseHeapMB: number; blobMB: number }>;
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const med = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const ratios = (xs: number[]) =>
  sorted(xs)
    .map((x) => x.toFixed(2))
    .join(' ');
// Scoring first: measured after the ingest parts below, its runs went 29-134 ms (2026-12-01, a full
// `npm run bench`) where alone they stayed under 70; the browser's storage was still busy with their writes.
if (runs('score')) {
  const { cold, runs: scoreRuns } = await page.evaluate(() =>
    (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.scoreRun(2000, 6),
  );
  record('store', 'scoring 2,000 posts from the store', 'ms', scoreRuns, { kind: 'max', value: 100 });
  record('store', 'scoring 2,000 posts from the store, first call (code not yet compiled)', 'ms', [cold]);
  console.log(
    'scoring: every post of an account with 2,000 posts (6 snapshots each), curves read from the post pages in IndexedDB',
  );
  console.log(
    `  ${scoreRuns[3]!.toFixed(0)} ms median of 7 (min ${scoreRuns[0]!.toFixed(0)}, max ${scoreRuns[6]!.toFixed(0)}; goal ≤ 100 ms), after a first call of ${cold.toFixed(0)} ms`,
  );
}
if (runs('ingest')) {
  const RUNS = 5;
  const ingestRuns = [];
  for (let r = 0; r < RUNS; r++)
    ingestRuns.push(
      await page.evaluate(() =>
        (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.ingest(20_000, 50),
      ),
    );
  const rate = (ms: number) => `${(20_000 / (ms / 1000)).toFixed(0)} rows/s`;
  console.log(
    `ingest: 20,000 snapshots of 1,000 posts in flushes of 50 through the worker’s handler (its checks, then its IngestQueue), each flush paired with a raw put of the same rows (${RUNS} runs)`,
  );
  for (const [name, pick] of [
    ['first sightings (every post new)', (x: { first: Pass }) => x.first],
    ['steady state (the same posts again)', (x: { steady: Pass }) => x.steady],
  ] as const) {
    const passes = ingestRuns.map(pick);
    const whole = passes.map((p) => p.plain / p.ours);
    record('store', `ingest, ${name.split(' (')[0]}: of a raw put`, '×', whole, { kind: 'min', value: 0.8 });
    const acked = passes.map((p) => p.plain / p.ack);
    console.log(
      `  ${name}: ours ${rate(med(passes.map((p) => p.ours)))}, raw ${rate(med(passes.map((p) => p.plain)))} → ${med(whole).toFixed(2)} of raw (goal ≥ 0.8; runs ${ratios(whole)})`,
    );
    console.log(
      `    acknowledged path alone ${med(acked).toFixed(2)} of raw; post pages written behind: ${med(passes.map((p) => p.settle)).toFixed(0)} ms per pass`,
    );
  }
}
if (runs('visits')) {
  const visitRuns: Awaited<ReturnType<Bench['visits']>>[] = [];
  // Seven runs: one run's ratio moves ±0.08 with the store's commit times (0.74-0.90 for one build, 2026-12-02),
  // so the median of three could land either side of the goal.
  for (let r = 0; r < VISIT_RUNS; r++)
    visitRuns.push(
      await page.evaluate(() =>
        (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.visits(2000, 20, 200, 10),
      ),
    );
  const visitRatios = visitRuns.map((v) => v.plain / v.ours);
  record('store', 'ingest, realistic visits: of a raw put', '×', visitRatios, { kind: 'min', value: 0.8 });
  console.log(
    `  realistic visits (account of 2,000 posts; 20 visits, each a restarted worker scrolling 200 posts once, flushes of 10, pages settled per visit; ${VISIT_RUNS} runs):`,
  );
  console.log(
    `    ${med(visitRatios).toFixed(2)} of raw (runs ${ratios(visitRatios)}; per snapshot: ours ${(med(visitRuns.map((v) => v.ours / v.rows)) * 1000).toFixed(0)} µs, raw ${(med(visitRuns.map((v) => v.plain / v.rows)) * 1000).toFixed(0)} µs)`,
  );
  const perVisit = (pick: (v: (typeof visitRuns)[number]) => number) =>
    `${(med(visitRuns.map(pick)) / 20).toFixed(1)} ms`;
  console.log(
    `    per visit: ours ${perVisit((v) => v.ours)} (first flush ${perVisit((v) => v.split.first)}, 19 more ${perVisit((v) => v.split.rest)}, settle ${perVisit((v) => v.split.settle)}), raw ${perVisit((v) => v.plain)}`,
  );
}
if (runs('upgrade')) {
  const up = await page.evaluate(
    (n) => (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.upgradeRun(n / 50, 50),
    Math.min(rows, 200_000),
  );
  console.log(
    `upgrade v2 → v${up.version}: ${(Math.min(rows, 200_000) / 50).toLocaleString('en')} posts, ${Math.min(rows, 200_000).toLocaleString('en')} snapshots → ${up.pages} pages in ${(up.ms / 1000).toFixed(1)} s, once (JS heap after ${up.heapMB.toFixed(0)} MB)`,
  );
}
if (runs('export')) {
  const ex = await page.evaluate(
    (n) => (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.exportRun(n, n / 50),
    rows,
  );
  record(
    'store',
    `export ${rows.toLocaleString('en')} rows: of a raw paged read`,
    '×',
    [ex.exported / ex.read],
    {
      kind: 'max',
      value: 1.2,
    },
  );
  record('store', 'export: peak JS heap', 'MB', [ex.peakHeapMB], { kind: 'max', value: 150 });
  console.log(`export: ${rows.toLocaleString('en')} snapshots → CSV (${ex.blobMB.toFixed(0)} MB)`);
  console.log(
    `  export ${(ex.exported / 1000).toFixed(1)} s, raw paged read ${(ex.read / 1000).toFixed(1)} s → ${(ex.exported / ex.read).toFixed(2)}× (goal ≤ 1.2×)`,
  );
  console.log(
    `  peak JS heap during export ${ex.peakHeapMB.toFixed(0)} MB (goal ≤ 150 MB; heap after: ${ex.baseHeapMB.toFixed(0)} MB)`,
  );
}
if (runs('restore')) {
  const restoreRows = Math.min(rows, 100_000);
  const restores = [];
  for (let r = 0; r < 3; r++)
    restores.push(
      await page.evaluate(
        (n) => (globalThis as unknown as { resonanceBench: Bench }).resonanceBench.restoreRun(n, n / 100),
        restoreRows,
      ),
    );
  const restoreRatios = restores.map((x) => x.plain / x.ours);
  record('store', `restore ${restoreRows.toLocaleString('en')} rows: of a raw bulk put`, '×', restoreRatios, {
    kind: 'min',
    value: 0.5,
  });
  record(
    'store',
    'restore: a tab’s longest save meanwhile',
    'ms',
    restores.map((x) => x.longestSave),
  );
  console.log(
    `restore: a file of ${restoreRows.toLocaleString('en')} snapshots of ${(restoreRows / 100).toLocaleString('en')} posts, parsed and written in chunks through the write chain, vs a raw bulk put of its rows (3 runs)`,
  );
  console.log(
    `  ${med(restoreRatios).toFixed(2)} of raw (goal ≥ 0.5; runs ${ratios(restoreRatios)}; ours ${(med(restores.map((x) => x.ours)) / 1000).toFixed(1)} s, raw ${(med(restores.map((x) => x.plain)) / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  a tab saving 50 readings every 50 ms meanwhile: ${med(restores.map((x) => x.saves))} saves, longest wait ${med(restores.map((x) => x.longestSave)).toFixed(0)} ms (median of runs' longest)`,
  );
}
await browser.close();
