// Threads' addresses: post links, profile links and what each page is. Pure; no DOM.
import { NO_POST_PATHS, NOT_POST_TABS, POST_PATH, PROFILE_PATH } from './selectors';
import { threadsSite } from './site';

export interface PostRef {
  author: string;
  code: string;
}

/** A link's path on Threads (either domain); '' for a link elsewhere (l.threads.com, instagram.com). */
function pathOf(href: string): string {
  try {
    const url = new URL(href, 'https://www.threads.com');
    const host = url.hostname;
    return threadsSite.domains.some((d) => host === d || host === `www.${d}`) ? url.pathname : '';
  } catch {
    return '';
  }
}

const handleOf = (s: string | undefined) => (s ? (threadsSite.accounts.parse(s)?.handle ?? null) : null);

/** The post a link points to: its permalink `/@<user>/post/<code>`, nothing after it. */
export function postLinkOf(href: string | null): PostRef | null {
  const m = href ? POST_PATH.exec(pathOf(href)) : null;
  const author = handleOf(m?.[1]);
  return author && m?.[2] && !m[3] ? { author, code: m[2] } : null;
}

/** The account a profile link names (`/@<user>`), or null. */
export function profileLinkOf(href: string | null): string | null {
  const m = href ? PROFILE_PATH.exec(pathOf(href)) : null;
  return m && !m[2] ? handleOf(m[1]) : null;
}

/** The post's address as Threads writes it (the real capture's og:url is on www.threads.com). */
export const postUrl = (ref: PostRef) => `https://www.threads.com/@${ref.author}/post/${ref.code}`;

export type PageOf =
  | { kind: 'home' }
  | { kind: 'post'; post: PostRef; sub: string | null }
  | { kind: 'profile'; handle: string; tab: string | null }
  | { kind: 'other'; first: string };

export function pageOf(url: URL): PageOf {
  const path = url.pathname;
  const post = POST_PATH.exec(path);
  const postAuthor = handleOf(post?.[1]);
  if (post?.[2] && postAuthor) {
    // A post's media opened over it is still the post; its other pages are lists (quotes, reposts).
    const sub = post[3]?.toLowerCase() ?? null;
    return { kind: 'post', post: { author: postAuthor, code: post[2] }, sub: sub === 'media' ? null : sub };
  }
  const profile = PROFILE_PATH.exec(path);
  const handle = handleOf(profile?.[1]);
  if (handle) return { kind: 'profile', handle, tab: profile?.[2]?.toLowerCase() ?? null };
  const first = path.split('/')[1]?.toLowerCase() ?? '';
  // The home feed: For you at /, Following at /following (chrislowles/userscripts: /?variant=following).
  return first === '' || first === 'following' ? { kind: 'home' } : { kind: 'other', first };
}

/** Why a page shows no post of an account's own, or null when it may. */
export function noPostsWhy(page: PageOf): string | null {
  if (page.kind === 'profile' && NOT_POST_TABS.has(page.tab ?? ''))
    return page.tab === 'replies'
      ? 'this tab shows the account’s replies, not its posts'
      : 'this tab shows other accounts’ posts, not this account’s';
  if (page.kind === 'post' && page.sub) return 'this page lists other accounts’ posts about a post';
  if (page.kind === 'other' && NO_POST_PATHS.has(page.first)) return 'this Threads page shows no posts';
  return null;
}
