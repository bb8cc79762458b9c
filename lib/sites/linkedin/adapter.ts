// LinkedIn (linkedin.com): the legacy Ember feed, the current server-driven feed and logged-out guest
// pages. Site knowledge lives in selectors.ts; who wrote a card and which post it is in identity.ts.
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { onlyPostDown } from '@/lib/sites/shared/only-post';
import { postText } from '@/lib/sites/shared/text';
import { linkedinActivityTime } from '@/lib/sites/shared/time/ids';
import type { ReadContext, ReadResult, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import { readCounts } from './counts';
import { authorOf, contextOf, idOf, isPromoted, isRepostContext, timeTexts } from './identity';
import { pageAccountOf, viewerOf } from './page';
import { type Generation, generationOf, outermostPost, ownAll, ownFirst, POST_CSS } from './scope';
import { ACCOUNT_KINDS, LI, NO_POST_PATHS, NO_POST_TABS } from './selectors';
import { linkedinSite } from './site';
import { shortAge } from './time';

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
function isElement(n: Node | ParentNode): n is Element {
  return (n as Node).nodeType === 1;
}

function formatOf(post: Element, gen: Generation): PostFormat | undefined {
  if (gen === 'guest') {
    if (ownFirst(post, LI.guest.video)) return 'video';
    const images = ownAll(post, LI.guest.image).length;
    if (images > 0) return images > 1 ? 'carousel' : 'image';
    return ownFirst(post, LI.guest.article) ? 'link' : 'text';
  }
  if (gen === 'current') return ownFirst(post, LI.current.video) ? 'video' : undefined;
  if (ownFirst(post, [LI.legacy.video, LI.current.video])) return 'video';
  if (ownFirst(post, LI.legacy.document)) return 'carousel';
  const images = ownAll(post, LI.legacy.image).length;
  if (images > 0) return images > 1 ? 'carousel' : 'image';
  if (ownFirst(post, LI.legacy.poll)) return 'poll';
  return ownFirst(post, LI.legacy.article) ? 'link' : 'text';
}

/** The id's time (exact); else the card's relative time, with how far off it may be. */
function publishedOf(post: Element, gen: Generation, id: string, ctx: ReadContext) {
  const exact = linkedinActivityTime(id, ctx.now);
  if (exact !== null) return { publishedAt: exact };
  for (const text of timeTexts(post, gen)) {
    const r = shortAge(text, ctx.now);
    if (r) return { publishedAt: r.at, publishedPrecision: r.precision };
  }
  return { publishedAt: null };
}

const unreadable = (problem: Omit<UnreadablePost, 'platform'>): ReadResult => ({
  ok: false,
  problem: { platform: 'linkedin', ...problem },
});

/** Which markup the post is drawn with, its author and its id (or why there is none). */
function identityOf(post: Element) {
  const gen = generationOf(post);
  const found = idOf(post, gen);
  return { gen, found, author: authorOf(post, gen) ?? undefined, id: 'id' in found ? found.id : undefined };
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  const { gen, found, author, id } = identityOf(post);
  if (!author) return unreadable({ id, reason: 'no author link' });
  if (!id) return unreadable({ author, reason: 'reason' in found ? found.reason : 'no id' });
  const url = `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;
  // A repost's card may carry the repost's own activity, not the post's: only guest cards name both.
  if (gen !== 'guest' && isRepostContext(contextOf(post, gen)))
    return unreadable({ id, author, reason: 'a repost: its id may be the repost’s' });
  const counts = readCounts(post, gen, ctx.locale);
  if (!counts.ok) return unreadable({ id, url, author, reason: counts.reason });
  const format = formatOf(post, gen);
  return {
    ok: true,
    post: {
      platform: 'linkedin',
      id,
      url,
      author,
      ...publishedOf(post, gen, id, ctx),
      ...(format ? { format } : {}),
      // Its own words: a reshared post's and the comments' are outside its scope (scope.ts).
      ...postText(ownFirst(post, TEXT), '.visually-hidden'),
      metrics: counts.metrics,
    },
  };
}

/** The post's words, in each markup generation. */
const TEXT = [LI.legacy.commentary, LI.current.textBox, LI.guest.commentary];

/** Looser than the cards: an activity URN or a post's control menu, wherever it sits (lib/page/health.ts). */
const SIGNS_CSS = `[data-urn^="urn:li:activity:"], [data-activity-urn], ${LI.current.controlMenu.css}`;

function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

export const linkedinAdapter: SiteAdapter = {
  site: linkedinSite,
  // Counts live in labels as well as text; a recycled card changes its data-urn or componentkey. Guest
  // pages are drawn once, server-side: their attributes need no watching.
  observe: { attributes: ['aria-label', 'href', 'data-urn', 'componentkey'] },
  pageKind(url) {
    const [first = '', , third = ''] = pathSegments(url).map((s) => s.toLowerCase());
    const tab = ACCOUNT_KINDS.has(first) && NO_POST_TABS.has(third);
    if (NO_POST_PATHS.has(first) || tab) return { posts: false, why: 'this LinkedIn page shows no posts' };
    // A post's own page: `/feed/update/urn:li:activity:<id>/` or `/posts/<slug>`.
    const single = /^\/feed\/update\/urn:li:[a-z]+:\d+\/?$/i.test(url.pathname) || first === 'posts';
    return { posts: true, single };
  },
  feedRoot: (doc) => firstOf(doc, LI.feed),
  findPosts(root) {
    if (isElement(root) && root.matches(POST_CSS)) {
      const top = outermostPost(root);
      return top && !isPromoted(top) ? [top] : [];
    }
    const only = isElement(root) ? onlyPostDown(root, POST_CSS) : undefined;
    if (only) return only.parentElement?.closest(POST_CSS) || isPromoted(only) ? [] : [only];
    return Array.from(root.querySelectorAll(POST_CSS)).filter(
      (el) => !el.parentElement?.closest(POST_CSS) && !isPromoted(el),
    );
  },
  postOf(node) {
    const top = outermostPost(isElement(node) ? node : node.parentElement);
    return top && !isPromoted(top) ? top : null;
  },
  readPost,
  identify(post) {
    const { author, id } = identityOf(post);
    return author && id ? { id, author } : null;
  },
  postSigns(doc) {
    let n = 0;
    for (const el of doc.querySelectorAll(SIGNS_CSS)) if (!el.closest(POST_CSS)) n++;
    return n;
  },
  viewer: viewerOf,
  pageAccount: pageAccountOf,
  badgeAnchor(post) {
    const bar = ownFirst(post, [LI.legacy.countsBar, LI.guest.socialActions]);
    if (bar?.parentElement) return { parent: bar.parentElement, before: bar.nextSibling };
    const action = ownFirst(post, [LI.legacy.actionBar, LI.current.reactButton]);
    if (action?.parentElement) return { parent: action.parentElement, before: action };
    return { parent: post, before: null };
  },
};
