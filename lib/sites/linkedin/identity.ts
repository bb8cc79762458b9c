// Which post a LinkedIn card shows and who wrote it; whether it is an ad or someone's repost; the time
// it shows. The current markup has no activity URN on its cards: an id is taken only where the card
// itself names one, never made up.
import { type Generation, inOwnScope, ownAll, ownFirst, shortTexts, shownText } from './scope';
import {
  ACCOUNT_KINDS,
  ACTIVITY_IN_TEXT,
  ACTIVITY_URN,
  LI,
  PROMOTED,
  PROMOTED_ANYWHERE,
  REPOSTED,
} from './selectors';
import { linkedinSite } from './site';

/** `in/<slug>` or `company/<slug>` from a link on any linkedin.com host (guest pages link `ca.linkedin.com`). */
export function accountOfHref(href: string | null): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  const host = url.hostname;
  if (url.protocol !== 'https:' || !(host === 'linkedin.com' || host.endsWith('.linkedin.com'))) return null;
  const [kind = '', slug = ''] = url.pathname.split('/').filter(Boolean);
  if (!ACCOUNT_KINDS.has(kind.toLowerCase())) return null;
  return linkedinSite.accounts.parse(`${kind}/${slug}`)?.handle ?? null;
}

/** The name in "Open control menu for post by <name>" (English pages; empty elsewhere). */
function controlMenuName(post: Element): string {
  const label = ownFirst(post, LI.current.controlMenu)?.getAttribute('aria-label') ?? '';
  return /^Open control menu for post by\s*(.+)$/.exec(label)?.[1]?.trim() ?? '';
}

/** The current markup's author: the account link naming the control menu's author, else the avatar link. */
function currentAuthor(post: Element): string | null {
  const links = ownAll(post, 'a[href]').filter(
    (a) => !a.closest(LI.current.textBox.css) && accountOfHref(a.getAttribute('href')),
  );
  const name = controlMenuName(post);
  const named = name
    ? links.find((a) => `${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''}`.includes(name))
    : undefined;
  const link = named ?? (name ? undefined : links.find((a) => a.querySelector('img')));
  return accountOfHref(link?.getAttribute('href') ?? null);
}

/** The account that wrote the post a card shows (the actor), never the one named in its context line. */
export function authorOf(post: Element, gen: Generation): string | null {
  if (gen === 'legacy') {
    const link = ownFirst(post, [LI.legacy.actorLink, LI.legacy.actorImage]);
    return accountOfHref(link?.getAttribute('href') ?? null);
  }
  if (gen === 'guest') {
    const lockup = ownFirst(post, LI.guest.actor);
    for (const a of lockup?.querySelectorAll('a[href]') ?? []) {
      const handle = accountOfHref(a.getAttribute('href'));
      if (handle) return handle;
    }
    return null;
  }
  return currentAuthor(post);
}

const urnId = (urn: string | null) => ACTIVITY_URN.exec(urn ?? '')?.[1] ?? null;

/** updateUrn of a tracking scope's breadcrumb (JSON the page embeds for this card), parsed as data only. */
function breadcrumbId(el: Element): string | null {
  try {
    const scopes: unknown = JSON.parse(el.getAttribute('data-view-tracking-scope') ?? '');
    for (const s of Array.isArray(scopes) ? scopes : []) {
      const urn = (s as { breadcrumb?: { updateUrn?: unknown } })?.breadcrumb?.updateUrn;
      if (typeof urn === 'string' && urnId(urn)) return urnId(urn);
    }
  } catch {
    return null;
  }
  return null;
}

/** Ids a current-markup card names itself: its breadcrumb, its permalink, its comments' URNs. */
function currentIds(post: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of ownAll(post, LI.current.trackingScope)) {
    const id = breadcrumbId(el);
    if (id) ids.add(id);
  }
  for (const a of ownAll(post, LI.current.permalink)) {
    const id = ACTIVITY_IN_TEXT.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) ids.add(id);
  }
  // A comment's URN is `urn:li:comment:(activity:<post>,<comment>)`: it names the post it is under.
  for (const c of post.querySelectorAll(LI.boundary.currentComment.css)) {
    if (!inOwnScope(c.parentElement ?? c, post)) continue;
    const id = ACTIVITY_IN_TEXT.exec(c.getAttribute('componentkey') ?? '')?.[1];
    if (id) ids.add(id);
  }
  return ids;
}

