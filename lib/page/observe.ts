// Watches the feed, and only the feed, for posts that appear or change. Each mutation is mapped to its
// post with `closest` (or a query inside the added subtree); the document is never re-queried per mutation.
import type { SiteAdapter } from '@/lib/sites/types';

/** Our own badge hosts: their insertion must not make us re-read the post they sit in. */
export const BADGE_TAG = 'resonance-badge';

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
    timer ??= view.setTimeout(flush, batchMs);
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
        if (r.removedNodes.length && !Array.from(r.removedNodes).every(isOurs))
          queue(adapter.postOf(r.target));
      } else {
        queue(adapter.postOf(r.target));
      }
    }
  });

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
    rootWatcher.disconnect();
    root = adapter.feedRoot(doc);
    if (!root) {
      rootWatcher.observe(doc.documentElement, { childList: true, subtree: true });
      return;
    }
    feedObserver.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label', 'href', 'datetime', 'number'],
    });
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
