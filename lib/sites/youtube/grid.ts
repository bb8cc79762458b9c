// Reading a grid card: home, subscriptions and channel tabs, in the view-model markup (yt-lockup-view-model,
// ytm-shorts-lockup-view-model) and the older ytd-rich-grid-media. Cards show views (abbreviated) and an age
// ("3 days ago"); Shorts cards show views only. A channel tab's cards name no channel: they are the page's.
import { postText } from '@/lib/sites/shared/text';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { first, M } from './markup';
import type { PageChannel } from './page';
import { channelOfHref, type VideoRef, videoOf } from './paths';
import { exactWithin, squashed, viewsOf } from './text';
import { timeOf } from './time';

export const unreadable = (reason: string, video?: VideoRef, author?: string): ReadResult => ({
  ok: false,
  problem: {
    platform: 'youtube',
    ...(video ? { id: video.id, url: video.url } : {}),
    ...(author ? { author } : {}),
    reason,
  },
});

/** The card a grid cell holds, and the video it shows (its first link to a video). */
export function cardOf(cell: Element): { card: Element; video: VideoRef | null } | null {
  const card = first(cell, [M.lockup, M.richGridMedia, M.shortsLockup]);
  if (!card) return null;
  for (const a of card.querySelectorAll(`${M.videoLink}, ${M.shortsLink}`)) {
    const video = videoOf(a.getAttribute('href') ?? '');
    if (video) return { card, video };
  }
  return { card, video: null };
}

/** The channel a card links, else the channel tab's own; or why it can't be named. */
function authorOf(card: Element, page: PageChannel): string | { reason: string } {
  for (const a of card.querySelectorAll(M.channelLink)) {
    const ch = channelOfHref(a.getAttribute('href') ?? '');
    if (ch?.handle) return ch.handle;
    if (ch) return { reason: `the card names its channel only as /${ch.legacy}, no @handle or channel id` };
  }
  if (!page) return { reason: 'the card names no channel' };
  return 'stale' in page ? { reason: 'the page still shows the previous channel' } : page.account.handle;
}

/** The card's metadata texts without the channel name: [views, age] on every video card. */
function metadataTexts(card: Element): string[] {
  const css = card.matches(M.richGridMedia) ? M.metadataLine : M.metadataText.join(', ');
  return Array.from(card.querySelectorAll(css))
    .filter((el) => !el.querySelector(M.channelLink))
    .map((el) => squashed(el.textContent))
    .filter(Boolean);
}

/**
 * Which video a cell shows and whose, or why that can't be told: what reading it starts from, and all that
 * placing its badge needs, in the page's frame. `page`: as for readCell.
 */
export function cellIdentity(
  cell: Element,
  page: PageChannel,
): { card: Element; video: VideoRef; author: string } | { reason: string; video?: VideoRef } {
  const found = cardOf(cell);
  if (!found?.video) return { reason: 'the grid cell shows no video' };
  const author = authorOf(found.card, page);
  if (typeof author !== 'string') return { reason: author.reason, video: found.video };
  return { card: found.card, video: found.video, author };
}

/** One grid cell, read; `page` is the channel of the channel tab it is on (null elsewhere). */
export function readCell(cell: Element, ctx: ReadContext, page: PageChannel): ReadResult {
  const who = cellIdentity(cell, page);
  if ('reason' in who) return unreadable(who.reason, who.video);
  const { card, video, author } = who;
  const short = video.short || card.matches(M.shortsLockup);
  const [viewsText, ageText] = short
    ? [squashed(card.querySelector(M.shortsViews)?.textContent)]
    : metadataTexts(card);
  const quote = (t: string) => `"${t.slice(0, 40)}"`;
  if (!viewsText) return unreadable('no view count found on the card', video, author);
  const views = viewsOf(viewsText, ctx.locale);
  if (!views) return unreadable(`the view count ${quote(viewsText)} can't be read`, video, author);
  // Its text is its title, as the card shows it.
  const title = postText(card.querySelector(M.cardTitle));
  const post = { platform: 'youtube' as const, id: video.id, url: video.url, author };
  // A Shorts card shows no time, and a video id carries none.
  if (short)
    return { ok: true, post: { ...post, publishedAt: null, format: 'reel', ...title, metrics: { views } } };
  if (!ageText)
    return unreadable(
      `no upload time beside ${quote(viewsText)}: a live stream or an upcoming video`,
      video,
      author,
    );
  const time = timeOf(ageText, ctx.locale, ctx.now);
  if (!time) return unreadable(`the upload time ${quote(ageText)} can't be read`, video, author);
  if ('future' in time) return unreadable(`an upcoming video: ${quote(ageText)}`, video, author);
  // Older cards' title label ends with the exact views; checked against the shown range before use.
  const label = card.querySelector(M.titleLabel)?.getAttribute('aria-label');
  return {
    ok: true,
    post: {
      ...post,
      publishedAt: time.at,
      publishedPrecision: time.precision,
      format: 'video',
      ...title,
      metrics: { views: exactWithin(label, views, ctx.locale) },
    },
  };
}

/** Where the badge goes: after the card's metadata. */
export function cardAnchor(cell: Element): { parent: Element; before: Node | null } | null {
  const card = cardOf(cell)?.card;
  const meta = card && first(card, [M.metadataBlock, M.shortsViews]);
  if (meta?.parentElement) return { parent: meta.parentElement, before: meta.nextSibling };
  return card ? { parent: card, before: null } : null;
}
