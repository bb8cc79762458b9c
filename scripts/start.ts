// npm start [-- --headless --out DIR]
// Builds the extension and opens Chromium on a bundled demo: a brand's profile on each supported site,
// served offline at its real URL, with earlier history restored so scores show. No social account needed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { type DemoPage, demoPages } from '@/scripts/demo/all-sites';
import { badgeTexts, bringBadgesNear } from '@/scripts/lib/badges';
import { launchWithExtension, servePages, tabIdOf } from '@/scripts/lib/browser';
import { exportAll, openDashboard } from '@/scripts/lib/dashboard-exports';
import { interfaceShots } from '@/scripts/lib/screenshots';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const headless = values.headless || !process.env.DISPLAY;
if (!values.headless && !process.env.DISPLAY) {
  console.log('No display found: running headless and writing screenshots to ./demo-output instead.');
}
const out = resolve(values.out ?? 'demo-output');

if (!values['no-build']) {
  console.log('Building the extension…');
  const b = spawnSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const now = Date.now();
const { pages, backup } = await demoPages(now, readFileSync('assets/demo/x-demo.css', 'utf8'));

const { context, worker, extensionId } = await launchWithExtension({ headless });
await servePages(context, {
  ...Object.fromEntries(pages.map((p) => [p.url.replace(/\/$/, ''), p.html])),
  'https://x.com/home': pages[0]!.html,
});

// Restore the demo history through the same message the dashboard's restore button sends.
const ext = await context.newPage();
await ext.goto(`chrome-extension://${extensionId}/popup.html`);
const restored = await ext.evaluate(
  (text) => chrome.runtime.sendMessage({ type: 'importBackup', text, dryRun: false }),
  JSON.stringify(backup),
);
if (!restored?.ok) throw new Error(`demo history was not restored: ${JSON.stringify(restored)}`);
await ext.close();
console.log(
  `Demo history restored: ${restored.data.newPosts} posts, ${restored.data.newSnapshots} snapshots, on ${pages.length} site(s).`,
);

/** Opens a demo page and waits until each of the brand's posts has its badge with a score. */
async function openDemo(demo: DemoPage, tab: Page) {
  await tab.goto(demo.url);
  await tab.waitForFunction((n) => document.querySelectorAll('resonance-badge').length >= n, demo.own, {
    timeout: 20_000,
  });
  // Badges are closed to the page: read the way developer tools do. A badge draws once its score is known
  // and its post comes near the viewport, so each is brought near until all show their line.
  for (let t = Date.now(); ; ) {
    await bringBadgesNear(tab);
    const texts = await badgeTexts(tab);
    if (texts.length >= demo.own && texts.every(([, text]) => text.trim() && !text.includes('saving'))) break;
    if (Date.now() - t > 30_000) throw new Error(`${demo.url}: badges not all drawn after 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const page = context.pages()[0] ?? (await context.newPage());
await openDemo(pages[0]!, page);
const others: [DemoPage, Page][] = [];
for (const demo of pages.slice(1)) {
  const tab = await context.newPage();
  await openDemo(demo, tab);
  others.push([demo, tab]);
}
await page.bringToFront();

if (headless) {
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, 'page.png'), fullPage: true });
  for (const [demo, tab] of others)
    await tab.screenshot({ path: join(out, `page-${demo.site}.png`), fullPage: true });
  const tabId = await tabIdOf(worker, 'https://x.com/*');
  const shots = interfaceShots(context, extensionId, tabId, out);
  for (const s of shots) await s.take();
  const dashboard = await openDashboard(context, extensionId);
  const files = await exportAll(dashboard, out);
  const written = ['page.png', ...others.map(([d]) => `page-${d.site}.png`), ...shots.map((s) => s.file)];
  console.log(`Screenshots written: ${written.map((f) => join(out, f)).join(', ')}`);
  console.log(`Exports written: ${Object.values(files).join(', ')}`);
  await context.close();
} else {
  console.log(
    `Resonance is running on ${pages.map((p) => p.url).join(', ')} (offline copies, one tab each). Click the Resonance toolbar icon for the popup.`,
  );
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
}
