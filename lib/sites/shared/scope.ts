// What inside a post is the post's own, for every site: each names what bounds a post (an embedded or quoted
// post, a comment, a reshared card) in its own scope.ts.

/**
 * True when `el` belongs to `post` itself: no element matching `boundary` lies between them (`el`
 * included; `post` may match it). One native `closest`: a walk up in script matched every ancestor, and
 * each touch of a fresh feed's node costs.
 */
export function withinOwn(el: Element, post: Element, boundary: string): boolean {
  const bound = el.closest(boundary);
  return !bound || bound === post || !post.contains(bound);
}
