// Facebook (facebook.com). Site knowledge lives in selectors.ts; this file only applies it. A post is
// named by its time link (`/<page>/posts/<pfbid…>`, `permalink.php?story_fbid=…&id=…`); its author is
// the account that link names, else the header's first link.
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { postText } from '@/lib/sites/shared/text';
import { adoptTimeWords } from '@/lib/sites/shared/time/words';
import type { ReadContext, ReadResult, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import { pageAccountOf, viewerOf } from './accounts';
import { readCounts } from './counts';
import { accountOfUrl, type PostLink, parsePostHref, sameAccount, toUrl } from './links';
import { inOwnScope, isSponsored, metaLine, ownAll, ownFirst, postAround, postsIn } from './scope';
import { FB, NO_POST_PATHS, NO_POST_TABS } from './selectors';
import { facebookSite } from './site';
import { readPublished } from './time';

const isElement = (n: Node | ParentNode): n is Element => (n as Node).nodeType === 1;

/** The account the post's header names first: its author, or who shared it. */
function headerAuthor(post: Element): string | null {
  const a = ownFirst(post, FB.profileName) ?? ownFirst(post, 'a[href]');
  const url = toUrl(a?.getAttribute('href') ?? '');
  return url ? accountOfUrl(url) : null;
}

/**
 * The post's own time link. In the header line the post names (`aria-describedby`) only; without one, the
 * first post link by the header's author, so a shared post's original (another account) is never taken.
 */
function permalinkOf(post: Element): { link: Element; post: PostLink } | null {
  const meta = metaLine(post);
  const author = meta ? null : headerAuthor(post);
  for (const link of ownAll(meta ?? post, FB.permalink)) {
    const parsed = parsePostHref(link.getAttribute('href') ?? '');
    if (!parsed) continue;
    if (meta || !parsed.author || sameAccount(parsed.author, author)) return { link, post: parsed };
  }
  return null;
}

function formatOf(post: Element, link: PostLink): PostFormat {
  if (link.url.includes('/reel/')) return 'reel';
  if (ownFirst(post, FB.video) || link.url.includes('/videos/')) return 'video';
  const photos = new Set(ownAll(post, FB.photo).map((a) => a.getAttribute('href')));
  if (photos.size > 1) return 'carousel';
  return photos.size === 1 ? 'image' : 'text';
}

const unreadable = (problem: Omit<UnreadablePost, 'platform'>): ReadResult => ({
  ok: false,
  problem: { platform: 'facebook', ...problem },
});

/** The post's permalink, and its author: the permalink's, else the header's. */
function identityOf(el: Element) {
  const found = permalinkOf(el);
  return found && { found, author: found.post.author ?? headerAuthor(el) };
}

function readPost(el: Element, ctx: ReadContext): ReadResult {
  const who = identityOf(el);
  if (!who) return unreadable({ reason: 'no permalink: the post has no link to itself (yet)' });
  const { found, author } = who;
  const { id, url } = found.post;
  if (!author) return unreadable({ id, url, reason: "the post's author can't be read" });
  const counts = readCounts(el, ctx.locale);
  if (!counts.ok) return unreadable({ id, url, author, reason: counts.reason });
  const time = readPublished(found.link, id, ctx);
  return {
    ok: true,
    post: {
      platform: 'facebook',
      id,
      url,
      author,
      ...time,
      format: formatOf(el, found.post),
      ...postText(ownFirst(el, FB.message)),
      metrics: counts.metrics,
      ...(counts.reactions ? { reactions: counts.reactions } : {}),
    },
  };
}

/** A post, unless it is an ad. */
const notAd = (post: Element | null): Element | null => (post && !isSponsored(post) ? post : null);

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

export const facebookAdapter: SiteAdapter = {
  site: facebookSite,
  // Counts change as text; a time link gets its href on hover, and a recycled unit new labels.
  observe: { attributes: ['href', 'aria-label', 'aria-describedby'] },
  // Its times are written ("4d", "30 May at 11:02"): their words come from the worker, learned there.
  words: { kind: 'written', adopt: adoptTimeWords },
  pageKind(url) {
    const segs = segments(url).map((s) => s.toLowerCase());
    const first = segs[0] ?? '';
    // `/<page>/videos` is a grid; `/<page>/videos/<id>` one video.
    const tab =
      first === 'profile.php' ? (url.searchParams.get('sk') ?? '') : segs.length === 2 ? segs[1]! : '';
    if (NO_POST_PATHS.has(first) || NO_POST_TABS.has(tab))
      return { posts: false, why: 'this Facebook page shows no posts' };
    // A post's own page: `/<page>/posts/<id>`, `permalink.php`, `story.php`.
    const single = segs[1] === 'posts' || first === 'permalink.php' || first === 'story.php';
    return { posts: true, single };
  },
  feedRoot: (doc) => firstOf(doc, FB.feed),
  findPosts: (root) => postsIn(root).filter((p) => notAd(p)),
  postOf(node) {
    return notAd(postAround(isElement(node) ? node : node.parentElement));
  },
  readPost,
  identify(el) {
    const who = identityOf(el);
    return who?.author ? { id: who.found.post.id, author: who.author } : null;
  },
  postSigns(doc) {
    let n = 0;
    for (const a of doc.querySelectorAll(FB.permalink.map((s) => s.css).join(', '))) {
      if (a.closest(`${FB.article.css}, ${FB.feedUnit.css}, [role="navigation"], [role="banner"]`)) continue;
      if (parsePostHref(a.getAttribute('href') ?? '')) n++;
    }
    return n;
  },
  viewer: viewerOf,
  pageAccount: pageAccountOf,
  badgeAnchor(post) {
    const counts = ownFirst(post, [FB.reactionToolbar, FB.summaryText]);
    const ufi = counts?.closest(FB.ufi.css);
    if (ufi && post.contains(ufi) && inOwnScope(ufi, post) && ufi.parentElement)
      return { parent: ufi.parentElement, before: ufi };
    const meta = metaLine(post);
    if (meta?.parentElement) return { parent: meta.parentElement, before: meta.nextSibling };
    return { parent: post, before: null };
  },
};
