// Which element is a post, and what inside it is the post's own. Posts and comments are both
// `role="article"` (real capture: tanjinadnanabir/Web-Scraping-Facebook-Post-Comments, 2025-06): a
// comment is labelled "Comment by …", links `?comment_id=` and sits nested in its post. Feed units carry
// `aria-posinset` (the capture's article has it too); in feeds that draw no article around the post, the
// unit itself is the post.
import type { Selector } from '@/lib/sites/selector';
import { withinOwn } from '@/lib/sites/shared/scope';
import { parsePostHref, toUrl } from './links';
import { COMMENT_LABEL, FB, SPONSORED_WORDS } from './selectors';

const CANDIDATE = `${FB.article.css}, ${FB.feedUnit.css}`;

const isArticle = (el: Element) => el.getAttribute('role') === 'article';

/** True when `el` belongs to `post` itself: no comment or embedded article lies between them. */
export function inOwnScope(el: Element, post: Element): boolean {
  return withinOwn(el, post, FB.article.css);
}

const cssOf = (s: Selector | readonly Selector[] | string): string =>
  typeof s === 'string' ? s : Array.isArray(s) ? s.map((x) => x.css).join(', ') : (s as Selector).css;

export function ownAll(post: Element, s: Selector | readonly Selector[] | string): Element[] {
  return Array.from(post.querySelectorAll(cssOf(s))).filter((el) => inOwnScope(el, post));
}

export function ownFirst(post: Element, s: Selector | readonly Selector[] | string): Element | null {
  for (const el of post.querySelectorAll(cssOf(s))) if (inOwnScope(el, post)) return el;
  return null;
}

/** A comment: its label says so, or its first link (the commenter's) points at a comment. */
export function isComment(article: Element): boolean {
  if (COMMENT_LABEL.test(article.getAttribute('aria-label')?.trim() ?? '')) return true;
  const first = article.querySelector('a[href]');
  return toUrl(first?.getAttribute('href') ?? '')?.searchParams.has('comment_id') ?? false;
}

/** The first article in `unit` that no other article in it encloses. */
function topArticle(unit: Element): Element | null {
  for (const a of unit.querySelectorAll(FB.article.css)) {
    const outer = a.parentElement?.closest(FB.article.css);
    if (!outer || !unit.contains(outer)) return a;
  }
  return null;
}

/** The post a node belongs to: the outermost candidate, or the article a bare feed unit wraps. */
export function postAround(el: Element | null): Element | null {
  let top = el?.closest(CANDIDATE) ?? null;
  for (let up = top?.parentElement?.closest(CANDIDATE); up; up = up.parentElement?.closest(CANDIDATE))
    top = up;
  if (!top) return null;
  if (!isArticle(top)) {
    const inner = topArticle(top);
    if (inner && !isComment(inner)) top = inner;
  }
  if (isArticle(top) && isComment(top)) return null;
  // A skeleton unit still loading has no link at all: not a post yet.
  return top.querySelector('a[href]') ? top : null;
}

/** Every post in or under `root`, in page order. */
export function postsIn(root: ParentNode): Element[] {
  const out = new Set<Element>();
  const self = (root as Node).nodeType === 1 ? postAround(root as Element) : null;
  if (self) return [self];
  for (const el of root.querySelectorAll(CANDIDATE)) {
    // One inside another (a comment) has that one's post, found already: not worked out again.
    if (el.parentElement?.closest(CANDIDATE)) continue;
    const post = postAround(el);
    if (post) out.add(post);
  }
  return [...out];
}

/** The post's header line (time · audience), which the post names first in `aria-describedby`. */
export function metaLine(post: Element): Element | null {
  const id = post.getAttribute('aria-describedby')?.trim().split(/\s+/)[0];
  const el = id ? post.ownerDocument.getElementById(id) : null;
  return el && post.contains(el) ? el : null;
}

const lettersOf = (el: Element) => (el.textContent ?? '').replace(/[^\p{L}]/gu, '');

/**
 * An ad: a "Sponsored" link where a post has its time link. Its letters are scrambled on the live site,
 * so inside the header line an attribution-source link that is not a post link is enough.
 */
export function isSponsored(post: Element): boolean {
  const meta = metaLine(post);
  for (const a of ownAll(meta ?? post, FB.sponsored)) {
    if (parsePostHref(a.getAttribute('href') ?? '')) continue;
    const label = a.getAttribute('aria-label')?.trim() ?? '';
    if (SPONSORED_WORDS.test(label) || SPONSORED_WORDS.test(lettersOf(a))) return true;
    if (meta && a.hasAttribute('attributionsrc')) return true;
  }
  return false;
}
