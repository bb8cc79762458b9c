import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type PopupApi, PostTagsContext } from '@/components/popup/api';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadPageState } from '@/components/popup/page-state';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import { askTab, sendFromPage } from '@/lib/protocol/client';
import '@/components/shared/theme.css';
import './popup.css';

/**
 * The tab the popup describes: `?tab=ID`, which the worker sets on the action's popup for each tab it reads
 * (lib/background/tab-popup.ts) and tests and screenshots give, else the active tab.
 */
const param = new URLSearchParams(location.search).get('tab');
const named = param ? Number(param) : undefined;
async function targetTab() {
  if (named !== undefined) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

const api: PopupApi = {
  pageState: () =>
    loadPageState({
      named,
      tab: targetTab,
      instances: () => sendFromPage('listInstances', {}),
      askTab: (tabId) => askTab(tabId, 'getPageState', {}),
    }),
  setTracking: (platform, handle, tracked) => sendFromPage('setTracking', { platform, handle, tracked }),
  storageStatus: () => sendFromPage('getStatus', {}),
  postCurve: (platform, id) => sendFromPage('getPostCurve', { platform, postId: id }),
  async addInstance(host) {
    // Asked on the user's click, before anything else is awaited: the browser requires the gesture.
    const granted = await browser.permissions.request({ origins: [`https://${host}/*`] });
    if (!granted) return false;
    await sendFromPage('addInstance', { host });
    return true;
  },
  openDashboard(section) {
    void browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html${section ? `#${section}` : ''}`),
    });
    window.close();
  },
};

/** Posts' tags, for each post's details: read and written by the service worker, the one writer. */
const tags: PostTagsApi = {
  read: async (platform, postId) => (await sendFromPage('getPostTags', { platform, postId }))?.tags ?? null,
  save: async (platform, postId, list) =>
    (await sendFromPage('setPostTags', { platform, postId, tags: list })).tags,
};

// Asked before the first render: the tab and the worker answer while the popup draws its frame.
const first = api.pageState();
const app = document.getElementById('app')!;
// The frame index.html painted goes in the same task as the first render: nothing flashes between them.
app.replaceChildren();
render(
  <PostTagsContext.Provider value={tags}>
    <PopupApp api={api} first={first} />
  </PostTagsContext.Provider>,
  app,
);
