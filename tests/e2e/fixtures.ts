// Playwright fixtures: Chromium with the built extension, pages served at their real URLs.
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { bucketPosts } from '@/lib/store/bucket-codec';
import { actionPopupOf, launchWithExtension, servePages, tabIdOf } from '@/scripts/lib/browser';

export interface Ext {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve these pages (URL without query → HTML); everything else gets an empty 404. */
  serve(pages: Record<string, string>): Promise<void>;
  /** Send a protocol message from one of the extension's own pages. */
  message(msg: Record<string, unknown>): Promise<{ ok: boolean; data?: any; error?: string }>;
  /** Every row of an IndexedDB store, read inside the service worker ('posts': every post record, settled). */
  rows(store: 'accounts' | 'posts' | 'snapshots'): Promise<any[]>;
  /** Opens, as a page, the popup the toolbar button opens on the tab at that URL. */
  popupFor(urlPattern: string): Promise<Page>;
  /** Stops the extension's service worker, as Chrome does to an idle or misbehaving MV3 worker. */
  killWorker(): Promise<void>;
}

export const test = base.extend<{ ext: Ext }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  ext: async ({}, use) => {
    const { context, worker, extensionId } = await launchWithExtension({ headless: true });
    let extPage: Page | null = null;
    // After a kill Chrome starts a new worker on the next event: always talk to the newest one.
    const currentWorker = async () => {
      const all = context.serviceWorkers();
      return all[all.length - 1] ?? (await context.waitForEvent('serviceworker'));
    };
    const ext: Ext = {
      context,
      worker,
      extensionId,
      serve: (pages) => servePages(context, pages),
      async message(msg) {
        if (!extPage) {
          extPage = await context.newPage();
          await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
        }
        return extPage.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<any>;
      },
      async rows(store) {
        // Post records are written behind ingest, into pages: bring them up to date, then flatten the pages.
        if (store === 'posts') await ext.message({ type: 'settle' });
        const name = store === 'posts' ? 'buckets' : store;
        const rows = await (await currentWorker()).evaluate(
          (name) =>
            new Promise<any[]>((resolve, reject) => {
              const open = indexedDB.open('resonance');
              // Asked before the worker made its database, this must not make one: the worker would then
              // upgrade an empty database of version 1. Abandoned, it reads as no rows.
              open.onupgradeneeded = () => open.transaction?.abort();
              open.onerror = () => resolve([]);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains(name)) return resolve([]);
                const req = db.transaction(name).objectStore(name).getAll();
                req.onsuccess = () => {
                  resolve(req.result);
                  db.close();
                };
                req.onerror = () => reject(req.error);
              };
            }),
          name,
        );
        return store === 'posts' ? rows.flatMap((b) => bucketPosts(b).map((e) => e.post)) : rows;
      },
      async killWorker() {
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
      },
      async popupFor(urlPattern) {
        const tabId = await tabIdOf(await currentWorker(), urlPattern);
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 440, height: 760 });
        // The address the toolbar button opens for that tab, as the worker set it.
        await popup.goto(await actionPopupOf(await currentWorker(), tabId));
        return popup;
      },
    };
    await use(ext);
    await context.close();
  },
});

export { expect } from '@playwright/test';
