// Bluesky (bsky.app). Site knowledge lives in selectors.ts; this file only applies it. Posts are feed items
// (home, profiles, custom feeds) and thread items (a post page: its parents, the post, the replies).
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { postText } from '@/lib/sites/shared/text';
import { blueskyTidTime } from '@/lib/sites/shared/time/ids';
import type { AccountRef, ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { actionBar, readCounts } from './counts';
import { identify } from './identity';
import { pageKindOf, profileLinkActor, profileOfPath } from './paths';
import {
  inOwnScope,
  isElement,
  onHiddenScreen,
  outermostPost,
  ownAll,
  ownFirst,
  POST_CSS,
  postsIn,
} from './scope';
import { BSKY } from './selectors';
import { blueskySite } from './site';

function formatOf(post: Element): PostFormat {
  if (ownFirst(post, BSKY.video)) return 'video';
  const images = ownAll(post, BSKY.image).length;
  if (images > 1) return 'carousel';
  if (images === 1) return 'image';
  const card = ownAll(post, BSKY.externalLink).some((a) => !a.closest(BSKY.postText.css));
  return card ? 'link' : 'text';
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  const who = identify(post, ctx.url);
  if (!who.ok) {
    const { reason, author, id } = who;
    return {
      ok: false,
      problem: { platform: 'bluesky', reason, ...(id ? { id } : {}), ...(author ? { author } : {}) },
    };
  }
  const { author, rkey: id } = who;
  const url = `https://bsky.app/profile/${author}/post/${id}`;
  const counts = readCounts(post, ctx.locale);
  if (!counts.ok)
    return { ok: false, problem: { platform: 'bluesky', id, url, author, reason: counts.reason } };
  // A post's record key is a TID: its creation time to the microsecond (atproto.com/specs/tid). The page's
  // own times are "20h" and a minute-precise tooltip, and post keys are TIDs by the post lexicon.
  const publishedAt = blueskyTidTime(id, ctx.now);
  return {
    ok: true,
    post: {
      platform: 'bluesky',
      id,
      url,
      author,
      publishedAt,
      format: formatOf(post),
      // Its own words: a quoted post's are inside its card (scope.ts). A link card's title is not read.
      ...postText(ownFirst(post, BSKY.postText)),
      metrics: counts.metrics,
    },
  };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A thread page left for another stays mounted, hidden; its focused post has no link to say which it is. */
const staleFocused = (el: Element) =>
  el.matches(BSKY.threadItem.css) && !ownFirst(el, BSKY.permalink) && onHiddenScreen(el);

/** The logged-in account: the left nav's Profile item (the only profile link there). */
function viewerOf(doc: Document): AccountRef | null {
  for (const a of doc.querySelectorAll(BSKY.navProfile.css)) {
    const handle = profileLinkActor(a.getAttribute('href') ?? '');
    if (handle) return { handle };
  }
  return null;
}

function pageAccountOf(doc: Document, url: URL): AccountRef | null {
  const page = profileOfPath(url.pathname);
  // A custom feed or a list at /profile/<creator>/feed/… shows other accounts' posts: no page account.
  if (!page || page.rest[0] === 'feed' || page.rest[0] === 'lists') return null;
  const viewer = viewerOf(doc);
  const onProfile = page.rest.length === 0;
  const own =
    (viewer !== null && same(viewer.handle, page.actor)) ||
    (onProfile && doc.querySelector(BSKY.editProfile.css) !== null);
  const name = onProfile
    ? (doc.querySelector(BSKY.profileName.css)?.textContent?.trim().slice(0, 100) ?? '')
    : '';
  return { handle: page.actor, ...(name ? { name } : {}), ...(own ? { managed: true } : {}) };
}

export const blueskyAdapter: SiteAdapter = {
  site: blueskySite,
  // Labels carry the exact counts; hrefs and testids change when React reuses an element for another post.
  observe: { attributes: ['aria-label', 'href', 'data-testid'] },
  pageKind: pageKindOf,
  feedRoot: (doc) => firstOf(doc, BSKY.feed),
  findPosts: (root) => postsIn(root).filter((el) => !staleFocused(el)),
  postOf(node) {
    const post = outermostPost(isElement(node) ? node : node.parentElement);
    return post && !staleFocused(post) ? post : null;
  },
  readPost,
  identify(post, ctx) {
    const who = identify(post, ctx.url);
    if (who.ok) return { id: who.rkey, author: who.author };
    return who.id && who.author ? { id: who.id, author: who.author } : null;
  },
  postSigns(doc) {
    // Permalinks and like buttons outside every post container: the containers were renamed.
    let n = 0;
    for (const el of doc.querySelectorAll(`${BSKY.permalink.css}, ${BSKY.likeBtn.css}`))
      if (!el.closest(POST_CSS)) n++;
    return n;
  },
  viewer: viewerOf,
  pageAccount: pageAccountOf,
  badgeAnchor(post) {
    const bar = actionBar(post);
    if (bar?.parentElement) return { parent: bar.parentElement, before: bar.nextSibling };
    const link = ownFirst(post, BSKY.permalink);
    if (link?.parentElement && inOwnScope(link.parentElement, post))
      return { parent: link.parentElement, before: link.nextSibling };
    return { parent: post, before: null };
  },
};
