// Watches the feed, and only the feed, for posts that appear or change. Each mutation is mapped to its
// post with `closest` (or a query inside the added subtree); the document is never re-queried per mutation.
// A post that appears is shown to `onArrived` at once, in the task that added it (a mutation observer runs
// before the page is laid out), so its badge's room is there when the page first lays the post out; it is
// handed over to be read in a task of its own right after, out of the page's frame. Changes to posts
// already handed over are gathered and handed over later. At most a bounded number of posts are handed
// over per task. Our own badge hosts, and anything done to them, are never a change of their post.
import type { SiteAdapter } from '@/lib/sites/types';
import { BADGE_TAG } from './badge-tag';

export interface FeedObserver {
  /** Re-find the feed root and hand every post in it over again (after in-page navigation). */
  rescan(): void;
}

export interface ObserveOptions {
  adapter: SiteAdapter;
  doc: Document;
  signal: AbortSignal;
  onPosts(posts: Set<Element>): void;
  /**
   * Posts the page just added, in the task that added them, before the page lays them out. Those it
   * returns are handed over to `onPosts` in a task of their own, soon after; without it, every post
   * arriving is handed over at once.
   */
  onArrived?(posts: Set<Element>): Iterable<Element>;
  /** How long changes are gathered before `onPosts` runs. */
  batchMs?: number;
  /** The address changed without a page load (a single-page app's router). */
  onNavigate(): void;
}

/** At most this many posts are handed over in one task (a page rendering hundreds at once); more wait. */
const PER_TASK = 100;

/** The page's window, for its timers (a test's document may have none: then the global ones). */
type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

const isOurs = (node: Node): boolean => (node as Element).localName === BADGE_TAG;

/** Whether any of `nodes` is the page's: checked without copying the list (a record per host placed). */
function anyTheirs(nodes: NodeList): boolean {
  for (const n of nodes) if (!isOurs(n)) return true;
  return false;
}

/** A mutation inside a post's shadow root belongs to the post that hosts the root. */
function postOfTarget(adapter: SiteAdapter, target: Node): Element | null {
  const post = adapter.postOf(target);
  const host = post ? null : (target.getRootNode() as ShadowRoot).host;
  return host ? adapter.postOf(host) : post;
}

/**
 * Posts waiting to be handed over to `onPosts`, at most PER_TASK a task: those that arrived in the next
 * task (`soon`), changed ones after gathering changes for `batchMs`.
 */
function handOver(view: Timers, signal: AbortSignal, onPosts: (p: Set<Element>) => void) {
  const pending = new Set<Element>();
  let timer: number | undefined;
  /** The timer set hands over at once (posts arrived), not after gathering changes. */
  let soon = false;
  const hand = (from: Set<Element>) => {
    const posts = new Set<Element>();
    for (const p of from) {
      if (posts.size === PER_TASK) break;
      posts.add(p);
      pending.delete(p);
    }
    if (pending.size) handSoon();
    onPosts(posts);
  };
  const flush = () => {
    timer = undefined;
    soon = false;
    if (!signal.aborted && pending.size) hand(pending);
  };
  /** Posts waiting are handed over in the next task, not when changes gathered would be. */
  const handSoon = () => {
    if (soon) return;
    view.clearTimeout(timer);
    soon = true;
    timer = view.setTimeout(flush, 0);
  };
  signal.addEventListener('abort', () => view.clearTimeout(timer), { once: true });
  return {
    pending,
    hand,
    handSoon,
    /** A post to read again after a while. */
    later(post: Element, batchMs: number) {
      pending.add(post);
      timer ??= view.setTimeout(flush, batchMs);
    },
  };
}

/**
 * Looks for the feed root while the app has not rendered it (4 times a second), and notices a root the app
 * replaced wholesale, which sends no more mutations, and in-page navigation (once a second): one string
 * comparison catches every router.
 */
function watchAddress(
  doc: Document,
  view: Timers,
  signal: AbortSignal,
  rootShown: () => boolean,
  attach: () => void,
  onNavigate: () => void,
): void {
  let look: number | undefined;
  let href = doc.location.href;
  const check = () => {
    if (href !== doc.location.href) {
      href = doc.location.href;
      onNavigate();
    } else if (!rootShown()) attach();
    look = view.setTimeout(check, rootShown() ? 1000 : 250);
  };
  signal.addEventListener('abort', () => view.clearTimeout(look), { once: true });
  check();
}

export function observeFeed(opts: ObserveOptions): FeedObserver {
  const { adapter, doc, signal } = opts;
  const view = doc.defaultView ?? globalThis;
  let root: Element | null = null;
  const waiting = handOver(view, signal, opts.onPosts);
  /** Posts already handed over (or waiting to be): a mutation inside one is a change, not a new post. */
  let known = new WeakSet<Element>();
  /** Open shadow roots of posts (new Reddit) watched as well: mutations inside them never reach the feed's observer. */
  let watchedRoots = new WeakSet<ShadowRoot>();

  const see = (post: Element | null) => {
    if (!post || known.has(post)) return post;
    known.add(post);
    const shadow = adapter.observe.shadowRoots ? post.shadowRoot : null;
    if (shadow && !watchedRoots.has(shadow)) {
      watchedRoots.add(shadow);
      feedObserver.observe(shadow, options);
    }
    return null;
  };
  /** A post already handed over changed: it is read again after a while. */
  const queue = (post: Element | null) => {
    if (!post) return;
    see(post);
    waiting.later(post, opts.batchMs ?? 60);
  };

  // What the site's adapter says marks a post's change: its counts, id or time (lib/sites/<site>/adapter.ts).
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...adapter.observe.attributes],
  };

  const onRecords = (records: MutationRecord[]) => {
    if (root && !root.isConnected) return attach();
    const fresh = new Set<Element>();
    /** A post the page just added is handed over now (a few per task); one it had before is a change. */
    const added = (post: Element) => {
      if (see(post) || fresh.size === PER_TASK) queue(post);
      else fresh.add(post);
    };
    // Gone through here, not in a function of its own: this runs in the page's frame. Taken out, our script's
    // share of the feed's time was 1.01-1.11x the build's before it in all 6 runs (scripts/bench/scroll.bench.ts).
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (isOurs(n)) continue;
          const post = adapter.postOf(n);
          if (post) added(post);
          else if (n.nodeType === 1) for (const p of adapter.findPosts(n as Element)) added(p);
        }
        // A removed child inside a post (a count span replaced) changes that post.
        if (anyTheirs(r.removedNodes)) queue(postOfTarget(adapter, r.target));
      } else queue(postOfTarget(adapter, r.target));
    }
    if (!fresh.size) return;
    if (opts.onArrived) {
      // Read in a task of their own: changes recorded meanwhile are read with them, not again.
      for (const p of opts.onArrived(fresh)) waiting.pending.add(p);
      if (waiting.pending.size) waiting.handSoon();
    } else waiting.hand(fresh);
    // What arriving did (badge hosts placed) is ours: taken here, it never comes back as a change.
    const ours = feedObserver.takeRecords();
    if (ours.length) onRecords(ours);
  };
  const feedObserver = new view.MutationObserver(onRecords);

  function attach() {
    feedObserver.disconnect();
    watchedRoots = new WeakSet();
    known = new WeakSet();
    root = adapter.feedRoot(doc);
    if (!root) return;
    feedObserver.observe(root, options);
    for (const p of adapter.findPosts(root)) queue(p);
  }

  signal.addEventListener('abort', () => feedObserver.disconnect(), { once: true });
  watchAddress(doc, view, signal, () => root?.isConnected === true, attach, opts.onNavigate);
  return { rescan: attach };
}
