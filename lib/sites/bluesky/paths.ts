// Bluesky's addresses: `/profile/<handle or did>`, `/profile/<actor>/post/<rkey>`, and which pages show posts.
import type { PageKind } from '@/lib/sites/types';
import { NO_POST_PATHS, NO_POST_SUBPAGES, POST_PATH } from './selectors';
import { blueskySite } from './site';

export interface PostRef {
  author: string;
  rkey: string;
  /** What follows the post: `liked-by`, `reposted-by`, `quotes`. */
  sub?: string;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function pathOf(href: string): string {
  try {
    return new URL(href, 'https://bsky.app').pathname;
  } catch {
    return '';
  }
}

/** A valid handle or DID as Bluesky writes it, or null. */
const actorOf = (s: string): string | null => blueskySite.accounts.parse(decode(s))?.handle ?? null;

/** The post a path names: its author (handle or DID) and record key. */
export function postOfPath(path: string): PostRef | null {
  const m = POST_PATH.exec(path);
  const author = m?.[1] ? actorOf(m[1]) : null;
  if (!author || !m?.[2]) return null;
  return m[3] ? { author, rkey: m[2], sub: m[3] } : { author, rkey: m[2] };
}

/** The account a path's `/profile/<actor>` names, and the segments after it. */
export function profileOfPath(path: string): { actor: string; rest: string[] } | null {
  const [first, actor = '', ...rest] = path.split('/').filter(Boolean);
  const handle = first === 'profile' ? actorOf(actor) : null;
  return handle ? { actor: handle, rest } : null;
}

/** The account a link to a profile (`/profile/<actor>`, nothing after) names. */
export function profileLinkActor(href: string): string | null {
  const p = profileOfPath(pathOf(href));
  return p && p.rest.length === 0 ? p.actor : null;
}

const NONE: PageKind = { posts: false, why: 'this Bluesky page shows no posts Resonance reads' };

export function pageKindOf(url: URL): PageKind {
  const segs = url.pathname.split('/').filter(Boolean);
  const first = segs[0]?.toLowerCase() ?? '';
  if (first === 'profile') {
    const sub = segs[2] === 'post' ? segs[4] : segs[2];
    if (sub && NO_POST_SUBPAGES.has(sub)) return NONE;
    // `/profile/<actor>/post/<rkey>`: one post's thread.
    return { posts: true, single: segs[2] === 'post' && !!segs[3] && !sub };
  }
  return NO_POST_PATHS.has(first) ? NONE : { posts: true };
}
