// What inside an X article belongs to the post itself, and not to a post embedded in it.
import type { Selector } from '@/lib/sites/selector';
import { withinOwn } from '@/lib/sites/shared/scope';
import { X } from './selectors';

/** What marks an embedded post: a quoted post's `div[role=link]` card (real profile capture, 2025-12) or,
 *  when it is unavailable, a nested article. */
const EMBED = 'article,[role="link"]:not(a)';

/** True when `el` belongs to `post` itself: no embed lies between them (`el` included). */
export function inOwnScope(el: Element, post: Element): boolean {
  return withinOwn(el, post, EMBED);
}

export function ownAll(post: Element, s: Selector): Element[] {
  return Array.from(post.querySelectorAll(s.css)).filter((el) => inOwnScope(el, post));
}

export function ownFirst(post: Element, s: Selector | readonly Selector[]): Element | null {
  for (const { css } of Array.isArray(s) ? s : [s]) {
    // Usually the first match is the post's own: found without listing every match.
    const first = post.querySelector(css);
    if (first && inOwnScope(first, post)) return first;
    if (first) for (const el of post.querySelectorAll(css)) if (inOwnScope(el, post)) return el;
  }
  return null;
}

/** The action bar sits 5 to 7 levels below its article in every X fixture and real capture; a few more are tried. */
const BAR_DEPTH = 12;

/**
 * The post's action bar. It ends the post: following each last child down from the article reaches it
 * in a few steps, touching a handful of elements where a query walks all of a post not yet touched
 * (in the page's frame, most of placing a badge). A custom element there is not X's (a badge placed
 * after the bar): the bar is before it. Else, the last bar of its own found in the whole post.
 */
export function actionBarOf(post: Element): Element | undefined {
  let el: Element | null = post;
  for (let depth = 0; el && depth < BAR_DEPTH; depth++) {
    el = el.lastElementChild;
    while (el?.localName.includes('-')) el = el.previousElementSibling;
    if (el?.matches(X.actionBar.css)) {
      if (inOwnScope(el, post)) return el;
      break;
    }
  }
  return ownAll(post, X.actionBar).pop();
}
