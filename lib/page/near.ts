// When a badge is near enough to the viewport to be worth drawing. A feed scrolled fast, or a long one
// kept whole, has most of its badges far away: they are placed at once (their room kept) but drawn only
// when they are within a screen of being seen.

/** A watched host that came near the viewport, or left it (an IntersectionObserverEntry is one). */
export interface NearChange {
  target: Element;
  isIntersecting: boolean;
}

/** Watches hosts (an IntersectionObserver is one). */
export type Nearness = Pick<IntersectionObserver, 'observe' | 'unobserve'>;

export type NearWatch = (onChange: (changes: NearChange[]) => void) => Nearness;

/**
 * One IntersectionObserver for every badge, a screen above and below the viewport: the browser works
 * nearness out from the layout it made anyway, so asking costs the page nothing.
 */
export const nearViewport: NearWatch = (onChange) =>
  new IntersectionObserver(onChange, { rootMargin: '100% 0px' });

/** Every badge near at once: for a page without layout (tests, a DOM in Node). */
export const alwaysNear: NearWatch = (onChange) => ({
  observe: (target) => onChange([{ target, isIntersecting: true }]),
  unobserve() {},
});
