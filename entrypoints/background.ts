import { browser } from 'wxt/browser';
import { createBackground } from '@/lib/background/handlers';
import { HOST_MATCHES } from '@/lib/sites/catalog';
import { openResonanceDB, type ResonanceDB } from '@/lib/store/db';

export default defineBackground(() => {
  let db: Promise<ResonanceDB> | null = null;
  const getDb = () => {
    db ??= openResonanceDB().catch((e) => {
      db = null; // try again on the next message rather than failing forever
      throw e;
    });
    return db;
  };

  const { handle, maintain } = createBackground({
    db: getDb,
    now: () => Date.now(),
    notifyTracking(platform) {
      void browser.tabs.query({ url: HOST_MATCHES }).then((tabs) => {
        for (const tab of tabs) {
          if (tab.id === undefined) continue;
          browser.tabs.sendMessage(tab.id, { type: 'trackingChanged', platform }).catch(() => {});
        }
      });
    },
  });

  // Thin old snapshots once a day, a little after start so it never competes with the first page's ingest.
  setTimeout(() => {
    void maintain().catch(() => {});
  }, 15_000);

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // sendResponse + `return true` is the form that works natively, with the polyfill and in WXT's fake browser.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    // Content scripts report the page's URL; only Resonance's own pages have the extension's origin.
    const fromExtensionPage =
      sender.id === browser.runtime.id && sender.url?.startsWith(extensionOrigin) === true;
    handle(message, { fromExtensionPage }).then(sendResponse);
    return true;
  });
});
