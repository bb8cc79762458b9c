// What a Reddit page is: whether it shows posts, who is logged in, and whose account it is about.
import { firstOf } from '@/lib/sites/selector';
import type { AccountRef, PageKind } from '@/lib/sites/types';
import { findPosts } from './scope';
import { NO_POST_PATHS, NO_POST_PROFILE_TABS, NO_POST_SUBREDDIT_PAGES, POST_PATH, REDDIT } from './selectors';
import { redditSite } from './site';

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

const handleOf = (name: string | null | undefined) =>
  name ? (redditSite.accounts.parse(name)?.handle ?? null) : null;

/** The account `/user/<name>/…` (or `/u/<name>/…`) names, from a path or a link. */
function userOfPath(path: string): string | null {
  const [first = '', name] = segmentsOf(path);
  return first === 'user' || first === 'u' ? handleOf(name) : null;
}

function pathOf(href: string | null): string {
  try {
    return new URL(href ?? '', 'https://www.reddit.com').pathname;
  } catch {
    return '';
  }
}

export function pageKind(url: URL): PageKind {
  const segs = segmentsOf(url.pathname.toLowerCase());
  const [first = '', second, third = '', fourth] = segs;
  const none = { posts: false, why: 'this Reddit page shows no posts Resonance reads' } as const;
  if (NO_POST_PATHS.has(first)) return none;
  if (first === 'r' && NO_POST_SUBREDDIT_PAGES.has(third)) return none;
  // `/user/<name>/comments/` lists comments; `/user/<name>/comments/<id>/…` is a post.
  if ((first === 'user' || first === 'u') && NO_POST_PROFILE_TABS.has(third) && !fourth) return none;
  // `/r/<sub>/comments/<id>/…`, `/user/<name>/comments/<id>/…` and `/comments/<id>`: one post's page.
  return { posts: true, single: (third === 'comments' && !!fourth) || (first === 'comments' && !!second) };
}

/** The logged-in account: new Reddit's current-user components, else old Reddit's header link. */
export function viewerOf(doc: Document): AccountRef | null {
  for (const s of REDDIT.viewer) {
    const el = doc.querySelector(s.css);
    const handle = el?.hasAttribute('username')
      ? handleOf(el.getAttribute('username'))
      : userOfPath(pathOf(el?.getAttribute('href') ?? null));
    if (handle) return { handle };
  }
  const old = firstOf(doc, [REDDIT.oldViewer]);
  const handle = userOfPath(pathOf(old?.getAttribute('href') ?? null)) ?? handleOf(old?.textContent?.trim());
  return handle ? { handle } : null;
}

/** The author of the post a post page is about, from the post element whose id is the page's. */
function authorOfPostPage(doc: Document, id: string): string | null {
  for (const post of findPosts(doc)) {
    const isNew = post.matches(REDDIT.post.css);
    if (post.getAttribute(isNew ? 'id' : 'data-fullname') !== `t3_${id}`) continue;
    return handleOf(post.getAttribute(isNew ? 'author' : 'data-author'));
  }
  return null;
}

/** A profile's account from its address; a post page's from its post. Managed when it is the viewer's own. */
export function pageAccountOf(doc: Document, url: URL): AccountRef | null {
  const postId = POST_PATH.exec(url.pathname)?.[1];
  // A profile's post page names its account in the address too, before its post is drawn.
  const handle = (postId ? authorOfPostPage(doc, postId) : null) ?? userOfPath(url.pathname);
  if (!handle) return null;
  const viewer = viewerOf(doc);
  const own = viewer !== null && viewer.handle.toLowerCase() === handle.toLowerCase();
  return own ? { handle, managed: true } : { handle };
}
