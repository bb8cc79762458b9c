// What inside a LinkedIn card belongs to the post itself: not the post it reshares, not its comments.
import type { Selector } from '@/lib/sites/selector';
import { withinOwn } from '@/lib/sites/shared/scope';
import { LI } from './selectors';

/** Every post card, of any markup generation. */
export const POST_CSS = [LI.post.legacy, LI.post.current, LI.post.guest].map((s) => s.css).join(', ');

const BOUNDARY_CSS = [...Object.values(LI.boundary).map((s) => s.css), POST_CSS].join(', ');

/** True when `el` belongs to `post` itself: no reshared post, comment or other card lies between them. */
export function inOwnScope(el: Element, post: Element): boolean {
  return withinOwn(el, post, BOUNDARY_CSS);
}

const cssOf = (s: Selector | readonly Selector[] | string): string[] =>
  typeof s === 'string' ? [s] : Array.isArray(s) ? s.map((x: Selector) => x.css) : [(s as Selector).css];

export function ownAll(post: Element, s: Selector | readonly Selector[] | string): Element[] {
  const out: Element[] = [];
  for (const css of cssOf(s))
    for (const el of post.querySelectorAll(css)) if (inOwnScope(el, post) && !out.includes(el)) out.push(el);
  return out;
}

export function ownFirst(post: Element, s: Selector | readonly Selector[] | string): Element | null {
  for (const css of cssOf(s))
    for (const el of post.querySelectorAll(css)) if (inOwnScope(el, post)) return el;
  return null;
}

/** The outermost card around `el` (itself included), or null. */
export function outermostPost(el: Element | null): Element | null {
  let top = el?.closest(POST_CSS) ?? null;
  for (let up = top?.parentElement?.closest(POST_CSS); up; up = up.parentElement?.closest(POST_CSS)) top = up;
  return top;
}

/** Which markup a card is drawn in. */
export type Generation = 'legacy' | 'current' | 'guest';

export function generationOf(post: Element): Generation {
  if (post.matches(LI.post.legacy.css)) return 'legacy';
  return post.matches(LI.post.guest.css) ? 'guest' : 'current';
}

/** Text of an element with whitespace folded; LinkedIn's visible half when it draws a text twice. */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  const visible = el.querySelector(':scope > [aria-hidden="true"]') ?? el;
  return (visible.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Short texts of a current-markup card outside its body text (`expandable-text-box`): where its
 * header, time, "Promoted" and counts are written. Capped, so a long card costs little.
 */
export function shortTexts(post: Element, max = 80): Element[] {
  const out: Element[] = [];
  for (const el of ownAll(post, 'p, span, button, a')) {
    if (el.closest(LI.current.textBox.css)) continue;
    const text = el.textContent ?? '';
    if (text.length > 0 && text.length <= max) out.push(el);
    if (out.length >= 400) break;
  }
  return out;
}
