// Watches the feed, and only the feed, for posts that appear or change. Each mutation is mapped to its
// post with `closest` (or a query inside the added subtree); the document is never re-queried per mutation.
import type { SiteAdapter } from '@/lib/sites/types';
import { BADGE_TAG } from './badge-tag';

export interface FeedObserver {
  /** Re-find the feed root and hand every post in it over again (after in-page navigation). */
  rescan(): void;
  stop(): void;
}

export interface ObserveOptions {
  adapter: SiteAdapter;
  doc: Document;
  signal: AbortSignal;
  onPosts(posts: Set<Element>): void;
  /** How long changes are gathered before `onPosts` runs. */
  batchMs?: number;
  /** How often, at most, to look for the feed root while it is missing. */
  rootPollMs?: number;
  /** How often to check that the feed root is still in the page. */
  rootCheckMs?: number;
}

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === BADGE_TAG;
}

export function observeFeed(opts: ObserveOptions): FeedObserver {
  const { adapter, doc, signal } = opts;
  const batchMs = opts.batchMs ?? 60;
  const rootPollMs = opts.rootPollMs ?? 250;
  const rootCheckMs = opts.rootCheckMs ?? 1000;
  const view = doc.defaultView ?? globalThis;
  let root: Element | null = null;
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastRootLook = 0;
  let rootLookTimer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (signal.aborted) return;
    const posts = pending;
    pending = new Set();
    if (posts.size) opts.onPosts(posts);
  };
  const queue = (post: Element | null) => {
    if (!post) return;
    pending.add(post);
    watchShadow(post);
    timer ??= view.setTimeout(flush, batchMs);
  };

  // What the site's adapter says marks a post's change: its counts, id or time (lib/sites/<site>/adapter.ts).
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...adapter.observe.attributes],
  };
  /** Open shadow roots of posts (new Reddit) watched as well: mutations inside them never reach the feed's observer. */
  let watchedRoots = new WeakSet<ShadowRoot>();
  const watchShadow = (post: Element) => {
    const shadow = adapter.observe.shadowRoots ? post.shadowRoot : null;
    if (shadow && !watchedRoots.has(shadow)) {
      watchedRoots.add(shadow);
      feedObserver.observe(shadow, options);
    }
  };

  const feedObserver = new view.MutationObserver((records) => {
    if (root && !root.isConnected) {
      attach();
      return;
    }
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (isOurs(n)) continue;
          const post = adapter.postOf(n);
          if (post) queue(post);
          else if (n.nodeType === 1) for (const p of adapter.findPosts(n as Element)) queue(p);
        }
        // A removed child inside a post (a count span replaced) changes that post.
        if (r.removedNodes.length && !Array.from(r.removedNodes).every(isOurs)) queue(postOfTarget(r.target));
      } else {
        queue(postOfTarget(r.target));
      }
    }
  });

  /** A mutation inside a post's shadow root belongs to the post that hosts the root. */
  function postOfTarget(target: Node): Element | null {
    const post = adapter.postOf(target);
    if (post) return post;
    const root = target.getRootNode();
    return root !== doc && (root as ShadowRoot).host ? adapter.postOf((root as ShadowRoot).host) : null;
  }

  // While the feed root does not exist yet (the app is still rendering), look for it at most every rootPollMs.
  const rootWatcher = new view.MutationObserver(() => lookForRoot());
  function lookForRoot() {
    if (root || signal.aborted || rootLookTimer) return;
    const wait = lastRootLook + rootPollMs - Date.now();
    if (wait > 0) {
      rootLookTimer = view.setTimeout(() => {
        rootLookTimer = null;
        lookForRoot();
      }, wait);
      return;
    }
    lastRootLook = Date.now();
    if (adapter.feedRoot(doc)) attach();
  }

  function attach() {
    feedObserver.disconnect();
    watchedRoots = new WeakSet();
    rootWatcher.disconnect();
    root = adapter.feedRoot(doc);
    if (!root) {
      rootWatcher.observe(doc.documentElement, { childList: true, subtree: true });
      return;
    }
    feedObserver.observe(root, options);
    for (const p of adapter.findPosts(root)) queue(p);
  }

  // A feed root that the app replaces wholesale sends no more mutations: notice it cheaply.
  const rootCheck = view.setInterval(() => {
    if (root && !root.isConnected) attach();
  }, rootCheckMs);

  const stop = () => {
    view.clearInterval(rootCheck);
    feedObserver.disconnect();
    rootWatcher.disconnect();
    if (timer) view.clearTimeout(timer);
    if (rootLookTimer) view.clearTimeout(rootLookTimer);
  };
  signal.addEventListener('abort', stop, { once: true });
  attach();
  return { rescan: attach, stop };
}
