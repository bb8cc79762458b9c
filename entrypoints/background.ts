// Thin wiring: the store, the message handlers, the daily upkeep alarm, and self-hosted instances'
// content scripts. Everything it decides lives in lib/background.
import { browser } from 'wxt/browser';
import { createBackground } from '@/lib/background/dispatch';
import type { BackgroundEnv } from '@/lib/background/env';
import { permissionsChanged, restoreInstances } from '@/lib/background/instances';
import { tabPopups } from '@/lib/background/tab-popup';
import { SITES, type SiteId, siteInfo } from '@/lib/sites/catalog';
import { hostMatches } from '@/lib/sites/site';
import { StoreConnection } from '@/lib/store/connection';
import { openResonanceDB } from '@/lib/store/db';
import { readInstances } from '@/lib/store/instances';

/** Retention runs once a day on an alarm, never on a timer racing the first page's ingest or a restore. */
const UPKEEP_ALARM = 'upkeep';
const DAY_MINUTES = 24 * 60;
/** Built by entrypoints/mastodon.content.ts with `registration: 'runtime'`. */
const MASTODON_SCRIPT = 'content-scripts/mastodon.js';
const scriptId = (host: string) => `mastodon@${host}`;
const origin = (host: string) => `https://${host}/*`;

/** Tells every tab of `platform`'s site that what is tracked there changed. */
async function notifyTabs(platform: SiteId, getDb: BackgroundEnv['db']): Promise<void> {
  const site = siteInfo(platform);
  const url = site.selfHosted ? (await readInstances(await getDb())).map(origin) : hostMatches(site);
  if (!url.length) return;
  for (const tab of await browser.tabs.query({ url })) {
    if (tab.id === undefined) continue;
    browser.tabs.sendMessage(tab.id, { type: 'trackingChanged', platform }).catch(() => {});
  }
}

/** Registers Mastodon's content script for a server the user granted, once. */
async function registerInstance(host: string): Promise<void> {
  const id = scriptId(host);
  const registered = async () =>
    (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
  if (await registered()) return;
  try {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [origin(host)],
        js: [MASTODON_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } catch (e) {
    // The grant's own event and the page that asked may register the same server at once.
    if (!(await registered())) throw e;
  }
}

async function unregisterInstance(host: string): Promise<void> {
  const id = scriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** What the worker's logic is given of the browser: its store, clock, tabs and content scripts. */
function browserEnv(): BackgroundEnv {
  // Reopened when the browser closes it (a full disk) or when opening failed: never kept broken.
  const store = new StoreConnection((lost) => openResonanceDB(undefined, undefined, lost));
  const getDb = () => store.get();
  return {
    db: getDb,
    dbFailed: (e) => store.failed(e),
    now: () => Date.now(),
    notifyTracking: (platform) => void notifyTabs(platform, getDb).catch(() => {}),
    hasHostPermission: (host) => browser.permissions.contains({ origins: [origin(host)] }),
    registerInstance,
    unregisterInstance,
  };
}

/** Retention once a day; servers granted or revoked anywhere; runtime scripts registered again. */
function keepUp(env: BackgroundEnv, maintain: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPKEEP_ALARM) void maintain().catch(() => {});
  });
  void browser.alarms.get(UPKEEP_ALARM).then((a) => {
    if (!a) void browser.alarms.create(UPKEEP_ALARM, { delayInMinutes: 60, periodInMinutes: DAY_MINUTES });
  });
  // A server granted or revoked anywhere (our pages, the browser's settings) is read, or no longer read.
  const fixedHosts = SITES.flatMap((site) => site.hosts);
  browser.permissions.onAdded.addListener(
    (p) => void permissionsChanged(env, { added: p.origins }, fixedHosts),
  );
  browser.permissions.onRemoved.addListener(
    (p) => void permissionsChanged(env, { removed: p.origins }, fixedHosts),
  );
  // Scripts registered at run time may not survive an update of the extension: register them again.
  browser.runtime.onInstalled.addListener(() => void restoreInstances(env));
  browser.runtime.onStartup.addListener(() => void restoreInstances(env));
}

export default defineBackground(() => {
  const env = browserEnv();
  const { handle, maintain } = createBackground(env);
  keepUp(env, maintain);

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // Manifest V2 (Firefox's build) names the action browserAction.
  const action = browser.action ?? browser.browserAction;
  const popupNamesTab = tabPopups((tabId, popup) => action.setPopup({ tabId, popup }));
  // sendResponse + `return true` is the form that works natively, with the polyfill and in WXT's fake browser.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    // Content scripts report the page's URL; only Resonance's own pages have the extension's origin.
    const fromExtensionPage =
      sender.id === browser.runtime.id && sender.url?.startsWith(extensionOrigin) === true;
    if (!fromExtensionPage) popupNamesTab(sender);
    handle(message, { fromExtensionPage }).then(sendResponse);
    return true;
  });
});
