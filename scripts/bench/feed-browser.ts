// One run of the synthetic feed in real Chromium, with or without the extension: the page's main-thread
// time (CDP Performance.getMetrics, every world of the page's renderer) over the run, its long tasks, and
// which posts got a badge.
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { BROWSER_ARGS, chromiumPath, launchWithExtension, servePages } from '@/scripts/lib/browser';
import type { FeedApi, FeedKind } from './feed-page';
import { type LongTaskShare, longTaskShare, selfMs, type TraceEvent } from './long-task-share';
import { chromiumCpu, otherProcessesMs } from './process-cpu';
import { type CpuProfile, type ScriptShare, scriptShare } from './script-profile';

export const FEED_URL = 'https://x.com/home';

export interface Times {
  task: number;
  script: number;
  layout: number;
  style: number;
  /** The main thread's CPU time: unlike task time, not stretched while other work has the core. */
  cpu: number;
  /** How many layouts and style recalculations ran. */
  layouts: number;
  styles: number;
}

export interface RunResult {
  /** Main-thread seconds over the run, and their parts. */
  times: Times;
  /** Long tasks during the run: their total and their time past 50 ms, in ms. */
  longTotal: number;
  longBlocking: number;
  /** How many long tasks the run had. */
  longCount: number;
  /** The extension's script in the page's long tasks, from the run's trace (none without it). */
  ours: LongTaskShare;
  /** The page's HTML parsing over the run (ms, self time, traced): its own work, untouched by the extension. */
  parse: number;
  /** The page's start (its load until the extension's first badges, and a second more), profiled. */
  start: ScriptShare;
  /** CPU ms of Chromium's other processes over the run (worker, browser, GPU); null off Linux. */
  othersCpu: number | null;
  /** Posts of the run that got no badge host, and those whose counts were not stored (with the extension). */
  missing: number;
  notStored: number;
}

/**
 * The browser, and with the extension, which of some posts its store holds: asked from an extension page
 * opened for the question and closed again (an open popup would ask the feed's tab for its state, a cost
 * of its own that is not the feed's).
 */
async function launch(
  withExtension: boolean,
  handle: string,
  extensionDir?: string,
): Promise<{ context: BrowserContext; stored: (ids: string[]) => Promise<number> }> {
  if (!withExtension) {
    const context = await chromium.launchPersistentContext('', {
      headless: true,
      executablePath: chromiumPath(),
      viewport: { width: 1280, height: 900 },
      args: BROWSER_ARGS,
    });
    return { context, stored: async () => 0 };
  }
  const { context, extensionId } = await launchWithExtension({ headless: true, extensionDir });
  const ask = async (messages: object[]) => {
    const own = await context.newPage();
    try {
      await own.goto(`chrome-extension://${extensionId}/popup.html`);
      return await own.evaluate((ms) => Promise.all(ms.map((m) => chrome.runtime.sendMessage(m))), messages);
    } finally {
      await own.close();
    }
  };
  const [tracked] = (await ask([{ type: 'setTracking', platform: 'x', handle, tracked: true }])) as {
    ok?: boolean;
  }[];
  if (!tracked?.ok) throw new Error(`could not track @${handle}`);
  /** How many of `ids` are stored: the background scores only posts it holds (500 ids a question). */
  const stored = async (ids: string[]) => {
    const asks = [];
    for (let i = 0; i < ids.length; i += 500)
      asks.push({ type: 'getScores', platform: 'x', postIds: ids.slice(i, i + 500) });
    const replies = (await ask(asks)) as { data?: Record<string, unknown> }[];
    return replies.reduce((n, r) => n + Object.keys(r.data ?? {}).length, 0);
  };
  return { context, stored };
}

const ours = (url: string) => url.startsWith('chrome-extension://');
const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How many of `ids` the store still lacks, once it has them all or 30 s have gone. */
async function notStoredOf(ids: string[], stored: (ids: string[]) => Promise<number>): Promise<number> {
  let lacking = ids.length;
  for (let t = Date.now(); Date.now() - t < 30_000; await quiet(500)) {
    lacking = ids.length - (await stored(ids));
    if (lacking <= 0) break;
  }
  return lacking;
}

