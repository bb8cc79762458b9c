// The post an element the page just added holds, found without a query where the markup allows: in the
// page's frame, a query walks every element of a fresh feed item, which was most of finding its post.

/** Levels of only children followed down from the element before it is queried whole. */
const CHAIN_DEPTH = 6;

/**
 * The post (matching `postCss`) that ends `root`'s chain of only children, if one does: then it is the
 * one post `root` holds, as every other element is in it. A feed item is such a chain in most fixtures
 * (X's timeline cell: cellInnerDiv > div > div > article). Undefined when the chain forks or ends first;
 * the caller then queries `root`.
 */
export function onlyPostDown(root: Element, postCss: string): Element | undefined {
  let el = root;
  for (let depth = 0; depth < CHAIN_DEPTH && el.childElementCount === 1; depth++) {
    el = el.firstElementChild!;
    if (el.matches(postCss)) return el;
  }
  return undefined;
}
