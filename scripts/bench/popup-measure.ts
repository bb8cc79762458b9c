// What popup.bench.ts measures in a browser with the extension: the popup's first paint of the page's
// posts with their scores, when a page has every post scored, and the worker's answer for the scores.
import type { Launched } from '@/scripts/lib/browser';

/**
 * Installed in the popup before its own script: the times (from the popup's navigation start) of the frame
 * that first shows the page's verdict and every post row in view with its score (the first paint; rows
 * below the fold come a task later, components/popup/rows-shown.ts), and of the frame that shows every
 * post row with its score. A string, so the runner's transforms never reach it.
 */
const watch = (expected: number) => `(() => {
  const scored = (row) => {
    const s = row.querySelector('.score');
    return !!s && s.textContent !== 'saving…';
  };
  const screenDone = (rows) => {
    if (!rows.length || !document.querySelector('.health') || !scored(rows[0])) return false;
    // Layout is read only once the first row is scored: the popup's frame then lays it out anyway.
    const inView = rows.filter((r) => r.getBoundingClientRect().top < innerHeight);
    return (rows.length === ${expected} || inView.length < rows.length) && inView.every(scored);
  };
  const at = (key) => requestAnimationFrame(() => { window[key] = performance.now(); });
  let screen = false;
  new MutationObserver((_, obs) => {
    const rows = [...document.querySelectorAll('.post')];
    // rAF runs just before the frame that paints what is checked.
    if (!screen && screenDone(rows)) { screen = true; at('__screenAt'); }
    if (rows.length === ${expected} && rows.every(scored)) { obs.disconnect(); at('__scoredAt'); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/**
 * When a popup painted its first screen of scores, and every post's score (ms from its navigation start);
 * `frame`: its first contentful paint, the frame popup.html draws before its script runs.
 */
export interface PopupPaint {
  screen: number;
  all: number;
  frame: number;
}

type Painted = { __screenAt?: number; __scoredAt?: number };

/**
 * Opens the popup at the address the toolbar button opens for the tab (actionPopupOf, as ext.popupFor
 * does), and returns when it painted its first screen and every score.
 */
export async function openPopup(l: Launched, popupUrl: string, posts: number): Promise<PopupPaint> {
  const popup = await l.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.addInitScript(watch(posts));
  await popup.goto(popupUrl);
  await popup.waitForFunction(() => (window as unknown as Painted).__scoredAt !== undefined, null, {
    timeout: 60_000,
  });
  const at = await popup.evaluate(async () => {
    const w = window as unknown as Painted;
    // The paint's entry is queued after its frame: where the frame and the rows came in one, it may not be
    // there yet when the rows' frame is seen (one round in six read none).
    const frame = await new Promise<number>((done) => {
      new PerformanceObserver((list, obs) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (!fcp) return;
        obs.disconnect();
        done(fcp.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => done(Number.NaN), 2000);
    });
    return { screen: w.__screenAt!, all: w.__scoredAt!, frame };
  });
  await popup.close();
  return at;
}

/**
 * The raw floor under the popup's figure: a page of one paragraph opened the same way, timed from its
 * navigation start to its first frame. On the machine of 2026-11-30 that alone took 56–114 ms.
 */
export async function openBlank(l: Launched): Promise<number> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 440, height: 600 });
  await page.goto('data:text/html,<!doctype html><p>Resonance</p>');
  const at = await page.evaluate(
    () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))),
  );
  await page.close();
  return at;
}

/** The tab's page state, as the popup asks for it (from the worker, which any test may drive). */
function pageState(l: Launched, tabId: number) {
  return l.worker.evaluate((id) => {
    const tabs = chrome.tabs as unknown as {
      sendMessage(id: number, m: unknown): Promise<{ data?: { posts: { score: unknown }[] } }>;
    };
    return tabs.sendMessage(id, { type: 'getPageState' });
  }, tabId);
}

/** Waits until the tab's page has every one of its `posts` posts scored; returns the time since `from` (ms). */
export async function pageScored(l: Launched, tabId: number, posts: number, from: number): Promise<number> {
  for (;;) {
    const state = await pageState(l, tabId).catch(() => undefined);
    const got = state?.data?.posts ?? [];
    if (got.length === posts && got.every((p) => p.score)) return performance.now() - from;
    if (performance.now() - from > 300_000) throw new Error('the page never got its scores');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Stops the extension's service worker, as Chrome does to an idle one (tests/e2e/fixtures.ts killWorker). */
export async function stopWorker(l: Launched): Promise<void> {
  const page = l.context.pages()[0] ?? (await l.context.newPage());
  const cdp = await l.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The worker's answer to a getScores for these posts, from an extension page (ms). */
export async function scoresRoundTrip(l: Launched, ids: string[]): Promise<number> {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.extensionId}/popup.html?tab=0`);
  const ms = await page.evaluate(async (postIds) => {
    const t = performance.now();
    const r = (await chrome.runtime.sendMessage({ type: 'getScores', platform: 'x', postIds })) as {
      ok: boolean;
      data?: Record<string, unknown>;
    };
    if (!r.ok || Object.keys(r.data ?? {}).length !== postIds.length) throw new Error('getScores failed');
    return performance.now() - t;
  }, ids);
  await page.close();
  return ms;
}

/**
 * Opens the popup while the worker answers a page's request for its posts' scores (as after every save of
 * a page's readings): the popup's own messages wait for the worker.
 */
export async function openPopupWhileScoring(
  l: Launched,
  popupUrl: string,
  ids: string[],
): Promise<PopupPaint> {
  const asker = await l.context.newPage();
  await asker.goto(`chrome-extension://${l.extensionId}/popup.html?tab=0`);
  const asked = asker.evaluate(
    (postIds) => chrome.runtime.sendMessage({ type: 'getScores', platform: 'x', postIds }),
    ids,
  );
  const at = await openPopup(l, popupUrl, ids.length);
  await asked;
  await asker.close();
  return at;
}
