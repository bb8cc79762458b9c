// The popup in real Chromium with the built extension, on the profile page of an account whose history
// holds 10,000 posts and 1,000,000 snapshots, beside the same page of an account whose history holds only
// the page's own 20 posts (the reference: everything the popup does but what the store's size adds).
// Measured in alternating rounds, each in both browsers:
// - the popup's first paint: the page's verdict and every post in view with its score, on a page read and
//   scored, the worker idle for a second (goal ≤ 100 ms); and the frame with every post's row and score;
//   and the popup's own frame (header, "Reading this page…"), which popup.html paints before its script;
// - the same opened just as the page asks the worker for its posts' scores (as after each save);
// - the same when the worker was stopped first, as Chrome stops an idle one;
// - a reloaded page: from the reload to every post on it scored (what the badges and the popup then show);
// - the worker's answer to the page's request for its posts' scores;
// - then, in the large history's browser, the snapshots CSV exported through the dashboard's own button,
//   beside a raw paged read of the same rows (dashboard-export.ts; goal ≤ 1.2×).
// Run: npm run bench popup   (POPUP_ROUNDS=6, POPUP_POSTS=10000, POPUP_PER_POST=100, EXPORT_ROUNDS=4 by default:
// an even count, as the export and its reference take turns going first)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import {
  actionPopupOf,
  type Launched,
  launchWithExtension,
  servePages,
  tabIdOf,
} from '@/scripts/lib/browser';
import { exportThroughDashboard } from './dashboard-export';
import {
  openBlank,
  openPopup,
  openPopupWhileScoring,
  pageScored,
  scoresRoundTrip,
  stopWorker,
} from './popup-measure';
import type { SeedSpec } from './popup-seed';
import { median, record } from './report';

const ROUNDS = Number(process.env.POPUP_ROUNDS ?? 6);
const POSTS = Number(process.env.POPUP_POSTS ?? 10_000);
const PER_POST = Number(process.env.POPUP_PER_POST ?? 100);
const HANDLE = 'BenchRoasters';
const PAGE_URL = `https://x.com/${HANDLE}`;
const H = 3600e3;
const OUT = '.output-bench-popup';
/** How long the worker idles after reading the account, before the popup is opened on the settled page. */
const IDLE_MS = 1000;

