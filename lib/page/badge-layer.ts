// Mounts the badges into shadow roots (page styles can't reach in, ours can't leak out): one host per
// post element, so a post shown twice (pinned, and again in the timeline) gets a badge in each place.
// Hosts follow their post when the site recycles elements, and go when the post goes. Each badge takes
// light or dark colours from the page behind it when drawn, and again when the site may have switched
// theme: an attribute of <html> or <body> changed (where sites put their theme: a class, an attribute, or
// <body>'s own background) or the system's colour scheme did. Nothing is checked per frame or on a timer.

import { applyTheme, renderBadge } from './badge-dom';
import type { BadgeView } from './badge-state';
import { BADGE_TAG } from './badge-tag';

interface Mounted {
  id: string;
  host: HTMLElement;
  root: ShadowRoot;
  /** What was last drawn: an unchanged badge is not drawn again. */
  key: string;
}

export type Anchor = { parent: Element; before: Node | null };

export class BadgeLayer {
  private readonly mounted = new Map<Element, Mounted>();

  constructor(
    private readonly css: string,
    private readonly draw: (root: ShadowRoot, view: BadgeView) => void = renderBadge,
    /** Closed: a page's scripts can't read the scores inside. Tests of the layer alone may open it. */
    private readonly mode: ShadowRootMode = 'closed',
  ) {
    const again = () => {
      for (const m of this.mounted.values()) applyTheme(m.root);
    };
    const watch = new MutationObserver(again);
    for (const el of [document.documentElement, document.body])
      if (el) watch.observe(el, { attributes: true });
    // A media query list with a listener is kept alive by the document it watches.
    matchMedia('(prefers-color-scheme:dark)').addEventListener('change', again);
  }

  /**
   * Shows `view` for post `id` in the element `post`, creating the host at `anchor()` or moving it there
   * as needed. A host in place that already shows `view` costs nothing.
   */
  show(id: string, post: Element, anchor: () => Anchor | null, view: BadgeView): void {
    const key = JSON.stringify(view);
    let m = this.mounted.get(post);
    if (m && m.id === id && m.key === key && m.host.isConnected && post.contains(m.host)) return;
    // The element may have been recycled for another post: a stale host of another id goes.
    if (m && m.id !== id) {
      this.clear(post);
      m = undefined;
    }
    this.removeStrangersIn(post, m?.host ?? null);
    const at = anchor();
    if (!at) return;
    if (m && (!m.host.isConnected || m.host.parentElement !== at.parent)) {
      m.host.remove();
      at.parent.insertBefore(m.host, at.before);
    }
    if (!m) {
      const host = post.ownerDocument.createElement(BADGE_TAG);
      host.setAttribute('data-post', id);
      const root = host.attachShadow({ mode: this.mode });
      this.style(root);
      at.parent.insertBefore(host, at.before);
      m = { id, host, root, key: '' };
      this.mounted.set(post, m);
    }
    m.key = key;
    this.draw(m.root, view);
  }

  /**
   * A <style> in each root: browsers share the parsed sheet of identical styles in shadow roots, and it
   * needs no constructed sheet, which not every content script's world can adopt into the page.
   */
  private style(root: ShadowRoot): void {
    const style = root.ownerDocument.createElement('style');
    style.textContent = this.css;
    root.append(style);
  }

  /** Removes every badge inside `post` (the element now shows someone else's post). */
  clear(post: Element): void {
    this.mounted.delete(post);
    this.removeStrangersIn(post, null);
  }

  /** Forgets badges whose post left the page. */
  prune(): void {
    for (const [post, m] of this.mounted)
      if (!post.isConnected || !m.host.isConnected) this.mounted.delete(post);
  }

  size(): number {
    return this.mounted.size;
  }

  private removeStrangersIn(post: Element, keep: HTMLElement | null): void {
    for (const host of post.querySelectorAll(BADGE_TAG)) if (host !== keep) host.remove();
  }
}
