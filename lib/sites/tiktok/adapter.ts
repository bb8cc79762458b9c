// TikTok (tiktok.com). Site knowledge lives in selectors.ts; this file only applies it. Posts are For You
// and Following items, Videos-tab tiles, and the video of the video page or the modal opened over a feed.
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { postText } from '@/lib/sites/shared/text';
import { tiktokVideoTime } from '@/lib/sites/shared/time/ids';
import type { AccountRef, ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type CountsResult, firstCount, readActionCounts, readTileCounts } from './counts';
import { detailIdentity, type Identity, itemIdentity, postPath, tileIdentity } from './identity';
import {
  CONTAINER_CSS,
  detailOf,
  inAnyContainer,
  inPageOrder,
  isContainer,
  isElement,
  ownFirst,
  SIGN_CSS,
} from './scope';
import { NO_POST_PATHS, NO_POST_SUBPAGES, TIKTOK as T } from './selectors';
import { tiktokSite } from './site';
import { viewerOf } from './viewer';

/** Which video a grid tile, a feed item or a video's own page shows, and whose it is. */
function identityOf(el: Element, url: URL): Identity {
  if (el.matches(T.gridTile.css)) return tileIdentity(el);
  return isContainer(el) ? itemIdentity(el) : detailIdentity(el, url);
}

function readPost(el: Element, ctx: ReadContext): ReadResult {
  const tile = el.matches(T.gridTile.css);
  const who = identityOf(el, ctx.url);
  if (!who.ok) {
    const { reason, id, author } = who;
    return {
      ok: false,
      problem: { platform: 'tiktok', reason, ...(id ? { id } : {}), ...(author ? { author } : {}) },
    };
  }
  const { id, author, kind } = who;
  const url = `https://www.tiktok.com/@${author}/${kind}/${id}`;
  const counts: CountsResult = tile ? readTileCounts(el, ctx.locale) : readActionCounts(el, ctx.locale);
  if (!counts.ok)
    return { ok: false, problem: { platform: 'tiktok', id, url, author, reason: counts.reason } };
  // A photo post is a swipeable set of pictures: a carousel, even of one.
  const format: PostFormat = kind === 'photo' ? 'carousel' : 'video';
  // The id's top 32 bits are its Unix seconds. The byline's "6d ago" is not read: the relative-time reader
  // would take the script past its size budget, and every post read has an id.
  const publishedAt = tiktokVideoTime(id, ctx.now);
  return {
    ok: true,
    post: {
      platform: 'tiktok',
      id,
      url,
      author,
      publishedAt,
      format,
      ...postText(ownFirst(el, T.desc)),
      metrics: counts.metrics,
    },
  };
}

/** The id the open video page or modal shows, when it names one (its player, else the address). */
function detailVideoId(detail: Element | null, doc: Document): string | null {
  if (!detail) return null;
  const who = detailIdentity(detail, new URL(doc.location?.href || 'https://www.tiktok.com/'));
  return who.ok ? who.id : null;
}

/** A feed item or tile showing the video the modal shows is left to the modal, which has its counts. */
function shownByDetail(el: Element, detailId: string | null): boolean {
  if (!detailId) return false;
  if (el.matches(T.gridTile.css)) {
    const link = ownFirst(el, T.postLink)?.getAttribute('href');
    return link ? postPath(link)?.id === detailId : false;
  }
  const who = itemIdentity(el);
  return who.ok && who.id === detailId;
}

const isAd = (el: Element) => el.matches(T.feedItem.css) && el.querySelector(T.adLabel.css) !== null;

function findPosts(root: ParentNode): Element[] {
  const doc = isElement(root) ? root.ownerDocument : (root as Document);
  const items =
    isElement(root) && root.matches(CONTAINER_CSS) ? [root] : [...root.querySelectorAll(CONTAINER_CSS)];
  const detail = detailOf(doc);
  const detailId = detailVideoId(detail, doc);
  const found = items.filter((el) => !isAd(el) && !shownByDetail(el, detailId));
  if (detail && (root === detail || (root as Node).contains(detail))) found.push(detail);
  return inPageOrder(found);
}

function postOf(node: Node): Element | null {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return null;
  const doc = el.ownerDocument;
  const item = el.closest(CONTAINER_CSS);
  if (item) {
    if (isAd(item)) return null;
    // Looked for once a run of script (detailOf), not asked of the whole document for each node.
    return shownByDetail(item, detailVideoId(detailOf(doc), doc)) ? null : item;
  }
  const detail = detailOf(doc);
  return detail?.contains(el) ? detail : null;
}

/** The account a path names: `/@handle`, `/@handle/video/<id>`. */
function accountOfPath(url: URL): { handle: string; rest: string[] } | null {
  const [first = '', ...rest] = url.pathname.split('/').filter(Boolean);
  const handle = first.startsWith('@') ? tiktokSite.accounts.parse(first)?.handle : undefined;
  return handle ? { handle, rest } : null;
}

export const tiktokAdapter: SiteAdapter = {
  site: tiktokSite,
  // Counts change as text; these change when an element is reused for another video.
  observe: { attributes: ['href', 'id'] },
  pageKind(url) {
    const segs = url.pathname.split('/').filter(Boolean);
    const first = segs[0] ?? '';
    const none = { posts: false, why: 'this TikTok page shows no posts Resonance reads' } as const;
    if (first.startsWith('@')) {
      if (NO_POST_SUBPAGES.has(segs[1] ?? '')) return none;
      return { posts: true, single: /^(video|photo)$/.test(segs[1] ?? '') && /^\d+$/.test(segs[2] ?? '') };
    }
    return NO_POST_PATHS.has(first.toLowerCase()) ? none : { posts: true };
  },
  feedRoot: (doc) => firstOf(doc, [T.app]),
  findPosts,
  postOf,
  readPost,
  identify(el, ctx) {
    const who = identityOf(el, ctx.url);
    if (who.ok) return { id: who.id, author: who.author };
    return who.id && who.author ? { id: who.id, author: who.author } : null;
  },
  postSigns(doc) {
    // Counts outside every known container and the video view: their containers were renamed.
    const detail = detailOf(doc);
    let n = 0;
    for (const c of doc.querySelectorAll(SIGN_CSS)) if (!inAnyContainer(c) && !detail?.contains(c)) n++;
    return n;
  },
  viewer: viewerOf,
  pageAccount(doc, url): AccountRef | null {
    const account = accountOfPath(url);
    if (!account) return null;
    const viewer = viewerOf(doc);
    // The embedded viewer is certain; without it, the Edit profile button (UNVERIFIED markup) shows on the
    // viewer's own profile only.
    const own = viewer
      ? viewer.handle.toLowerCase() === account.handle.toLowerCase()
      : account.rest.length === 0 && doc.querySelector(T.editProfile.css) !== null;
    return own ? { handle: account.handle, managed: true } : { handle: account.handle };
  },
  badgeAnchor(post) {
    if (post.matches(T.gridTile.css)) return { parent: post, before: null };
    // Below the action column's last button: the like count's button sits in it.
    const count = firstCount(post);
    const bar = count?.closest('button')?.parentElement ?? count?.parentElement;
    return bar ? { parent: bar, before: null } : { parent: post, before: null };
  },
};
