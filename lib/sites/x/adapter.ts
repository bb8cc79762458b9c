// X (x.com, twitter.com). Site knowledge lives in selectors.ts; this file only applies it.
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { onlyPostDown } from '@/lib/sites/shared/only-post';
import { postText } from '@/lib/sites/shared/text';
import { xSnowflakeTime } from '@/lib/sites/shared/time/ids';
import type { AccountRef, ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { readCounts } from './counts';
import { actionBarOf, inOwnScope, ownAll, ownFirst } from './scope';
import { NO_POST_PATHS, RESERVED_PATHS, STATUS_PATH, X } from './selectors';
import { xSite } from './site';

/** The link around a permalink's `<time>` (X.permalink). */
const PERMALINK_LINK = 'a[href*="/status/"]';
/** A path URL parsing would leave as it is: word characters and single slashes, nothing to resolve. */
const PLAIN_PATH = /^(?:\/\w+)+\/?$/;

function pathOf(href: string): string {
  // X's own links are plain paths (`/name/status/1`): their path is themselves, without parsing a URL.
  if (PLAIN_PATH.test(href)) return href;
  try {
    return new URL(href, 'https://x.com').pathname;
  } catch {
    return '';
  }
}

function linkOf(time: Element, post: Element): { author: string; id: string; time: Element } | null {
  const a = time.closest(PERMALINK_LINK);
  if (!a || !inOwnScope(a, post)) return null;
  const m = STATUS_PATH.exec(pathOf(a.getAttribute('href') ?? ''));
  return m?.[1] && m[2] ? { author: m[1], id: m[2], time } : null;
}

function permalinkOf(post: Element): { author: string; id: string; time: Element } | null {
  // The first time is the post's own unless its header lost it (a quoted post's then comes first): taken
  // without walking the rest of the post.
  const first = post.querySelector(X.permalink.css);
  const own = first && linkOf(first, post);
  if (own || !first) return own;
  for (const time of post.querySelectorAll(X.permalink.css)) {
    const link = linkOf(time, post);
    if (link) return link;
  }
  return null;
}

/**
 * Each kind of media looked for by its own selector: in Chromium a list of the four walks a post slower
 * than the four one after another (13 µs against 6 µs a post, scripts/bench/x-read.bench.ts's pages).
 */
function formatOf(post: Element): PostFormat {
  if (ownFirst(post, X.video)) return 'video';
  const photos = ownAll(post, X.photo).length;
  if (photos > 1) return 'carousel';
  if (photos === 1) return 'image';
  return ownFirst(post, X.poll) ? 'poll' : 'text';
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  const link = permalinkOf(post);
  if (!link)
    return { ok: false, problem: { platform: 'x', reason: 'no permalink with a time: not a readable post' } };
  const { author, id } = link;
  const url = `https://x.com/${author}/status/${id}`;
  const counts = readCounts(post, ctx.locale, ctx.url.pathname.includes('/status/'));
  if (!counts.ok) return { ok: false, problem: { platform: 'x', id, url, author, reason: counts.reason } };
  const datetime = link.time.getAttribute('datetime');
  const fromTime = datetime ? Date.parse(datetime) : Number.NaN;
  const publishedAt = Number.isFinite(fromTime) ? fromTime : xSnowflakeTime(id);
  return {
    ok: true,
    post: {
      platform: 'x',
      id,
      url,
      author,
      publishedAt,
      format: formatOf(post),
      ...postText(ownFirst(post, X.text)),
      metrics: counts.metrics,
    },
  };
}

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
function isElement(n: Node | ParentNode): n is Element {
  return (n as Node).nodeType === 1;
}

const isPromoted = (el: Element) => el.closest(X.promoted.css) !== null;

function outermost(post: Element): Element {
  let top = post;
  for (let up = top.parentElement?.closest(X.post.css); up; up = up.parentElement?.closest(X.post.css))
    top = up;
  return top;
}

function handleFromPath(path: string): string | null {
  const first = path.split('/')[1] ?? '';
  if (!/^[A-Za-z0-9_]{1,20}$/.test(first) || RESERVED_PATHS.has(first.toLowerCase())) return null;
  return first;
}

export const xAdapter: SiteAdapter = {
  site: xSite,
  observe: { attributes: ['aria-label', 'href', 'datetime'] },
  pageKind(url) {
    const first = url.pathname.split('/')[1]?.toLowerCase() ?? '';
    if (NO_POST_PATHS.has(first)) return { posts: false, why: 'this X page shows no posts' };
    return { posts: true, single: /^\/\w{1,20}\/status\/\d+\/?$/.test(url.pathname) };
  },
  feedRoot: (doc) => firstOf(doc, X.feed),
  findPosts(root) {
    if (isElement(root) && root.matches(X.post.css)) {
      const top = outermost(root);
      return isPromoted(top) ? [] : [top];
    }
    const only = isElement(root) ? onlyPostDown(root, X.post.css) : undefined;
    if (only) return only.parentElement?.closest(X.post.css) || isPromoted(only) ? [] : [only];
    const found: Element[] = [];
    for (const el of root.querySelectorAll(X.post.css)) {
      if (el.parentElement?.closest(X.post.css)) continue;
      if (isPromoted(el)) continue;
      found.push(el);
    }
    return found;
  },
  postOf(node) {
    const el = isElement(node) ? node : node.parentElement;
    const post = el?.closest(X.post.css);
    if (!post) return null;
    const top = outermost(post);
    return isPromoted(top) ? null : top;
  },
  readPost,
  identify(post) {
    // What readPost looks up first: the post's own permalink.
    const link = permalinkOf(post);
    return link && { id: link.id, author: link.author };
  },
  postSigns(doc) {
    let n = 0;
    for (const el of doc.querySelectorAll(X.permalink.css)) if (!el.closest(X.post.css)) n++;
    return n;
  },
  viewer(doc): AccountRef | null {
    const link = doc.querySelector(X.viewerLink.css);
    const fromLink = link ? handleFromPath(pathOf(link.getAttribute('href') ?? '')) : null;
    if (fromLink) return { handle: fromLink };
    const text = doc.querySelector(X.accountSwitcher.css)?.textContent ?? '';
    const handle = /@([A-Za-z0-9_]{1,20})/.exec(text)?.[1];
    return handle ? { handle } : null;
  },
  pageAccount(doc, url): AccountRef | null {
    const handle = handleFromPath(url.pathname);
    if (!handle) return null;
    // The edit link is on the viewer's own profile only, not on their post pages.
    const own = !url.pathname.includes('/status/') && doc.querySelector(X.editProfile.css) !== null;
    return own ? { handle, managed: true } : { handle };
  },
  badgeAnchor(post) {
    const bar = actionBarOf(post);
    if (bar?.parentElement) return { parent: bar.parentElement, before: bar.nextSibling };
    const name = ownFirst(post, X.userName);
    if (name?.parentElement) return { parent: name.parentElement, before: name.nextSibling };
    return { parent: post, before: null };
  },
};
