// Which element is which post on a TikTok page, and what inside it belongs to it. Feed items and grid
// tiles have containers of their own; the video page and the video modal do not, so their post is found
// from its author handle.
import type { Selector } from '@/lib/sites/selector';
import { perRun } from '@/lib/sites/shared/per-run';
import { TIKTOK as T } from './selectors';

const cssOf = (s: Selector | readonly Selector[]): string[] =>
  Array.isArray(s) ? s.map((x: Selector) => x.css) : [(s as Selector).css];

/** Feed items and Videos-tab tiles: the posts with a container of their own. */
export const CONTAINER_CSS = `${T.feedItem.css}, ${T.gridTile.css}`;
/** Every container whose counts belong to one video, read or not (the other profile tabs' tiles). */
const ANY_CONTAINER_CSS = `${CONTAINER_CSS}, ${T.otherTile.css}`;
const DETAIL_COUNT_CSS = [...cssOf(T.counts.likes), ...cssOf(T.counts.comments)].join(', ');
/** What shows that a post is on the page: its like count or its views, wherever they sit. */
export const SIGN_CSS = [...cssOf(T.counts.likes), ...cssOf(T.counts.views)].join(', ');
/** How far above its author handle the video page's counts may be (the 2022 page: 4 levels). */
const MAX_CLIMB = 12;

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
export function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}

export function inAnyContainer(el: Element): boolean {
  return el.closest(ANY_CONTAINER_CSS) !== null;
}

export function isContainer(el: Element): boolean {
  return el.matches(ANY_CONTAINER_CSS);
}

/** True when `el` belongs to `post`: no other video's container lies between them. */
export function owns(post: Element, el: Element): boolean {
  const container = el.closest(ANY_CONTAINER_CSS);
  return isContainer(post) ? container === post : container === null;
}

export function ownAll(post: Element, s: Selector | readonly Selector[]): Element[] {
  const out: Element[] = [];
  for (const css of cssOf(s))
    for (const el of post.querySelectorAll(css)) if (owns(post, el) && !out.includes(el)) out.push(el);
  return out;
}

export function ownFirst(post: Element, s: Selector | readonly Selector[]): Element | null {
  for (const css of cssOf(s)) for (const el of post.querySelectorAll(css)) if (owns(post, el)) return el;
  return null;
}

function holdsDetailCount(el: Element): boolean {
  for (const c of el.querySelectorAll(DETAIL_COUNT_CSS)) if (!c.closest(ANY_CONTAINER_CSS)) return true;
  return false;
}

function holdsPlayer(el: Element): boolean {
  for (const p of el.querySelectorAll(T.player.css)) if (!p.closest(ANY_CONTAINER_CSS)) return true;
  return false;
}

/**
 * Since 2023 the player sits in a column beside the counts: the post widens to take it in, as long as it
 * takes in no feed item or tile.
 */
function withPlayer(el: Element, climbed: number): Element {
  for (let n: Element | null = el, i = climbed; n && i < MAX_CLIMB; i++, n = n.parentElement) {
    if (n !== el && n.querySelector(ANY_CONTAINER_CSS)) break;
    if (holdsPlayer(n)) return n;
  }
  return el;
}

/**
 * The video page's or the modal's post: the nearest ancestor of its author handle that also holds a like
 * or comment count outside every feed item and tile (comments' like counts have a name of their own).
 */
function findDetail(doc: Document): Element | null {
  for (const author of doc.querySelectorAll(T.detailAuthor.css)) {
    if (author.closest(ANY_CONTAINER_CSS)) continue;
    let n = author.parentElement;
    for (let i = 0; n && i < MAX_CLIMB; i++, n = n.parentElement)
      if (holdsDetailCount(n)) return withPlayer(n, i);
  }
  return null;
}

/** The video page's or modal's post, looked for once a run of script (the feed observer asks per node). */
export const detailOf = perRun(findDetail);

/** Posts in document order. */
export function inPageOrder(els: Element[]): Element[] {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: `b` comes after `a`.
  return els.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
