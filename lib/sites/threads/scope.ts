// Which pressable containers are posts, and what inside one belongs to it. Every post, reply and quoted post's
// card is a div[data-pressable-container]; the outermost ones are the feed's posts (a quoted post sits inside
// the one quoting it). On a post page only the post of the address is read: the parent shown above a reply and
// the replies below it (the brand's own among them) are not; profile tabs of replies and reposts read nothing.
import { withinOwn } from '@/lib/sites/shared/scope';
import { postData } from './json';
import { noPostsWhy, type PageOf, type PostRef, pageOf, postLinkOf } from './paths';
import { TH } from './selectors';

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
function isElement(n: Node | ParentNode | null | undefined): n is Element {
  return (n as Node | null)?.nodeType === 1;
}

/** True when `el` belongs to `post` itself, not to a post nested in it (a quoted post's card). */
function inOwnScope(el: Element, post: Element): boolean {
  return withinOwn(el, post, TH.post.css);
}

export function ownAll(post: Element, css: string): Element[] {
  return Array.from(post.querySelectorAll(css)).filter((el) => inOwnScope(el, post));
}

/** The post's own link with its time: the first in the post (its header comes before a quoted card). */
export function permalinkOf(post: Element): { ref: PostRef; time: Element } | null {
  for (const time of ownAll(post, TH.permalinkTime.css)) {
    const ref = postLinkOf(time.closest('a')?.getAttribute('href') ?? null);
    if (ref) return { ref, time };
  }
  return null;
}

/**
 * Cards of other posts inside the post that are no container of their own (a quoted post drawn as a plain box):
 * around each link to another post, the largest box holding neither the post's permalink nor its buttons.
 */
export function cardsIn(post: Element, own: { ref: PostRef; time: Element }): Element[] {
  const cards: Element[] = [];
  for (const a of ownAll(post, TH.postLink.css)) {
    const ref = postLinkOf(a.getAttribute('href'));
    if (!ref || ref.code === own.ref.code || cards.some((c) => c.contains(a))) continue;
    let card: Element = a;
    for (let up = card.parentElement; up && up !== post && !up.contains(own.time); up = up.parentElement) {
      if (Array.from(up.querySelectorAll(TH.actionIcon.css)).some((icon) => !card.contains(icon))) break;
      card = up;
    }
    cards.push(card);
  }
  return cards;
}

/** The post a container links to first, with or without a time: what makes it a post at all. */
function linkedPost(el: Element): PostRef | null {
  for (const a of ownAll(el, TH.postLink.css)) {
    const ref = postLinkOf(a.getAttribute('href'));
    if (ref) return ref;
  }
  return null;
}

function outermost(post: Element): Element {
  let top = post;
  for (let up = top.parentElement?.closest(TH.post.css); up; up = up.parentElement?.closest(TH.post.css))
    top = up;
  return top;
}

function pageOfDoc(doc: Document): PageOf | null {
  try {
    return pageOf(new URL(doc.location?.href ?? doc.URL));
  } catch {
    return null;
  }
}

/** Whether an outermost container is a post this page shows as its own. */
function isPostHere(el: Element, page: PageOf | null): boolean {
  const ref = linkedPost(el);
  if (!ref) return false;
  if (page?.kind === 'post') return ref.code === page.post.code;
  // A reply to another account, shown under that account's post in a feed, is not a post (the page data
  // says whom it answers; the brand's continuations of its own thread are posts, as its profile lists them).
  const data = el.ownerDocument ? postData(el.ownerDocument, ref.code, ref.author) : null;
  return !data?.replyTo || data.replyTo.toLowerCase() === ref.author.toLowerCase();
}

function readsNothing(page: PageOf | null): boolean {
  return page !== null && noPostsWhy(page) !== null;
}

export function findPosts(root: ParentNode): Element[] {
  const doc = isElement(root) ? root.ownerDocument : (root as Document);
  const page = doc ? pageOfDoc(doc) : null;
  if (readsNothing(page)) return [];
  if (isElement(root) && root.matches(TH.post.css)) {
    const top = outermost(root);
    return isPostHere(top, page) ? [top] : [];
  }
  const found: Element[] = [];
  for (const el of root.querySelectorAll(TH.post.css)) {
    if (el.parentElement?.closest(TH.post.css)) continue;
    if (isPostHere(el, page)) found.push(el);
  }
  return found;
}

export function postOf(node: Node): Element | null {
  const el = isElement(node) ? node : node.parentElement;
  const post = el?.closest(TH.post.css);
  if (!post) return null;
  const page = pageOfDoc(post.ownerDocument);
  const top = outermost(post);
  return !readsNothing(page) && isPostHere(top, page) ? top : null;
}

/**
 * Post permalinks (links with a time) that sit in no post container: on a page Resonance still understands there
 * are none, so some mean the containers were renamed. On a post page only its own post's count (its replies are
 * not read).
 */
export function postSigns(doc: Document): number {
  const page = pageOfDoc(doc);
  let n = 0;
  for (const time of doc.querySelectorAll(TH.permalinkTime.css)) {
    const ref = postLinkOf(time.closest('a')?.getAttribute('href') ?? null);
    if (!ref || time.closest(TH.post.css)) continue;
    if (page?.kind !== 'post' || ref.code === page.post.code) n++;
  }
  return n;
}
