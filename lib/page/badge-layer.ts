// Mounts the badges into shadow roots (page styles can't reach in, ours can't leak out): one host per
// post element, so a post shown twice (pinned, and again in the timeline) gets a badge in each place.
//
// A host is placed as soon as its post is told to be an own one, in the task that added the post, before
// the page lays it out, taken ready-made (spare-hosts.ts); its room is reserved (BADGE_CSS), so drawing it
// later moves nothing. It is drawn once there is something to say (a score, or why there is none) while it
// is near the viewport (near.ts): a badge far down a long feed, or scrolled past, costs nothing until it is
// seen. Its nearness is watched only from when it has something to say: the browser works out each watched
// host's nearness in every frame. While its post is being saved a badge draws nothing (its room is kept):
// it is drawn once, with the score. Hosts follow their post when the site recycles elements, and go when
// the post goes.
//
// Colours come from the page behind the badges, worked out when the first is drawn, and again when the
// site may have switched theme: an attribute of <html> or <body> changed (where sites put their theme: a
// class, an attribute, or <body>'s own background) or the system's colour scheme did. Nothing is checked
// per frame or per badge.

import { frameBadge, renderBadge } from './badge-dom';
import type { BadgeView } from './badge-state';
import { BADGE_TAG } from './badge-tag';
import { isDarkBehind } from './badge-theme';
import { type Nearness, type NearWatch, nearViewport } from './near';
import { spareHosts } from './spare-hosts';

interface Badge {
  id: string;
  host: HTMLElement;
  root: ShadowRoot;
  /** What it should show, and what it last drew ('' before its first drawing): nothing is drawn twice. */
  view: BadgeView;
  drawn: string;
  /** Near the viewport as last told; a drawn badge is no longer watched, and is drawn wherever it is. */
  near?: boolean;
  /** Whether its nearness is watched: only once it has something to draw. */
  watched?: boolean;
}

export type Anchor = { parent: Element; before: Node | null };
/** A node beside others: an element or text (both know their element siblings). */
type Sibling = Node & NonDocumentTypeChildNode;

export interface LayerOptions {
  css: string;
  draw?: (root: ShadowRoot, view: BadgeView, dark: boolean) => void;
  /** Closed: a page's scripts can't read the scores inside. Tests of the layer alone may open it. */
  mode?: ShadowRootMode;
  near?: NearWatch;
}

