// YouTube (www.youtube.com, desktop). Its markup is in markup.ts (evidence in selectors.ts); this file
// applies it. Posts are grid cells (home, subscriptions, a channel's Videos/Shorts/Live tabs) and the watch
// page's own video. Ads, playlists and Mixes, related videos and comments are never posts; nor is anything on
// a page YouTube keeps hidden from an earlier visit in the tab.
import { perRun } from '@/lib/sites/shared/per-run';
import type { AccountRef, SiteAdapter } from '@/lib/sites/types';
import { cardAnchor, cardOf, cellIdentity, readCell } from './grid';
import { M } from './markup';
import { activePage, inHiddenPage, menuViewer, type PageChannel, pageChannel } from './page';
import { isChannelGrid, pageKindOf } from './paths';
import { youtubeSite } from './site';
import { adoptAgeWords } from './time';
import { ownerOf, readWatch, watchAnchor, watchIdentity, watchState } from './watch';

const POSTS = `${M.richItem}, ${M.watchPage}`;
const ADS = M.ads.join(', ');

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
const isElement = (n: Node | ParentNode): n is Element => (n as Node).nodeType === 1;

/** A grid cell showing a video (not an ad, a playlist or a Mix), on the page shown, not beside a watched video. */
function isCell(cell: Element): boolean {
  if (inHiddenPage(cell) || cell.closest(M.watchPage) || cell.querySelector(ADS) || cell.closest(ADS))
    return false;
  const video = cardOf(cell)?.video;
  return !!video && !video.inList;
}

/** The watch page, once it shows the video its address names (until then it holds the previous one). */
function isWatch(flexy: Element): boolean {
  if (inHiddenPage(flexy) || flexy.hasAttribute('hidden')) return false;
  try {
    return watchState(flexy, new URL(flexy.ownerDocument.URL)) !== 'stale';
  } catch {
    return true;
  }
}

const isPost = (el: Element) => (el.matches(M.watchPage) ? isWatch(el) : isCell(el));

function watchAccount(doc: Document, url: URL): AccountRef | null {
  const flexy = Array.from(doc.querySelectorAll(M.watchPage)).find(isWatch);
  const owner = flexy && watchState(flexy, url) !== 'stale' ? ownerOf(flexy) : null;
  if (!owner) return null;
  // The owner sees "Analytics" and "Edit video" (Studio links) in the owner block. UNVERIFIED.
  const managed = owner.block.querySelector(M.studioLink) !== null;
  return {
    handle: owner.handle,
    ...(owner.name ? { name: owner.name } : {}),
    ...(managed ? { managed } : {}),
  };
}

/**
 * The page manager holds every page of the app. A saved page whose links nest (the hover player inside a
 * card's link) is lifted out of it by any HTML parser: its watch page then sits beside it, in ytd-app.
 */
function feedRoot(doc: Document): Element | null {
  const manager = doc.querySelector(M.pageManager);
  const watch = doc.querySelector(M.watchPage);
  if (manager && watch && !manager.contains(watch)) return watch.parentElement;
  return manager;
}

/** The channel tab's channel, looked up once a run of script for a page and address (cards come in loops). */
const channelOnce = perRun((doc: Document, href: string) => pageChannel(doc, new URL(href)));

/** A channel tab's own channel (its cards name none), else null. */
function channelOf(el: Element, url: URL): PageChannel {
  return isChannelGrid(url) ? channelOnce(el.ownerDocument, url.href) : null;
}

export const youtubeAdapter: SiteAdapter = {
  site: youtubeSite,
  // Labels carry the exact likes; hrefs and video-id change when a cell or the watch page shows another video.
  observe: { attributes: ['aria-label', 'href', 'video-id'] },
  // Its upload times are written ages ("3 days ago"): their words come from the worker, learned there.
  words: { kind: 'ages', adopt: adoptAgeWords },
  pageKind: pageKindOf,
  feedRoot,
  findPosts(root) {
    if (isElement(root) && root.matches(POSTS)) return isPost(root) ? [root] : [];
    return Array.from(root.querySelectorAll(POSTS)).filter(isPost);
  },
  postOf(node) {
    const el = isElement(node) ? node : node.parentElement;
    const cell = el?.closest(M.richItem);
    if (!el || cell) return cell && isCell(cell) ? cell : null;
    // The player, related videos and comments change all the time and never change the video's counts.
    if (el.closest(M.notPosts) && !el.closest(M.commentsHeader)) return null;
    const flexy = el.closest(M.watchPage);
    return flexy && isWatch(flexy) ? flexy : null;
  },
  readPost(el, ctx) {
    if (el.matches(M.watchPage)) return readWatch(el, ctx);
    return readCell(el, ctx, channelOf(el, ctx.url));
  },
  identify(el, ctx) {
    // What readPost starts from: the video and its channel.
    const who = el.matches(M.watchPage)
      ? watchIdentity(el, ctx.url)
      : cellIdentity(el, channelOf(el, ctx.url));
    if ('reason' in who) return null;
    return { id: who.video.id, author: 'owner' in who ? who.owner.handle : who.author };
  },
  postSigns(doc) {
    // Links to videos on the page shown that no post container, ad or known non-post area holds.
    const links = activePage(doc).querySelectorAll(`${M.videoLink}, ${M.shortsLink}`);
    return Array.from(links).filter((a) => !a.closest(`${POSTS}, ${ADS}, ${M.notPosts}`)).length;
  },
  viewer: menuViewer,
  pageAccount(doc, url) {
    if (url.pathname === '/watch') return watchAccount(doc, url);
    const ch = pageChannel(doc, url);
    return ch && 'account' in ch ? ch.account : null;
  },
  badgeAnchor: (el) => (el.matches(M.watchPage) ? watchAnchor(el) : cardAnchor(el)),
};
