// Which elements are Instagram posts, and what inside one belongs to it. A post is a feed <article>, the
// block of a post page that holds its action bar and its permalink (2025 post pages have no article), or
// a profile grid tile that shows counts (only the one under the pointer does, and reel tiles' views).
import { isOwnGrid, type PostRef, pageOf, postLinkOf } from './paths';
import { IG, SPONSORED_WORDS } from './selectors';

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
function isElement(n: Node | ParentNode | null | undefined): n is Element {
  return (n as Node | null)?.nodeType === 1;
}

export const hasDigit = (s: string) => /\p{Nd}/u.test(s);

/** The text an element shows, without its icons' <title>s ("View Count Icon11.6K" is "11.6K") nor `skip`. */
export function shownText(el: Element, skip?: Element | null): string {
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (isElement(n) && n !== skip && n.tagName.toLowerCase() !== 'svg') out += shownText(n, skip);
  }
  return out;
}

const STOP = 'main, [role="dialog"], body';

/** The post's permalink: a link to exactly the post (not a comment's `/c/<id>/`) around a <time>. */
export function permalinkIn(el: Element): { link: Element; ref: PostRef; time: Element } | null {
  for (const time of el.querySelectorAll(IG.postTime.css)) {
    const link = time.closest('a');
    const ref = link ? postLinkOf(link.getAttribute('href')) : null;
    if (link && ref && el.contains(link)) return { link, ref, time };
  }
  return null;
}

const hasSectionChild = (el: Element) => Array.from(el.children).some((c) => c.tagName === 'SECTION');

/** The post-page block of a permalink: its nearest ancestor with the action bar (a <section>) as a child. */
function blockOf(link: Element): Element | null {
  for (let n = link.parentElement; n && !n.matches(STOP); n = n.parentElement)
    if (hasSectionChild(n)) return n;
  return null;
}

function isBlock(el: Element): boolean {
  if (!hasSectionChild(el)) return false;
  const p = permalinkIn(el);
  return p !== null && blockOf(p.link) === el;
}

const SPONSORED_LIST = [...SPONSORED_WORDS];

/** A feed ad: an article whose label says "Sponsored" where the time would be. */
function isAd(article: Element): boolean {
  // Each label looked at below is part of the article's text: one whose text has none of the words is no
  // ad, told at once (finding a feed's posts happens in the page's frame).
  const all = article.textContent?.toLowerCase() ?? '';
  if (!SPONSORED_LIST.some((w) => all.includes(w))) return false;
  for (const el of article.querySelectorAll('span, a')) {
    if (el.childElementCount > 0) continue;
    const text = el.textContent?.trim().toLowerCase() ?? '';
    if (text.length < 20 && SPONSORED_WORDS.has(text)) return true;
  }
  return false;
}

function outermostArticle(el: Element): Element {
  let top = el;
  for (let up = top.parentElement?.closest('article'); up; up = up.parentElement?.closest('article'))
    top = up;
  return top;
}

function docOf(root: ParentNode): Document {
  return isElement(root) ? root.ownerDocument : (root as Document);
}

/** The last address asked about: the feed observer asks for each node the page added, at one address. */
let lastGrid: { href: string; grid: boolean } | undefined;

function gridPage(doc: Document): boolean {
  const href = doc.location?.href ?? doc.URL;
  if (lastGrid?.href === href) return lastGrid.grid;
  let grid = false;
  try {
    grid = isOwnGrid(pageOf(new URL(href)));
  } catch {}
  lastGrid = { href, grid };
  return grid;
}

export const isTile = (el: Element) => el.matches(IG.postLink.css) && !el.querySelector('time');

/** A grid tile shows counts: the hovered one its overlay, a reel its views. The others carry no reading. */
function showsCounts(tile: Element): boolean {
  return hasDigit(shownText(tile));
}

/** The post element `el` is, or belongs to, if any: its outermost article, its block, or a tile. */
function containerOf(el: Element, grid: boolean): Element | null {
  const article = el.closest(IG.article.css);
  if (article) {
    const top = outermostArticle(article);
    return isAd(top) ? null : top;
  }
  const tile = el.closest(IG.postLink.css);
  if (tile && isTile(tile))
    return grid && showsCounts(tile) && postLinkOf(tile.getAttribute('href')) ? tile : null;
  for (let n: Element | null = el; n && !n.matches(STOP); n = n.parentElement) if (isBlock(n)) return n;
  return null;
}

export function postOf(node: Node): Element | null {
  const el = isElement(node) ? node : node.parentElement;
  return el ? containerOf(el, gridPage(el.ownerDocument)) : null;
}

/** Posts in or under `root`, outermost only, ads and count-less tiles left out, in page order. */
export function findPosts(root: ParentNode): Element[] {
  const grid = gridPage(docOf(root));
  const css = `${IG.article.css}, ${IG.postLink.css}`;
  const found: Element[] = [];
  const add = (el: Element | null) => {
    if (el && !found.includes(el) && (!isElement(root) || root.contains(el))) found.push(el);
  };
  const candidates = [...(isElement(root) && root.matches(css) ? [root] : []), ...root.querySelectorAll(css)];
  // A feed article holds a dozen post links (its own, its comments'): it is looked at once, not for each,
  // since telling an ad reads every short text in it.
  const articles = new Set<Element>();
  for (const el of candidates) {
    const article = el.closest(IG.article.css);
    if (article) {
      const top = outermostArticle(article);
      if (!articles.has(top) && !isAd(top)) add(top);
      articles.add(top);
    } else if (isTile(el)) add(containerOf(el, grid));
    else {
      const ref = postLinkOf(el.getAttribute('href'));
      const block = ref ? blockOf(el) : null;
      if (block && isBlock(block)) add(block);
    }
  }
  return found;
}

/** Post permalinks with their time that sit in no post container: posts the adapter no longer finds. */
export function postSigns(doc: Document): number {
  let n = 0;
  for (const time of doc.querySelectorAll(IG.postTime.css)) {
    const link = time.closest('a');
    if (!link || !postLinkOf(link.getAttribute('href')) || link.closest(IG.article.css)) continue;
    const block = blockOf(link);
    if (!block || !isBlock(block)) n++;
  }
  return n;
}

/**
 * The whole post around a block, for its media and header: the nearest ancestor holding a picture or a
 * video that is not a profile picture (those sit in links). The block itself when none is found.
 */
export function postAround(post: Element): Element {
  if (post.matches(IG.article.css) || isTile(post)) return post;
  for (let n = post.parentElement; n && !n.matches(STOP); n = n.parentElement) if (hasMedia(n)) return n;
  return post;
}

function hasMedia(el: Element): boolean {
  if (el.querySelector(IG.video.css)) return true;
  for (const img of el.querySelectorAll('img')) if (!img.closest('a, [role="link"]')) return true;
  return false;
}
