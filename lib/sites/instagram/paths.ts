// Instagram's addresses: post links, profiles and what each page is. Pure; no DOM.

import { OTHERS_TABS, POST_PAGE_PATH, POST_PATH, RESERVED_PATHS } from './selectors';
import { instagramSite } from './site';

type PostKind = 'p' | 'reel' | 'tv';

export interface PostRef {
  code: string;
  kind: PostKind;
  /** The account in the link, when it has one (`/<user>/p/<code>/`, 2025 markup). */
  author?: string;
}

/** A link's path on Instagram; '' for a link elsewhere (a bio's linktr.ee/<name> is no account). */
function pathOf(href: string): string {
  try {
    const url = new URL(href, 'https://www.instagram.com');
    return instagramSite.domains.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`))
      ? url.pathname
      : '';
  } catch {
    return '';
  }
}

/** A valid account name that is not one of the site's own paths, or null. */
function accountName(segment: string | undefined): string | null {
  if (!segment || RESERVED_PATHS.has(segment.toLowerCase())) return null;
  return instagramSite.accounts.parse(segment)?.handle ?? null;
}

function refOf(m: RegExpExecArray | null): PostRef | null {
  if (!m?.[2] || !m[3]) return null;
  const author = accountName(m[1]);
  if (m[1] && !author) return null;
  return { code: m[3], kind: m[2] as PostKind, ...(author ? { author } : {}) };
}

/** The post a link points to, exactly (a comment's `/p/<code>/c/<id>/` is not the post's link). */
export function postLinkOf(href: string | null): PostRef | null {
  return href ? refOf(POST_PATH.exec(pathOf(href))) : null;
}

/** The account a profile link names (`/<user>/`), or null. */
export function profileLinkOf(href: string | null): string | null {
  if (!href || href.startsWith('#')) return null;
  const segs = pathOf(href).split('/').filter(Boolean);
  return segs.length === 1 ? accountName(segs[0]) : null;
}

/** The post's address as Instagram gives it (`<link rel=canonical>` of the real post page). */
export function postUrl(ref: PostRef): string {
  return `https://www.instagram.com/${ref.kind === 'p' ? 'p' : 'reel'}/${ref.code}/`;
}

type PageOf =
  | { kind: 'home' }
  | { kind: 'post'; post: PostRef }
  | { kind: 'profile'; handle: string; tab: string | null }
  | { kind: 'other'; first: string };

export function pageOf(url: URL): PageOf {
  const post = refOf(POST_PAGE_PATH.exec(url.pathname));
  if (post) return { kind: 'post', post };
  const [first = '', second] = url.pathname.split('/').filter(Boolean);
  if (!first) return { kind: 'home' };
  const handle = accountName(first);
  return handle ? { kind: 'profile', handle, tab: second?.toLowerCase() ?? null } : { kind: 'other', first };
}

/** A profile's own grid (its posts or its reels, with a followers list open over it or not). */
export function isOwnGrid(page: PageOf): page is Extract<PageOf, { kind: 'profile' }> {
  return page.kind === 'profile' && !OTHERS_TABS.has(page.tab ?? '');
}

export function noPostsWhy(page: PageOf): string | null {
  if (page.kind === 'profile' && OTHERS_TABS.has(page.tab ?? ''))
    return 'this tab shows other accounts’ posts, not this account’s';
  if (page.kind !== 'other') return null;
  if (page.first.toLowerCase() === 'reels')
    return 'Resonance reads the home feed, profiles and post pages, not the Reels feed';
  return 'this Instagram page shows no posts of an account';
}
