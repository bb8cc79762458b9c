// The scroll path in real Chromium: a profile grows by 400 posts in batches of 10 (infinite scroll),
// then 100 posts change counts. Main-thread task time (CDP Performance.getMetrics, all worlds) is
// compared with the same page without the extension. Our demo markup is far lighter than X's React
// render, so the ratio here overstates the share Resonance takes on the real site.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type BrowserContext, type CDPSession, chromium } from '@playwright/test';
import { renderXPost, renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { chromiumPath, EXTENSION_DIR, launchWithExtension, servePages } from '@/scripts/lib/browser';
import { record } from './report';

const BATCHES = 40;
const PER_BATCH = 10;
const CHANGED = 100;
const now = Date.now();

function post(i: number): XPostSpec {
  const t = now - (i + 1) * 600e3;
  return {
    id: xIdAt(t, i),
    author: 'BenchBrand',
    name: 'Bench Brand',
    text: `post ${i}`,
    publishedAt: t,
    replies: i % 7,
    reposts: i % 11,
    likes: 20 + i,
    bookmarks: i % 3,
    views: 1000 + i * 10,
  };
}

const html = renderXProfile({
  handle: 'BenchBrand',
  name: 'Bench Brand',
  bio: '',
  followers: 1000,
  following: 10,
  viewer: 'BenchBrand',
  posts: [post(0)],
  now,
});
const batches = Array.from({ length: BATCHES }, (_, b) =>
  Array.from({ length: PER_BATCH }, (_, k) => renderXPost(post(1 + b * PER_BATCH + k), now)).join(''),
);

type Times = { task: number; script: number; layout: number; style: number };

async function taskSeconds(cdp: CDPSession): Promise<Times> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

async function run(context: BrowserContext, withExtension: boolean) {
  await servePages(context, { 'https://x.com/BenchBrand': html });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('https://x.com/BenchBrand');
  if (withExtension) await page.waitForSelector('resonance-badge', { state: 'attached', timeout: 20_000 });
  await page.waitForTimeout(500);
  const before = await taskSeconds(cdp);
  for (const b of batches) {
    await page.evaluate((h) => {
      document.querySelector('.timeline')!.insertAdjacentHTML('beforeend', h);
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, b);
  }
  await page.evaluate((n) => {
    const likes = [...document.querySelectorAll('[data-testid="like"]')].slice(0, n);
    for (const [i, el] of likes.entries()) el.setAttribute('aria-label', `${5000 + i} Likes. Like`);
  }, CHANGED);
  if (withExtension) {
    await page.waitForFunction(
      (n) => document.querySelectorAll('resonance-badge').length >= n,
      1 + BATCHES * PER_BATCH,
      { timeout: 60_000 },
    );
  }
  await page.waitForTimeout(1500); // let batched work and replies from the background settle
  const after = await taskSeconds(cdp);
  return {
    task: after.task - before.task,
    script: after.script - before.script,
    layout: after.layout - before.layout,
    style: after.style - before.style,
  };
}

if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
  spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'inherit' });

const rounds = 3;
const base: Times[] = [];
const ext: Times[] = [];
for (let r = 0; r < rounds; r++) {
  const plain = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  base.push(await run(plain, false));
  await plain.close();
  const { context } = await launchWithExtension({ headless: true });
  ext.push(await run(context, true));
  await context.close();
}
// Rounds alternate without and with the extension, so each pair saw the same machine.
record(
  'scroll',
  'scroll: added main-thread time ÷ the page’s own',
  '×',
  base.map((b, i) => (ext[i]!.task - b.task) / b.task),
  { kind: 'max', value: 0.05 },
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bt = median(base.map((m) => m.task)) * 1000;
const et = median(ext.map((m) => m.task)) * 1000;
const posts = BATCHES * PER_BATCH;
console.log(
  `scroll: ${posts} posts appended in ${BATCHES} batches + ${CHANGED} count changes (median of ${rounds})`,
);
console.log(`  page main-thread task time without Resonance: ${bt.toFixed(0)} ms`);
console.log(
  `  with Resonance: ${et.toFixed(0)} ms  → extension share ${((et - bt) / posts).toFixed(2)} ms per post, ${(et / bt).toFixed(2)}× the page's own`,
);
const part = (k: keyof Times) =>
  `${k} ${(median(base.map((m) => m[k])) * 1000).toFixed(0)} → ${(median(ext.map((m) => m[k])) * 1000).toFixed(0)} ms`;
console.log(`  of which: ${part('script')}, ${part('style')}, ${part('layout')}`);
console.log(
  '  (demo markup is much lighter than X’s own render: on x.com the page side is larger, the ratio smaller)',
);