export class BadgeLayer {
  /** Each post element's badge, and each host's: forgotten with them. */
  readonly #ofPost = new WeakMap<Element, Badge>();
  readonly #ofHost = new WeakMap<Element, Badge>();
  /** Badges in the page, pruned of those that left it each time their number doubles. */
  readonly #all = new Set<Badge>();
  #pruneAt = 100;
  readonly #near: Nearness;
  readonly #o: LayerOptions;
  /** The badges' style, parsed once and adopted by every badge where the page allows (frameBadge). */
  readonly #sheet = new CSSStyleSheet();
  readonly #spare = spareHosts((doc) => {
    const host = doc.createElement(BADGE_TAG);
    const root = host.attachShadow({ mode: this.#o.mode ?? 'closed' });
    frameBadge(root, this.#o.css, this.#sheet);
    return { host, root };
  });
  #isDark?: boolean;

  constructor(o: LayerOptions) {
    this.#o = o;
    this.#sheet.replaceSync(o.css);
    this.#near = (o.near ?? nearViewport)((changes) => {
      const near: Badge[] = [];
      for (const c of changes) {
        const b = this.#ofHost.get(c.target);
        if (b) b.near = c.isIntersecting;
        if (b?.near) near.push(b);
      }
      for (const b of near) this.#paint(b);
    });
    const again = () => {
      this.#isDark = undefined;
      for (const b of this.#all)
        if (b.drawn) b.root.querySelector('div')!.classList.toggle('dark', this.#dark(b));
    };
    // Hosts in the page before this layer made any are an earlier script's (Firefox injects a new one
    // into open tabs when the extension updates, the old one's hosts staying): they go, once, here.
    for (const h of document.querySelectorAll(BADGE_TAG)) h.remove();
    const watch = new MutationObserver(again);
    watch.observe(document.documentElement, { attributes: true });
    watch.observe(document.body, { attributes: true });
    // A media query list with a listener is kept alive by the document it watches.
    matchMedia('(prefers-color-scheme:dark)').addEventListener('change', again);
  }

  /**
   * Shows `view` for post `id` in the element `post`: its host is placed at `anchor()` (or moved there)
   * now, and drawn when near the viewport. A host in place that already shows `view` costs nothing.
   */
  show(id: string, post: Element, anchor: () => Anchor | null, view: BadgeView): void {
    let b = this.#ofPost.get(post);
    // The element may have been recycled for another post: a stale host of another id goes.
    if (b && b.id !== id) {
      this.clear(post);
      b = undefined;
    }
    if (!b || !post.contains(b.host)) {
      let at = anchor();
      if (!at) return;
      // A host this layer did not make, where this one goes (copied with the page's markup), goes; the
      // place is asked again, as it may have been given as "before" that host.
      if (this.#stripAt(at)) at = anchor();
      if (!at) return;
      b ??= this.#mount(id, post, view);
      at.parent.insertBefore(b.host, at.before);
      if (!this.#all.has(b)) {
        this.#all.add(b);
        if (this.#all.size > this.#pruneAt) this.#prune();
      }
    }
    b.view = view;
    this.#paint(b);
  }

  /** Makes again the ready hosts posts took (spare-hosts.ts): called at the end of a read, in its task. */
  refillHosts(): void {
    this.#spare.refill();
  }

  #mount(id: string, post: Element, view: BadgeView): Badge {
    const { host, root } = this.#spare.take(post.ownerDocument);
    host.setAttribute('data-post', id);
    const b: Badge = { id, host, root, view, drawn: '' };
    this.#ofPost.set(post, b);
    this.#ofHost.set(host, b);
    return b;
  }

  /**
   * The page's theme, asked of the first badge drawn and kept until the theme may have changed: asking
   * reads computed styles, which, between the page's frames, made the browser recalculate the page's
   * style (each score's arrival did, in a feed growing every frame). Posts share their feed's colours.
   */
  #dark(b: Badge): boolean {
    this.#isDark ??= isDarkBehind(b.host.parentElement);
    return this.#isDark;
  }

  /**
   * Draws what a near badge has to say; one still saving draws nothing yet, and its nearness is watched
   * only from then on: the browser works out every watched host's nearness in every frame, so a feed of
   * hosts waiting for their scores (kept, or scrolled past) cost the page's frames more and more.
   */
  #paint(b: Badge): void {
    if (b.view.kind === 'pending') return;
    if (!b.near) {
      if (!b.watched && !b.drawn) {
        b.watched = true;
        this.#near.observe(b.host);
      }
      return;
    }
    const key = JSON.stringify(b.view);
    if (key === b.drawn) return;
    if (!b.drawn) this.#unwatch(b);
    b.drawn = key;
    (this.#o.draw ?? renderBadge)(b.root, b.view, this.#dark(b));
  }

  /**
   * Removes the hosts right before and after the place `at` (never this layer's host of the post: it is
   * placed only when it is not in the post); true if there were any. A host the page copied with its
   * markup, or an earlier script's, sits where this one goes. Only the place's neighbours are looked at:
   * a search of the whole post, in the page's frame, walked every element of it (in Chromium ~9 µs a fresh
   * post of the real X capture, ~180 elements, and ~10 µs of the real Facebook one, ~1,200), and listing
   * the place's parent's children cost 3-5 µs a real X post where following its siblings costs ~0.5.
   */
  #stripAt({ parent, before }: Anchor): boolean {
    const old: Element[] = [];
    const at = before as Sibling | null;
    let e: Element | null | undefined = at ? at.previousElementSibling : parent.lastElementChild;
    for (; e?.localName === BADGE_TAG; e = e.previousElementSibling) old.push(e);
    e = at?.nodeType === 1 ? (at as Element) : at?.nextElementSibling;
    for (; e?.localName === BADGE_TAG; e = e.nextElementSibling) old.push(e);
    for (const h of old) h.remove();
    return old.length > 0;
  }

  /** Removes the badge of `post` (the element now shows someone else's post, or no own post). */
  clear(post: Element): void {
    const b = this.#ofPost.get(post);
    if (!b) return;
    this.#ofPost.delete(post);
    this.#forget(b);
    b.host.remove();
  }

  #forget(b: Badge): void {
    this.#all.delete(b);
    this.#unwatch(b);
  }

  #unwatch(b: Badge): void {
    if (b.watched) this.#near.unobserve(b.host);
    b.watched = false;
  }

  #prune(): void {
    for (const b of this.#all) if (!b.host.isConnected) this.#forget(b);
    this.#pruneAt = 2 * this.#all.size + 100;
  }
}
