// Which elements are posts on Reddit, and what belongs to one: the outermost post element only, ads never,
// and inside a post only its own parts (a crosspost embeds its source post's card, which is another post).
import { REDDIT } from './selectors';

/** Every element a post is read from: new Reddit's custom element, old Reddit's link thing. */
export const POST_CSS = `${REDDIT.post.css}, ${REDDIT.oldPost.css}`;
const AD_CSS = REDDIT.ads.map((s) => s.css).join(', ');
const SIGN_CSS = REDDIT.signs.map((s) => s.css).join(', ');

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
export function isElement(n: Node | ParentNode | null | undefined): n is Element {
  return (n as Node | null)?.nodeType === 1;
}

export const isAd = (el: Element) => el.closest(AD_CSS) !== null;

/** The outermost post element around `el` (itself included), or null. */
export function outermostPost(el: Element | null): Element | null {
  let top = el?.closest(POST_CSS) ?? null;
  for (let up = top?.parentElement?.closest(POST_CSS); up; up = up.parentElement?.closest(POST_CSS)) top = up;
  return top;
}

export function findPosts(root: ParentNode): Element[] {
  if (isElement(root) && root.matches(POST_CSS)) {
    const top = outermostPost(root);
    return top && !isAd(top) ? [top] : [];
  }
  return Array.from(root.querySelectorAll(POST_CSS)).filter(
    (el) => !el.parentElement?.closest(POST_CSS) && !isAd(el),
  );
}

export function postOf(node: Node): Element | null {
  const post = outermostPost(isElement(node) ? node : node.parentElement);
  return post && !isAd(post) ? post : null;
}

/** Feed links, post titles and "N comments" links outside every post and ad: their containers were renamed. */
export function postSigns(doc: Document): number {
  let n = 0;
  for (const el of doc.querySelectorAll(SIGN_CSS)) if (!el.closest(POST_CSS) && !isAd(el)) n++;
  return n;
}

/** A direct child of `post` matching `css`: a post's own header or vote column, never one deeper inside. */
export function ownChild(post: Element, css: string): Element | null {
  for (const c of post.children) if (c.matches(css)) return c;
  return null;
}

/**
 * A new Reddit post's open shadow root, where its vote and comment buttons are drawn. A saved page keeps
 * it as the declarative `<template shadowrootmode>` it was written with (`npm run extract` reads those).
 */
export function shadowOf(post: Element): ParentNode | null {
  if (post.shadowRoot) return post.shadowRoot;
  for (const c of post.children)
    if (c.tagName === 'TEMPLATE' && c.hasAttribute('shadowrootmode'))
      return (c as HTMLTemplateElement).content ?? null;
  return null;
}
