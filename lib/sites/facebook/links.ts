// Facebook's link shapes: which account a URL names, and which post a permalink is. Link shapes seen:
// `/<vanity>/posts/<pfbid…>` and the canonical `/<vanity>/posts/<slug>/<number>/` (real capture:
// tanjinadnanabir/Web-Scraping-Facebook-Post-Comments facebook_post.html, 2025-06),
// `/permalink.php?story_fbid=…&id=<page id>` and `/story.php?…` (DimensionDev/Maskbook parse-username.ts),
// `/<page>/videos/<id>/` (nirholas/XActions), `/profile.php?id=<n>`, `/people/<Name>/<n>/`.

import { POST_ID, RESERVED } from './selectors';
import { facebookSite } from './site';

const BASE = 'https://www.facebook.com';
const NUMERIC_ID = /^\d{5,20}$/;

export interface PostLink {
  id: string;
  /** The post's author as its link names it; null when the link doesn't say (a reel). */
  author: string | null;
  /** The link without tracking parameters (`__cft__`, `__tn__`). */
  url: string;
}

export function toUrl(href: string): URL | null {
  try {
    const url = new URL(href, BASE);
    return /(^|\.)facebook\.com$/i.test(url.hostname) && url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** A vanity name or numeric id, as a valid Facebook handle; null for app paths (`watch`, `groups`). */
export function accountName(segment: string): string | null {
  if (RESERVED.has(segment.toLowerCase())) return null;
  return facebookSite.accounts.parse(segment)?.handle ?? null;
}

/** The account a URL is about: `/<vanity>`, `/profile.php?id=`, `/permalink.php?…&id=`, `/people/<n>/<id>`. */
export function accountOfUrl(url: URL): string | null {
  const [first = '', second = '', third = ''] = segmentsOf(url);
  const lower = first.toLowerCase();
  if (lower === 'profile.php' || lower === 'permalink.php' || lower === 'story.php') {
    const id = url.searchParams.get('id') ?? '';
    return NUMERIC_ID.test(id) ? id : null;
  }
  if (lower === 'people') return NUMERIC_ID.test(third) ? third : null;
  if (lower === 'pg') return accountName(second);
  return accountName(first);
}

/** The post a link points to; null for a comment's link, another kind of page, or an unknown shape. */
export function parsePostHref(href: string): PostLink | null {
  const url = toUrl(href);
  if (!url || url.searchParams.has('comment_id') || url.searchParams.has('reply_comment_id')) return null;
  const segs = segmentsOf(url);
  const first = segs[0]?.toLowerCase() ?? '';
  if (first === 'permalink.php' || first === 'story.php') {
    const id = url.searchParams.get('story_fbid') ?? '';
    const owner = url.searchParams.get('id') ?? '';
    if (!POST_ID.test(id) || !NUMERIC_ID.test(owner)) return null;
    return { id, author: owner, url: `${BASE}/${first}?story_fbid=${id}&id=${owner}` };
  }
  if (first === 'reel') {
    const id = segs[1] ?? '';
    return /^\d{1,25}$/.test(id) ? { id, author: null, url: `${BASE}/reel/${id}` } : null;
  }
  const kind = segs[1];
  if (kind !== 'posts' && kind !== 'videos') return null;
  const author = accountName(segs[0] ?? '');
  // The canonical form puts a slug before the number: the id is the last segment.
  const id = segs.length > 3 ? segs[segs.length - 1]! : (segs[2] ?? '');
  if (!author || !POST_ID.test(id)) return null;
  return { id, author, url: `${BASE}/${author}/${kind}/${id}` };
}

/** Whether two handles name the same account on Facebook. */
export function sameAccount(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = a ? facebookSite.accounts.parse(a) : null;
  const y = b ? facebookSite.accounts.parse(b) : null;
  return x !== null && y !== null && x.id === y.id;
}
