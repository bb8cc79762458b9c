// Which element is a Bluesky post, and what inside it belongs to it rather than to a post embedded in it.
import type { Selector } from '@/lib/sites/selector';
import { withinOwn } from '@/lib/sites/shared/scope';
import { BSKY } from './selectors';

/** Feed items and thread items: every element a post is read from. */
export const POST_CSS = `${BSKY.feedItem.css}, ${BSKY.threadItem.css}`;

/** Where another post starts: a quoted post (a `div[role=link]` titled "Post by …"), or another post. */
const BOUNDARY_CSS = `${BSKY.nestedLink.css}, ${BSKY.quote.css}, ${POST_CSS}`;

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
export function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}

/** True when `el` belongs to `post` itself: no quoted post or other post lies between them. */
export function inOwnScope(el: Element, post: Element): boolean {
  return withinOwn(el, post, BOUNDARY_CSS);
}

const cssOf = (s: Selector | string) => (typeof s === 'string' ? s : s.css);

export function ownAll(post: Element, s: Selector | string): Element[] {
  return Array.from(post.querySelectorAll(cssOf(s))).filter((el) => inOwnScope(el, post));
}

export function ownFirst(post: Element, s: Selector | string): Element | null {
  for (const el of post.querySelectorAll(cssOf(s))) if (inOwnScope(el, post)) return el;
  return null;
}

/** The outermost post element around `el` (itself included), or null. */
export function outermostPost(el: Element | null): Element | null {
  let top = el?.closest(POST_CSS) ?? null;
  for (let up = top?.parentElement?.closest(POST_CSS); up; up = up.parentElement?.closest(POST_CSS)) top = up;
  return top;
}

/**
 * On a screen the app keeps mounted but hides: a previous page of the stack, a profile's other tab (the real
 * capture's hidden tabs are `style="display: none;"`).
 */
export function onHiddenScreen(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement)
    if (/display:\s*none/.test(n.getAttribute('style') ?? '')) return true;
  return false;
}

/** The post elements in or under `root` (itself included), outermost only. */
export function postsIn(root: ParentNode): Element[] {
  if (isElement(root) && root.matches(POST_CSS)) {
    const top = outermostPost(root);
    return top ? [top] : [];
  }
  return Array.from(root.querySelectorAll(POST_CSS)).filter((el) => !el.parentElement?.closest(POST_CSS));
}
