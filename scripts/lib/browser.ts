// Chromium with the built extension loaded, as `npm start` and the end-to-end tests use it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve(process.env.RESONANCE_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

/** Chromium as the tests and benchmarks run it: no sandbox (root in CI), no GPU, nothing fetched on its own. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** Profile folders made here, removed again when this process exits. */
const made = new Set<string>();

function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A file the closing browser still held: tried again when this process exits.
  }
}

// A browser still shutting down when its context says it closed writes a few files again (~0.5 MB).
process.once('exit', () => {
  for (const dir of made) removeProfile(dir);
});

export async function launchWithExtension(opts: {
  headless: boolean;
  extensionDir?: string;
  /** The browser profile's folder (a small filesystem, to fill the disk); a new temporary one by default. */
  profileDir?: string;
}): Promise<Launched> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json')))
    throw new Error(`no built extension in ${ext}: run npm run build`);
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'resonance-profile-'));
  // A folder made here goes with its browser: each test and benchmark run left one behind (390 of them,
  // 1.4 GB, on one machine).
  const context = await chromium.launchPersistentContext(profile, {
    headless: opts.headless,
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...BROWSER_ARGS],
  });
  if (!opts.profileDir) {
    made.add(profile);
    context.on('close', () => removeProfile(profile));
  }
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * Serves `pages` at their real URLs; every other web request is answered locally (an empty 404) so
 * nothing leaves the machine.
 */
export async function servePages(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    const key = `${url.origin}${url.pathname}`.replace(/\/$/, '');
    const body = pages[key];
    if (body !== undefined)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
}

/** A tab's id, as the extension knows it (the popup takes it as `?tab=`). */
export async function tabIdOf(worker: Worker, urlPattern: string): Promise<number> {
  return worker.evaluate(async (pattern) => {
    const tabs = await chrome.tabs.query({ url: pattern });
    const id = tabs[0]?.id;
    if (id === undefined) throw new Error(`no tab matches ${pattern}`);
    return id;
  }, urlPattern);
}

/**
 * The address the toolbar button opens for a tab: the worker names the tab in it once the tab's script has
 * written (lib/background/tab-popup.ts). Waits a few seconds for that, then says what the button would open.
 */
export async function actionPopupOf(worker: Worker, tabId: number): Promise<string> {
  const named = `popup.html?tab=${tabId}`;
  let popup = '';
  for (let i = 0; i < 50 && !popup.endsWith(named); i++) {
    if (i) await new Promise((r) => setTimeout(r, 100));
    popup = await worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
  }
  if (!popup.endsWith(named))
    throw new Error(`the toolbar button opens ${popup || 'nothing'} for tab ${tabId}`);
  return popup;
}
