// Mounts the badges into shadow roots (page styles can't reach in, ours can't leak out): one host per
// post element, so a post shown twice (pinned, and again in the timeline) gets a badge in each place.
// Hosts follow their post when the site recycles elements, and go when the post goes.

import { renderBadge } from './badge-dom';
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
  private sheet: CSSStyleSheet | null = null;

  constructor(
    private readonly css: string,
    private readonly draw: (root: ShadowRoot, view: BadgeView) => void = renderBadge,
    /** Closed: a page's scripts can't read the scores inside. Tests of the layer alone may open it. */
    private readonly mode: ShadowRootMode = 'closed',
  ) {}

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

  /** One stylesheet parsed once and shared by every badge; a <style> per badge where that is refused. */
  private style(root: ShadowRoot): void {
    try {
      this.sheet ??= new CSSStyleSheet();
      if (this.sheet.cssRules.length === 0) this.sheet.replaceSync(this.css);
      root.adoptedStyleSheets = [this.sheet];
    } catch {
      const style = root.ownerDocument.createElement('style');
      style.textContent = this.css;
      root.append(style);
    }
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