export type IdResult = { id: string } | { reason: string };

// The current markup's usual case: LinkedIn no longer puts the post's URN in its cards.
const NO_ID = 'no activity id on the card: not stored';

export function idOf(post: Element, gen: Generation): IdResult {
  if (gen === 'legacy') {
    const id = urnId(post.getAttribute('data-urn'));
    return id ? { id } : { reason: NO_ID };
  }
  if (gen === 'guest') {
    const id = urnId(post.getAttribute(LI.featuredAttr)) ?? urnId(post.getAttribute('data-activity-urn'));
    return id ? { id } : { reason: NO_ID };
  }
  const ids = currentIds(post);
  if (ids.size === 1) return { id: [...ids][0]! };
  if (ids.size > 1) return { reason: 'the card names several activity ids' };
  return { reason: NO_ID };
}

/** The context line above the actor ("X reposted this", "X likes this"); empty when there is none. */
export function contextOf(post: Element, gen: Generation): string {
  if (gen === 'legacy') return shownText(ownFirst(post, LI.legacy.header));
  if (gen === 'guest') return shownText(ownFirst(post, LI.guest.header));
  const line = shortTexts(post, 150).find(
    (el) =>
      (el.tagName === 'P' || el.tagName === 'SPAN') &&
      !el.closest('button') &&
      REPOSTED.test(el.textContent ?? ''),
  );
  return shownText(line);
}

export const isRepostContext = (text: string) => REPOSTED.test(text);

const isPromotedText = (text: string) =>
  text
    .split(/[•·]/)
    .map((s) => s.trim())
    .some((s) => s.length > 0 && s.length <= 60 && PROMOTED.test(s));

// Hogwai/LinkedinSponsorBlock SPONSORED_PATTERNS (2025): an ad's tracking scope names its served event.
const SPONSORED = /SponsoredUpdateServed|SPONSORED_UPDATE_SERVED/;

/** The card's tracking scope: its own, or its wrapper's (legacy cards sit in one, real capture). */
function trackingOf(post: Element): string {
  const attr = 'data-view-tracking-scope';
  const own = ownFirst(post, LI.current.trackingScope);
  if (own) return own.getAttribute(attr) ?? '';
  let up = post.parentElement;
  for (let i = 0; up && i < 3 && !up.hasAttribute(attr); i++) up = up.parentElement;
  return up?.getAttribute(attr) ?? '';
}

/** An ad: "Promoted" where the time would be, or a sponsored tracking scope. */
export function isPromoted(post: Element): boolean {
  if (SPONSORED.test(trackingOf(post))) return true;
  // Every text looked at below is part of the card's text: a card whose text names no ad is none, told
  // at once (finding a feed's posts happens in the page's frame).
  if (!PROMOTED_ANYWHERE.test(post.textContent ?? '')) return false;
  const legacy = ownFirst(post, LI.legacy.subDescription);
  if (legacy)
    return isPromotedText(shownText(legacy)) || isPromotedText(shownText(ownFirst(post, LI.legacy.header)));
  if (post.matches(LI.post.guest.css)) return false;
  return shortTexts(post, 60).some((el) => el.tagName !== 'A' && isPromotedText(shownText(el)));
}

/** The text holding the card's age ("1h •", "4d Edited"). Current cards are read only with an id, which
 *  always carries the time: their age is never needed. */
export function timeTexts(post: Element, gen: Generation): string[] {
  if (gen === 'legacy') return [shownText(ownFirst(post, LI.legacy.subDescription))];
  // The guest time's aria-hidden child is only the CSS bullet: its whole text is read.
  return gen === 'guest' ? [ownFirst(post, LI.guest.time)?.textContent?.replace(/\s+/g, ' ') ?? ''] : [];
}