const built = spawnSync('npx', ['wxt', 'build'], {
  env: { ...process.env, RESONANCE_OUT_DIR: OUT },
  encoding: 'utf8',
});
if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);
const extensionDir = resolve(OUT, 'chrome-mv3');
const seedScript = (
  await build({
    entryPoints: ['scripts/bench/popup-seed.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  })
).outputFiles[0]!.text;

const now = Date.now();
/** The profile page's own posts: the newest of the history, a few hours to a week old. */
const pagePosts: XPostSpec[] = Array.from({ length: 20 }, (_, i) => {
  const publishedAt = now - (3 + i * 8) * H;
  return {
    id: xIdAt(publishedAt, 900 + i),
    author: HANDLE,
    name: 'Bench Roasters',
    text: `Page post ${i}: ${i % 3 ? 'single origin' : 'a new blend'}`,
    publishedAt,
    replies: 10 + i,
    reposts: 20 + i,
    likes: 150 + 7 * i,
    bookmarks: 8,
    views: 11_000 + 300 * i,
  };
});
const html = renderXProfile({
  handle: HANDLE,
  name: 'Bench Roasters',
  bio: '',
  followers: 12_000,
  following: 10,
  viewer: HANDLE,
  posts: pagePosts,
  now,
});

interface Setup {
  name: string;
  launched: Launched;
  tabId: number;
  /** What the toolbar button opens on the tab: read once, before any open stops the worker. */
  popup: string;
}

/** A browser with the extension, the account tracked and its history written, its page open and scored. */
async function setUp(name: string, posts: number): Promise<Setup> {
  const launched = await launchWithExtension({ headless: true, extensionDir });
  await servePages(launched.context, { [PAGE_URL]: html });
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  const tracked = (await page.evaluate((m) => chrome.runtime.sendMessage(m), {
    type: 'setTracking',
    platform: 'x',
    handle: HANDLE,
    tracked: true,
  })) as { ok: boolean; error?: string };
  await page.close();
  if (!tracked.ok) throw new Error(`setTracking: ${tracked.error}`);
  const spec: SeedSpec = {
    handle: HANDLE,
    posts,
    perPost: PER_POST,
    now,
    page: pagePosts.map((p) => ({ id: p.id, publishedAt: p.publishedAt, text: p.text })),
    everyH: 1.75,
  };
  const t = performance.now();
  await launched.worker.evaluate(seedScript);
  const seeded = await launched.worker.evaluate(
    (s) =>
      (
        globalThis as unknown as { popupSeed: { seedHistory(s: unknown): Promise<{ snapshots: number }> } }
      ).popupSeed.seedHistory(s),
    spec,
  );
  const tab = await launched.context.newPage();
  const opened = performance.now();
  await tab.goto(PAGE_URL);
  const tabId = await tabIdOf(launched.worker, `${PAGE_URL}*`);
  const first = (await pageScored(launched, tabId, pagePosts.length, opened)) / 1000;
  console.log(
    `  ${name}: ${seeded.snapshots.toLocaleString('en')} snapshots written in ${((opened - t) / 1000).toFixed(0)} s; its page opened, read, saved and scored in ${first.toFixed(1)} s (the worker's first read of the account)`,
  );
  return { name, launched, tabId, popup: await actionPopupOf(launched.worker, tabId) };
}

console.log(
  `popup: ${POSTS.toLocaleString('en')} posts × ${PER_POST} snapshots, and the page's 20 posts alone`,
);
const big = await setUp(`${POSTS.toLocaleString('en')} posts`, POSTS);
const small = await setUp('the page’s posts only', pagePosts.length);

const measures = ['paint', 'all', 'frame', 'busy', 'cold', 'reload', 'scores'] as const;
type Runs = Record<(typeof measures)[number], number[]>;
const empty = (): Runs => ({ paint: [], all: [], frame: [], busy: [], cold: [], reload: [], scores: [] });
const runs = { big: empty(), small: empty() };
const blank: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? ([small, big] as const) : ([big, small] as const);
  for (const s of order) {
    const into = runs[s === big ? 'big' : 'small'];
    const ids = pagePosts.map((p) => p.id);
    // The last round stopped the worker: it reads the account again, then idles a second (the read leaves
    // a garbage collection behind it that would land on the popup) before the warm measures.
    await scoresRoundTrip(s.launched, ids);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const warm = await openPopup(s.launched, s.popup, pagePosts.length);
    into.paint.push(warm.screen);
    into.all.push(warm.all);
    into.frame.push(warm.frame);
    if (s === big) blank.push(await openBlank(s.launched));
    into.busy.push((await openPopupWhileScoring(s.launched, s.popup, ids)).screen);
    into.reload.push(await reloadScored(s));
    into.scores.push(await scoresRoundTrip(s.launched, ids));
    await stopWorker(s.launched);
    into.cold.push((await openPopup(s.launched, s.popup, pagePosts.length)).screen);
  }
}

async function reloadScored(s: Setup): Promise<number> {
  const tab = s.launched.context.pages().find((p) => p.url().startsWith(PAGE_URL))!;
  const t = performance.now();
  await tab.reload();
  return pageScored(s.launched, s.tabId, pagePosts.length, t);
}

const size = `${POSTS.toLocaleString('en')} posts, ${(POSTS * PER_POST).toLocaleString('en')} snapshots`;
const fmt = (xs: number[]) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const names: Record<(typeof measures)[number], string> = {
  paint: 'popup first paint with scores',
  all: 'popup: every post on the page drawn with its score',
  frame: 'popup: its frame painted, before the page’s state (first contentful paint)',
  busy: 'popup first paint with scores, opened as the page asks for its scores',
  cold: 'popup first paint with scores, worker stopped first',
  reload: 'page reloaded → every post scored',
  scores: 'the page’s 20 scores, asked of the worker',
};
for (const m of measures) {
  record(
    'popup',
    `${names[m]}, ${size}`,
    'ms',
    runs.big[m],
    m === 'paint' ? { kind: 'max', value: 100 } : undefined,
  );
  record('popup', `${names[m]}, the page’s posts only (reference)`, 'ms', runs.small[m]);
  console.log(`  ${names[m]}: ${fmt(runs.big[m])}; reference ${fmt(runs.small[m])} (${ROUNDS} rounds)`);
  if (process.env.POPUP_RUNS)
    console.log(
      `    rounds: ${runs.big[m].map((x) => x.toFixed(0)).join(' ')} | ${runs.small[m].map((x) => x.toFixed(0)).join(' ')}`,
    );
}
record('popup', 'a blank page’s first frame, opened the same way (raw floor)', 'ms', blank);
console.log(
  `  raw floor: a blank page's first frame ${fmt(blank)}; the popup's first paint above it ${(median(runs.big.paint) - median(blank)).toFixed(0)} ms (${ROUNDS} rounds)`,
);
const exportRounds = Number(process.env.EXPORT_ROUNDS ?? 4);
const exported = await exportThroughDashboard(big.launched, exportRounds);
const exportRatios = exported.ours.map((x, i) => x / exported.raw[i]!);
record(
  'dashboard',
  `export through the dashboard, ${exported.rows.toLocaleString('en')} rows: of a raw paged read`,
  '×',
  exportRatios,
  { kind: 'max', value: 1.2 },
);
record('dashboard', 'export through the dashboard: click to download', 'ms', exported.ours);
console.log(
  `  snapshots CSV through the dashboard's button, ${exported.rows.toLocaleString('en')} rows: ${fmt(exported.ours)}, a raw paged read ${fmt(exported.raw)}: ${median(exportRatios).toFixed(2)}× (runs ${exportRatios.map((x) => x.toFixed(2)).join(' ')}; ${exportRounds} rounds)`,
);
await big.launched.context.close();
await small.launched.context.close();
rmSync(OUT, { recursive: true, force: true });
