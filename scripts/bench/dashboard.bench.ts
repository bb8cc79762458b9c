// The dashboard's history in real Chromium (IndexedDB is the browser's, not a Node fake), for an account of
// 36 posts and one of 10,000: the first rows (goal ≤ 300 ms), the whole account read and scored, and each
// next page, sort, filter and search once it is (goal ≤ 100 ms). Each figure is set beside a raw read of the
// same posts stored one record each (a page by an index; every record), measured in the same round.
// Each round is the median of 3 runs; the figure is the median of the rounds, with the lowest and highest.
// Run: npm run bench dashboard   (DASHBOARD_ROUNDS=5 by default)
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '@/scripts/lib/browser';
import type { DashboardBench as Bench } from './dashboard-page';
import { record } from './report';

const SIZES = [36, 10_000];
const ROUNDS = Number(process.env.DASHBOARD_ROUNDS ?? 5);
/** Runs per round, whose median is the round's figure. */
const REPEATS = 3;

const bundle = async (entry: string) =>
  (await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022' }))
    .outputFiles[0]!.text;
const page = await bundle('scripts/bench/dashboard-page.ts');
const worker = await bundle('entrypoints/dashboard/history-worker.ts');

// A profile on disk, as the extension's store is (store.bench.ts says why).
const browser = await chromium.launchPersistentContext('', {
  headless: true,
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const tab = await browser.newPage();
await tab.route('https://bench.resonance.test/**', (r) =>
  r.request().url().endsWith('/worker.js')
    ? r.fulfill({ contentType: 'text/javascript', body: worker })
    : r.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${page}</script>` }),
);
await tab.goto('https://bench.resonance.test/');

await tab.evaluate(
  (sizes) => (globalThis as unknown as { dashboardBench: Bench }).dashboardBench.prepare(sizes),
  SIZES,
);

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
function report(title: string, runs: Record<string, number>[]) {
  console.log(title);
  for (const name of Object.keys(runs[0]!)) {
    const xs = sorted(runs.map((r) => r[name]!));
    const median = xs[Math.floor(xs.length / 2)]!;
    console.log(
      `  ${name.padEnd(40)} ${fmt(median).padStart(6)} ms  (${fmt(xs[0]!)}–${fmt(xs[xs.length - 1]!)})`,
    );
  }
}

// Run in the page: `globalThis` there is the page's.
type Paged = { dashboardBench: Bench };
/** Each key's median over a few runs: one figure per round, steady enough to compare rounds by. */
function medians(runs: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(runs[0]!)) out[k] = sorted(runs.map((r) => r[k]!))[runs.length >> 1]!;
  return out;
}

for (const posts of SIZES) {
  const inPage: Record<string, number>[] = [];
  const viaWorker: Record<string, number>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const page: Record<string, number>[] = [];
    const worker: Record<string, number>[] = [];
    for (let i = 0; i < REPEATS; i++) {
      page.push(await tab.evaluate((n) => (globalThis as unknown as Paged).dashboardBench.round(n), posts));
      worker.push(
        await tab.evaluate(
          (n) =>
            (globalThis as unknown as Paged).dashboardBench.workerRound(
              n,
              'https://bench.resonance.test/worker.js',
            ),
          posts,
        ),
      );
    }
    inPage.push(medians(page));
    viaWorker.push(medians(worker));
  }
  const size = posts.toLocaleString('en');
  report(`${size} posts, in one page (${ROUNDS} rounds of ${REPEATS}: median, lowest–highest)`, inPage);
  report(`${size} posts, as the dashboard runs it (history worker)`, viaWorker);
  const runs = (from: Record<string, number>[], name: string) => from.map((r) => r[name]!);
  const figure = (name: string, from: Record<string, number>[], key: string, max?: number) =>
    record(
      'dashboard',
      `${size} posts: ${name}`,
      'ms',
      runs(from, key),
      max ? { kind: 'max', value: max } : undefined,
    );
  figure('first rows', viaWorker, 'first rows while the worker reads', 300);
  figure('raw read of the 50 newest records by an index', inPage, 'raw: 50 newest records by an index');
  figure('every post read and scored', viaWorker, 'worker: every post read and scored');
  figure('raw read of every record', inPage, 'raw: every record read');
  // Any page asked once every post is scored (the page shown, again; a next page; a sort): the slowest of
  // those asked of the worker in each round.
  const asked = (r: Record<string, number>) =>
    Object.entries(r).filter(([k]) => k.startsWith('worker: ') && !k.includes('every'));
  const slowest = viaWorker.map((r) => ({ slowest: Math.max(...asked(r).map(([, v]) => v)) }));
  figure('a next page, sort or filter (slowest asked)', slowest, 'slowest', 100);
}
await browser.close();
