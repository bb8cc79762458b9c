// Reading the watch page's own video: views (exact where shown), likes (exact, from the like button's label),
// comments once loaded, the upload date; in the current ytd-watch-metadata markup and the 2022 one
// (ytd-video-primary-info-renderer). Related videos and comments on the page are never read.
import type { Count, Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { postText } from '@/lib/sites/shared/text';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { unreadable } from './grid';
import { M } from './markup';
import { channelOfHref, ORIGIN, type VideoRef, videoOf } from './paths';
import { squashed, viewsOf } from './text';
import { timeOf } from './time';

/** The first element matching `css` in the watch page that no hidden block holds (WATCH22 keeps an empty, hidden ytd-watch-metadata). */
export function shown(flexy: Element, css: string): Element | null {
  outer: for (const el of flexy.querySelectorAll(css)) {
    for (let n: Element | null = el; n && n !== flexy; n = n.parentElement)
      if (n.hasAttribute('hidden')) continue outer;
    return el;
  }
  return null;
}

const textOf = (flexy: Element, css: string) => squashed(shown(flexy, css)?.textContent);

/**
 * The video the watch page shows, once it is the one its address names (RYD utils.js isVideoLoaded) and, for
 * its owner, the one the owner block's "Edit video" link names: the block is not the previous video's.
 */
export function watchState(flexy: Element, url: URL): string | 'stale' | null {
  const id = flexy.getAttribute('video-id') ?? '';
  if (!/^[\w-]{11}$/.test(id)) return null;
  const wanted = url.pathname === '/watch' && url.searchParams.get('v');
  const href = shown(flexy, M.owner)?.querySelector(M.studioLink)?.getAttribute('href') ?? '';
  const edited = /\/video\/([\w-]{11})\//.exec(href)?.[1];
  return (wanted && wanted !== id) || (edited && edited !== id) ? 'stale' : id;
}

/** The uploader's channel, from the owner block. */
export function ownerOf(flexy: Element): { handle: string; name: string; block: Element } | null {
  const block = shown(flexy, M.owner);
  const handle = Array.from(block?.querySelectorAll(M.channelLink) ?? [])
    .map((a) => channelOfHref(a.getAttribute('href') ?? '')?.handle)
    .find(Boolean);
  return block && handle
    ? { handle, name: squashed(block.querySelector(M.headerName[1])?.textContent), block }
    : null;
}

/** Likes: the number in the like button's label; absent when the creator hides them (a label without one). */
function likesOf(flexy: Element, locale: string): Count | null {
  const button = M.likeButton.map((css) => shown(flexy, css)).find(Boolean);
  return parseCount(button?.getAttribute('aria-label') ?? '', locale);
}

/** The video the watch page shows and its uploader, or why they can't be told yet (as for cellIdentity). */
export function watchIdentity(
  flexy: Element,
  url: URL,
): { id: string; video: VideoRef; owner: { handle: string } } | { reason: string; video?: VideoRef } {
  const id = watchState(flexy, url);
  if (!id) return { reason: 'no video-id on the watch page' };
  if (id === 'stale') return { reason: 'the watch page still shows the previous video' };
  const video = videoOf(`${ORIGIN}/watch?v=${id}`)!;
  const owner = ownerOf(flexy);
  return owner ? { id, video, owner } : { reason: 'no uploader link found', video };
}

export function readWatch(flexy: Element, ctx: ReadContext): ReadResult {
  const who = watchIdentity(flexy, ctx.url);
  if ('reason' in who) return unreadable(who.reason, who.video);
  const { id, video, owner } = who;
  const fail = (reason: string) => unreadable(reason, video, owner.handle);
  // 2022: ".view-count" and the date line; now: the info line ("1.6M views  2 years ago") and its tooltip
  // ("1,608,156 views • Aug 15, 2021", exact views and the date).
  const count = textOf(flexy, M.viewCount);
  const tip = textOf(flexy, M.infoTooltip).split('•').map(squashed);
  const info = Array.from(shown(flexy, M.infoText)?.children ?? [], (s) => squashed(s.textContent)).filter(
    Boolean,
  );
  const viewTexts = count ? [count] : [tip[0], info[0]];
  const views = viewTexts.map((t) => t && viewsOf(t, ctx.locale)).find(Boolean);
  if (!views) return fail('no view count found under the video');
  // A live stream counts viewers now, a premiere those waiting (English words; UNVERIFIED in other languages).
  if (/\b(watching|waiting)\b/i.test(viewTexts.join(' ')))
    return fail('a live stream or premiere: it shows viewers, not views');
  const time = (count ? [textOf(flexy, M.dateText)] : [tip[1], info[1]])
    .map((t) => t && timeOf(t, ctx.locale, ctx.now))
    .find(Boolean);
  if (!time) return fail('the upload date can’t be read');
  if ('future' in time) return fail('a premiere still to come');
  const metrics: Metrics = { views };
  const likes = likesOf(flexy, ctx.locale);
  if (likes) metrics.likes = likes;
  const comments = parseCount(textOf(flexy, M.commentsCount), ctx.locale);
  if (comments) metrics.comments = comments;
  return {
    ok: true,
    post: {
      platform: 'youtube',
      id,
      url: video.url,
      author: owner.handle,
      publishedAt: time.at,
      publishedPrecision: time.precision,
      format: 'video',
      // Its text is its title (the description is collapsed and not the video's own words on a card).
      ...postText(shown(flexy, M.title)),
      metrics,
    },
  };
}

/** Where the badge goes: after the video's title. */
export function watchAnchor(flexy: Element): { parent: Element; before: Node | null } {
  const title = shown(flexy, M.title);
  return title?.parentElement
    ? { parent: title.parentElement, before: title.nextSibling }
    : { parent: flexy, before: null };
}
