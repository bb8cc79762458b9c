// What inside an X article belongs to the post itself, and not to a post embedded in it.
import type { Selector } from '@/lib/sites/selector';

/** What marks an embedded post: a quoted post's `div[role=link]` card (real profile capture, 2025-12) or,
 *  when it is unavailable, a nested article. */
const EMBED = 'article,[role="link"]:not(a)';

/**
 * True when `el` belongs to `post` itself: no embed lies between them (`el` included). One native
 * `closest`: walking up in script touched every ancestor, and each touch of a fresh feed's node costs.
 */
export function inOwnScope(el: Element, post: Element): boolean {
  const embed = el.closest(EMBED);
  return !embed || embed === post || !post.contains(embed);
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
