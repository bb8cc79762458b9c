// Instagram (instagram.com). Site knowledge lives in selectors.ts; this file only applies it. Posts are
// home feed articles, the post of a post or reel page (or of a post opened over a grid), and the profile
// grid tiles that show counts.
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { SHORTCODE_PRECISION_MS, shortcodeTime } from '@/lib/sites/shared/time/shortcode';
import type { AccountRef, ReadContext, ReadResult, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import { captionOf } from './caption';
import { actionBar, readCounts } from './counts';
import { noPostsWhy, type PostRef, pageOf, postUrl, profileLinkOf } from './paths';
import { findPosts, isTile, permalinkIn, postAround, postOf, postSigns } from './scope';
import { IG } from './selectors';
import { instagramSite } from './site';
import { readTile, tileIdentity } from './tiles';

type Identity =
  | { ok: true; ref: PostRef; author: string; time: Element }
  | { ok: false; problem: UnreadablePost };

/** The first profile link of the post: its header comes before any comment. */
function headerAuthor(around: Element): string | null {
  for (const a of around.querySelectorAll('a[href]')) {
    const handle = profileLinkOf(a.getAttribute('href'));
    if (handle) return handle;
  }
  return null;
}

/** Which post this is and whose: from its permalink (`/<user>/p/<code>/`), else its header's profile link. */
function identityOf(post: Element): Identity {
  const link = permalinkIn(post);
  if (!link)
    return {
      ok: false,
      problem: { platform: 'instagram', reason: 'no link to the post with its time: not a readable post' },
    };
  const { ref, time } = link;
  const author = ref.author ?? headerAuthor(postAround(post));
  if (!author)
    return {
      ok: false,
      problem: {
        platform: 'instagram',
        id: ref.code,
        url: postUrl(ref),
        reason: 'no author link in the post',
      },
    };
  return { ok: true, ref, author, time };
}

function formatOf(around: Element, ref: PostRef): PostFormat {
  if (ref.kind === 'reel') return 'reel';
  if (ref.kind === 'tv' || around.querySelector(IG.video.css)) return 'video';
  const slides = Array.from(around.querySelectorAll(IG.slide.css)).filter((img) => !img.closest('a'));
  return slides.length > 1 ? 'carousel' : 'image';
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  if (isTile(post)) return readTile(post, ctx);
  const who = identityOf(post);
  if (!who.ok) return { ok: false, problem: who.problem };
  const { ref, author } = who;
  const id = ref.code;
  const url = postUrl(ref);
  const counts = readCounts(post, id, ctx.locale);
  if (!counts.ok)
    return { ok: false, problem: { platform: 'instagram', id, url, author, reason: counts.reason } };
  const around = postAround(post);
  const fromTime = Date.parse(who.time.getAttribute('datetime') ?? '');
  const fromCode = Number.isFinite(fromTime) ? null : shortcodeTime(id, ctx.now);
  return {
    ok: true,
    post: {
      platform: 'instagram',
      id,
      url,
      author,
      publishedAt: Number.isFinite(fromTime) ? fromTime : fromCode,
      ...(fromCode !== null ? { publishedPrecision: SHORTCODE_PRECISION_MS } : {}),
      format: formatOf(around, ref),
      ...captionOf(around, author, who.time),
      metrics: counts.metrics,
      ...(counts.hidden ? { hidden: counts.hidden } : {}),
    },
  };
}

function urlOf(doc: Document): URL | null {
  try {
    return new URL(doc.location?.href ?? doc.URL);
  } catch {
    return null;
  }
}

export const instagramAdapter: SiteAdapter = {
  site: instagramSite,
  // Counts change as text; these change when a node is reused for another post.
  observe: { attributes: ['href', 'datetime'] },
  pageKind(url) {
    const page = pageOf(url);
    const why = noPostsWhy(page);
    return why ? { posts: false, why } : { posts: true, single: page.kind === 'post' };
  },
  // A post page may be a post opened over the page it was clicked on, in a dialog outside <main>.
  feedRoot(doc) {
    const url = urlOf(doc);
    if (url && pageOf(url).kind === 'post') return doc.body;
    return firstOf(doc, [IG.feed]);
  },
  findPosts,
  postOf,
  readPost,
  identify(post, ctx) {
    if (isTile(post)) {
      const { ref, author } = tileIdentity(post, ctx.url);
      return ref && author ? { id: ref.code, author } : null;
    }
    const who = identityOf(post);
    return who.ok ? { id: who.ref.code, author: who.author } : null;
  },
  postSigns,
  viewer(doc): AccountRef | null {
    for (const img of doc.querySelectorAll(IG.viewerAvatar.css)) {
      if (img.closest(`${IG.feed.css}, ${IG.dialog.css}`)) continue;
      const handle = profileLinkOf(img.closest('a')?.getAttribute('href') ?? null);
      const alt = img.getAttribute('alt')?.toLowerCase() ?? '';
      // The picture's label names its account ("x's profile picture", "Foto do perfil de x").
      if (handle && (!alt || alt.includes(handle.toLowerCase()))) return { handle };
    }
    return null;
  },
  pageAccount(doc, url): AccountRef | null {
    const page = pageOf(url);
    if (page.kind === 'profile') {
      // The edit link shows on the viewer's own profile only, not on their post pages.
      const own = doc.querySelector(`${IG.feed.css} ${IG.editProfile.css}`) !== null;
      return own ? { handle: page.handle, managed: true } : { handle: page.handle };
    }
    if (page.kind !== 'post') return null;
    if (page.post.author) return { handle: page.post.author };
    for (const post of findPosts(doc)) {
      const who = isTile(post) ? null : identityOf(post);
      if (who?.ok && who.ref.code === page.post.code) return { handle: who.author };
    }
    return null;
  },
  badgeAnchor(post) {
    if (isTile(post)) return { parent: post, before: null };
    const bar = actionBar(post);
    if (bar?.parentElement && post.contains(bar.parentElement))
      return { parent: bar.parentElement, before: bar.nextSibling };
    return { parent: post, before: null };
  },
};
