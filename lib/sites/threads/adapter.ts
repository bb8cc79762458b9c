// Threads (threads.com, threads.net). Site knowledge lives in selectors.ts; this file only applies it. Posts are
// the profile's threads (each part of a thread the account wrote is a post, as its profile lists them), the
// home feed's, and the post of a post page; replies, reposts' and quotes' pages are not read (scope.ts).
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import {
  SHORTCODE_PRECISION_MS,
  SHORTCODE_VIDEO_PRECISION_MS,
  shortcodeTime,
} from '@/lib/sites/shared/time/shortcode';
import type { AccountRef, ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { actionBar, readCounts } from './counts';
import { postData } from './json';
import { noPostsWhy, pageOf, postUrl, profileLinkOf } from './paths';
import { cardsIn, findPosts, ownAll, permalinkOf, postOf, postSigns } from './scope';
import { TH } from './selectors';
import { threadsSite } from './site';
import { textOf } from './text';

const sameAccount = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A video's poster: the one picture beside the one video in the smallest box holding a video. */
function isPoster(img: Element, post: Element): boolean {
  for (let n = img.parentElement; n && n !== post; n = n.parentElement) {
    const videos = n.querySelectorAll(TH.video.css).length;
    if (videos > 0) return videos === 1 && n.querySelectorAll('img').length === 1;
  }
  return false;
}

/**
 * Several pictures or videos are a carousel (real capture: DSVRshjkbtK, three videos); avatars sit in links, and
 * a quoted post's media are its own.
 */
function formatOf(post: Element, cards: Element[]): PostFormat {
  const mine = (el: Element) => !cards.some((c) => c.contains(el));
  const videos = ownAll(post, TH.video.css).filter(mine).length;
  const pictures = ownAll(post, 'img').filter(
    (img) => mine(img) && !img.closest('a') && !isPoster(img, post),
  ).length;
  if (videos + pictures > 1) return 'carousel';
  if (videos > 0) return 'video';
  return pictures > 0 ? 'image' : 'text';
}

/** The time in the permalink, exact; else the code's upload time, a minute off (a video's, a quarter hour). */
function timeOf(time: Element, code: string, now: number, format: PostFormat) {
  const at = Date.parse(time.getAttribute('datetime') ?? '');
  if (Number.isFinite(at)) return { publishedAt: at };
  const fromCode = shortcodeTime(code, now);
  if (fromCode === null) return { publishedAt: null };
  // A carousel may hold videos too: the wider margin.
  const video = format === 'video' || format === 'carousel';
  return {
    publishedAt: fromCode,
    publishedPrecision: video ? SHORTCODE_VIDEO_PRECISION_MS : SHORTCODE_PRECISION_MS,
  };
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  const link = permalinkOf(post);
  if (!link)
    return {
      ok: false,
      problem: { platform: 'threads', reason: 'no link to the post with its time: not a readable post' },
    };
  const { author, code } = link.ref;
  const url = postUrl(link.ref);
  const doc = post.ownerDocument;
  const viewer = threadsAdapter.viewer(doc);
  const cards = cardsIn(post, link);
  const counts = readCounts(
    post,
    cards,
    ctx.locale,
    postData(doc, code, author),
    viewer !== null && sameAccount(viewer.handle, author),
  );
  if (!counts.ok)
    return { ok: false, problem: { platform: 'threads', id: code, url, author, reason: counts.reason } };
  const format = formatOf(post, cards);
  return {
    ok: true,
    post: {
      platform: 'threads',
      id: code,
      url,
      author,
      ...timeOf(link.time, code, ctx.now, format),
      format,
      ...textOf(post, link.time, cards),
      metrics: counts.metrics,
      ...(counts.hidden ? { hidden: counts.hidden } : {}),
    },
  };
}

const feedCss = TH.feed.map((s) => s.css).join(', ');

export const threadsAdapter: SiteAdapter = {
  site: threadsSite,
  // Counts change as text; these change when a node is reused for another post, or the viewer likes it.
  observe: { attributes: ['href', 'datetime', 'aria-label'] },
  pageKind(url) {
    const page = pageOf(url);
    const why = noPostsWhy(page);
    // A post's own page names one post: once rendered, it must show it.
    return why ? { posts: false, why } : { posts: true, single: page.kind === 'post' };
  },
  feedRoot: (doc) => firstOf(doc, TH.feed),
  findPosts,
  postOf,
  readPost,
  identify(post) {
    // What readPost looks up first: the link to the post with its time.
    const ref = permalinkOf(post)?.ref;
    return ref ? { id: ref.code, author: ref.author } : null;
  },
  postSigns,
  viewer(doc): AccountRef | null {
    // The navigation's Profile link; the feed's links to profiles (avatars, names, a repost's header) are not it.
    for (const icon of doc.querySelectorAll(TH.viewerLink.css)) {
      const a = icon.closest('a');
      if (!a || a.closest(`${feedCss}, ${TH.post.css}`)) continue;
      const handle = profileLinkOf(a.getAttribute('href'));
      if (handle) return { handle };
    }
    return null;
  },
  pageAccount(doc, url): AccountRef | null {
    const page = pageOf(url);
    const handle = page.kind === 'profile' ? page.handle : page.kind === 'post' ? page.post.author : null;
    if (!handle) return null;
    const viewer = threadsAdapter.viewer(doc);
    const name = page.kind === 'profile' ? firstOf(doc, [TH.profileName])?.textContent?.trim() : undefined;
    return {
      handle,
      ...(name ? { name } : {}),
      ...(viewer && sameAccount(viewer.handle, handle) ? { managed: true } : {}),
    };
  },
  badgeAnchor(post) {
    const bar = actionBar(post)?.bar;
    if (bar?.parentElement && post.contains(bar.parentElement))
      return { parent: bar.parentElement, before: bar.nextSibling };
    return { parent: post, before: null };
  },
};
