// What inside an X article belongs to the post itself, and not to a post embedded in it.
import type { Selector } from '@/lib/sites/selector';

/**
 * True when `el` belongs to `post` itself: a quoted post is a `div[role=link]` card (real profile
 * capture, 2025-12) or, when it is unavailable, a nested article; neither is read as the post.
 */
export function inOwnScope(el: Element, post: Element): boolean {
  for (let n: Element | null = el; n && n !== post; n = n.parentElement) {
    if (n.tagName === 'ARTICLE') return false;
    if (n.getAttribute('role') === 'link' && n.tagName !== 'A') return false;
  }
  return true;
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
