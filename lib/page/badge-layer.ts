// Mounts in-page UI into shadow roots (page styles can't reach in, ours can't leak out), one host per
// post id. Hosts follow their post when the site recycles elements, and go when the post goes.
import { type ComponentChild, render } from 'preact';
import { BADGE_TAG } from './observe';

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  post: Element;
  /** What was last rendered: an unchanged badge is not rendered again. */
  key: string;
}

type Anchor = { parent: Element; before: Node | null };

export class BadgeLayer {
  private readonly mounted = new Map<string, Mounted>();
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly css: string) {}

  /**
   * Renders `ui` for post `id` inside `post`, creating the host at `anchor()` or moving it there as
   * needed. `key` names what `ui` shows; a host in place whose key is unchanged costs nothing.
   */
  show(id: string, post: Element, anchor: () => Anchor | null, ui: ComponentChild, key: string): void {
    let m = this.mounted.get(id);
    if (m && m.key === key && m.post === post && m.host.isConnected && post.contains(m.host)) return;
    this.removeStrangersIn(post, id);
    const at = anchor();
    if (!at) return;
    if (m && (!m.host.isConnected || m.post !== post || m.host.parentElement !== at.parent)) {
      m.host.remove();
      m = undefined;
    }
    if (!m) {
      const doc = post.ownerDocument;
      const host = doc.createElement(BADGE_TAG);
      host.setAttribute('data-post', id);
      const root = host.attachShadow({ mode: 'open' });
      this.style(root);
      at.parent.insertBefore(host, at.before);
      m = { host, root, post, key };
      this.mounted.set(id, m);
    }
    m.key = key;
    render(ui, m.root);
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
