// What inside a Mastodon post element belongs to the post itself, and not to a status embedded in it.
import type { Selector } from '@/lib/sites/selector';
import { withinOwn } from '@/lib/sites/shared/scope';
import { MASTODON } from './selectors';

/** Every element a post is read from: a status, or the status page's main post. */
export const POST_CSS = [MASTODON.status, MASTODON.detailedWrapper, MASTODON.detailed]
  .map((s) => s.css)
  .join(', ');

/** Where another status starts: a 4.4+ quote card, a nested status or its wrapper. */
const BOUNDARY_CSS = [MASTODON.quote, MASTODON.status, MASTODON.wrapper].map((s) => s.css).join(', ');

/** True when `el` belongs to `post` itself: no quote card or other status lies between them. */
export function inOwnScope(el: Element, post: Element): boolean {
  return withinOwn(el, post, BOUNDARY_CSS);
}

function cssOf(s: Selector | readonly Selector[] | string): string[] {
  if (typeof s === 'string') return [s];
  return Array.isArray(s) ? s.map((x: Selector) => x.css) : [(s as Selector).css];
}

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

/** The outermost post element around `el` (itself included), or null. */
export function outermostPost(el: Element | null): Element | null {
  let top = el?.closest(POST_CSS) ?? null;
  for (let up = top?.parentElement?.closest(POST_CSS); up; up = up.parentElement?.closest(POST_CSS)) top = up;
  return top;
}
