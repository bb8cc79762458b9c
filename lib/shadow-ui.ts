// Mounts in-page UI into shadow roots (page styles can't reach in, ours can't leak out), one host per
// post id. Hosts follow their post when the site recycles elements, and go when the post goes.
import { type ComponentChild, render } from 'preact';
import { BADGE_TAG } from './observe';

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  post: Element;
}

export class BadgeLayer {
  private readonly mounted = new Map<string, Mounted>();

  constructor(private readonly css: string) {}

  /** Renders `ui` for post `id` at `anchor` inside `post`, creating or moving the host as needed. */
  show(
    id: string,
    post: Element,
    anchor: { parent: Element; before: Node | null },
    ui: ComponentChild,
  ): void {
    this.removeStrangersIn(post, id);
    let m = this.mounted.get(id);
    if (m && (!m.host.isConnected || m.post !== post || m.host.parentElement !== anchor.parent)) {
      m.host.remove();
      m = undefined;
    }
    if (!m) {
      const doc = post.ownerDocument;
      const host = doc.createElement(BADGE_TAG);
      host.setAttribute('data-post', id);
      const root = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = this.css;
      root.append(style);
      anchor.parent.insertBefore(host, anchor.before);
      m = { host, root, post };
      this.mounted.set(id, m);
    }
    render(ui, m.root);
  }

  /** Removes every badge inside `post` (the element now shows someone else's post). */
  clear(post: Element): void {
    this.removeStrangersIn(post, null);
  }

  /** Drops hosts whose post left the page. */
  prune(): void {
    for (const [id, m] of this.mounted) if (!m.host.isConnected) this.drop(id);
  }

  size(): number {
    return this.mounted.size;
  }

  private removeStrangersIn(post: Element, keep: string | null): void {
    for (const host of post.querySelectorAll(BADGE_TAG)) {
      const id = host.getAttribute('data-post');
      if (id !== null && id === keep) continue;
      if (id !== null && this.mounted.get(id)?.host === host) this.drop(id);
      else host.remove();
    }
  }

  private drop(id: string): void {
    const m = this.mounted.get(id);
    if (!m) return;
    render(null, m.root);
    m.host.remove();
    this.mounted.delete(id);
  }
}