type Win = { feed: FeedApi };

/** The page's main-thread time so far and its parts (CDP Performance.getMetrics, in seconds). */
async function timesOf(cdp: CDPSession): Promise<Times> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  const [task, script, layout, style] = ['Task', 'Script', 'Layout', 'RecalcStyle'].map((n) =>
    get(`${n}Duration`),
  );
  const [cpu, layouts, styles] = [get('ThreadTime'), get('LayoutCount'), get('RecalcStyleCount')];
  return { task: task!, script: script!, layout: layout!, style: style!, cpu, layouts, styles };
}

/**
 * The page loaded, profiled until the extension's first badges (the capture's own posts carry them) and a
 * second more: the page's start is profiled, not traced (see script-profile.ts).
 */
async function profiledStart(cdp: CDPSession, page: Page, withExtension: boolean): Promise<ScriptShare> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(FEED_URL);
  if (withExtension)
    await page.waitForFunction(() => (globalThis as unknown as Win).feed.badged().length > 0, null, {
      timeout: 20_000,
    });
  await quiet(1000);
  const start = scriptShare((await cdp.send('Profiler.stop')).profile as CpuProfile, ours);
  await cdp.send('Profiler.disable');
  return start;
}

/** Traces `work` (with and without the extension alike, so tracing's own cost is in both). */
async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ out: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const out = await work();
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  return { out, events };
}

/** How many of `ids` have no badge host yet. */
const missingOf = (page: Page, ids: string[]) =>
  page.evaluate((ids) => {
    const seen = new Set((globalThis as unknown as Win).feed.badged());
    return ids.filter((id) => !seen.has(id)).length;
  }, ids);

export async function feedRun(opts: {
  html: string;
  handle: string;
  kind: FeedKind;
  withExtension: boolean;
  posts: [string, string][];
  perFrame: number;
  /** A build of the extension other than the one under test (to compare two). */
  extensionDir?: string;
}): Promise<RunResult> {
  const { context, stored } = await launch(opts.withExtension, opts.handle, opts.extensionDir);
  try {
    await servePages(context, { [FEED_URL]: opts.html });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const start = await profiledStart(cdp, page, opts.withExtension);
    const ids = opts.posts.map(([id]) => id);
    const { out, events } = await traced(cdp, async () => {
      const since = await page.evaluate(() => performance.now());
      const before = await timesOf(cdp);
      const cpuBefore = chromiumCpu();
      await page.evaluate((r) => (globalThis as unknown as Win).feed.run(r), {
        kind: opts.kind,
        posts: opts.posts,
        perFrame: opts.perFrame,
      });
      // Every post badged (or 30 s gone), then time for replies from the background and late drawing.
      for (
        let t = Date.now();
        opts.withExtension && Date.now() - t < 30_000 && (await missingOf(page, ids)) > 0;
      )
        await quiet(250);
      await quiet(2000);
      const after = await timesOf(cdp);
      const othersCpu = otherProcessesMs(cpuBefore, chromiumCpu());
      const long = await page.evaluate((s) => (globalThis as unknown as Win).feed.longTasks(s), since);
      return { before, after, othersCpu, long };
    });
    const { before, after, othersCpu, long } = out;
    return {
      times: Object.fromEntries(
        Object.entries(after).map(([k, v]) => [k, v - before[k as keyof Times]]),
      ) as unknown as Times,
      longTotal: long.total,
      longBlocking: long.blocking,
      longCount: long.count,
      ours: longTaskShare(events, ours),
      parse: selfMs(events, 'ParseHTML'),
      start,
      othersCpu,
      missing: opts.withExtension ? await missingOf(page, ids) : 0,
      // Asked once the page's time is counted: each question opens a page of the extension's own.
      notStored: opts.withExtension ? await notStoredOf(ids, stored) : 0,
    };
  } finally {
    await context.close();
  }
}
