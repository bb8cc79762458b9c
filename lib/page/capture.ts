// The content script's work on one page: read posts as they appear or change, send every snapshot of a
// tracked account's post until the background says it is committed, keep the badges current, and know
// at every moment whether the page is being read (its health).
//
// A post that appears gets its badge's place at once, in the page's frame (observe.ts), from its id and
// author alone; it is read in a task of its own right after, and the rest waits for the page's idle time:
// snapshots sent, scores asked for, health told, never inside the page's work.

import type { ContentSend, PageState } from '@/lib/protocol/messages';
import type { AccountRef, ReadContext, SiteAdapter } from '@/lib/sites/types';
import type { BadgeLayer } from './badge-layer';
import { type BadgeView, viewOf } from './badge-state';
import { RENDER_GRACE_MS } from './health';
import { HealthWatch } from './health-watch';
import { type FeedObserver, observeFeed } from './observe';
import { type OnPage, PostsOnPage } from './on-page';
import { type PageScores, pageScores } from './page-scores';
import { PostGate } from './post-gate';
import { adoptWorkerUnits, isOwn, readContextOf, readSafely } from './read-page';
import { SnapshotSender, snapshotOf } from './snapshot-sender';

export interface CaptureDeps {
  adapter: SiteAdapter;
  doc: Document;
  locale: string;
  signal: AbortSignal;
  send: ContentSend;
  badges: BadgeLayer;
  now(): number;
  newKey(): string;
  /** Batching of changes, a fixed delay before sending (instead of the page's idle time), retry delays and
   *  how fast a post earns a new snapshot: tests shorten them. */
  batchMs?: number;
  postGapMs?: number;
  retryMs?: (attempt: number) => number;
}

/** The longest a pass's sending waits for the page to be idle. */
const IDLE_MS = 10_000;

// Members private to a class here are `#` names: the minifier shortens those (TypeScript's `private`
// names ship whole), and every byte of lib/page is in each of the ten site scripts.
export class CaptureSession {
  #tracked = new Set<string>();
  #viewer: AccountRef | null = null;
  #viewerLookedAt = 0;
  readonly #onPage = new PostsOnPage();
  /** Which readings leave the page: changed ones, a few at once per post, then one per 20 s. */
  readonly #gate: PostGate;
  readonly #scores: PageScores;
  /** Posts whose last snapshot the background refused, with its reason: shown, never "saving…" forever. */
  readonly #refused = new Map<string, string>();
  readonly #sender: SnapshotSender;
  #observer: FeedObserver | null = null;
  readonly #watch: HealthWatch;
  #trackingError: string | null = null;
  /** The task after a pass (sending, scoring, health), and whether a post read in it awaits its score. */
  #after: unknown = null;
  #unscored = false;

  readonly #d: CaptureDeps;
  readonly #readContext: () => ReadContext;

  constructor(d: CaptureDeps) {
    this.#d = d;
    this.#readContext = readContextOf(d.doc, d.locale, d.now);
    this.#watch = new HealthWatch(d);
    this.#gate = new PostGate(
      (p, at) => this.#sender.add(snapshotOf(p, at, d.newKey())),
      d.now,
      () => this.#sender.flush(),
      d.postGapMs,
    );
    this.#sender = new SnapshotSender(
      d.send,
      d.signal,
      {
        answered: (ids, refused) => {
          for (const id of ids) {
            this.#refused.delete(id);
            this.#scores.saved(id);
          }
          for (const [id, why] of refused) this.#refused.set(id, why);
          // A burst of saves (a fast scroll sends dozens of batches) asks for scores once, when it is over.
          if (!this.#sender.pending) void this.#scores.refresh();
        },
        failed: (ids) => {
          for (const id of ids) this.#renderBadges(id);
          // What was saved before a failing batch is scored now, not when the retries get through.
          void this.#scores.refresh();
        },
      },
      d.retryMs,
    );
    this.#scores = pageScores(d.send, d.adapter.site.id, this.#onPage, this.#sender, (id) =>
      this.#renderBadges(id),
    );
  }

  /** What went wrong last, if it still does: saving first, then scoring, then asking what is tracked. */
  get #error(): string | null {
    return this.#sender.lastError ?? this.#scores.error ?? this.#trackingError;
  }

  get #site() {
    return this.#d.adapter.site;
  }

  async start(): Promise<void> {
    await Promise.all([
      this.refreshTracking(),
      adoptWorkerUnits(this.#d.send, this.#d.locale, this.#d.adapter),
    ]);
    // Every post on the page is scored again once a minute: their baselines move as history grows.
    const timer = setInterval(() => void this.#scores.refresh(true), 60_000);
    // One look once the page had time to render: a page where nothing ever appears still says why.
    const look = setTimeout(() => this.#reportHealth(), RENDER_GRACE_MS + 100);
    // A tab going away (switched from, or closed) sends what it read at once: no wait for idle time.
    this.#d.doc.addEventListener('visibilitychange', () => this.#d.doc.hidden && this.#afterPass(), {
      signal: this.#d.signal,
    });
    this.#d.signal.addEventListener(
      'abort',
      () => {
        clearInterval(timer);
        clearTimeout(look);
        this.#gate.stop();
      },
      { once: true },
    );
    // The sender, the pass's task and the observer stop themselves once the signal is aborted.
    this.#observer = observeFeed({
      ...this.#d,
      onPosts: (posts) => this.handle(posts),
      onArrived: (posts) => this.arrive(posts),
      onNavigate: () => this.rescan(true),
    });
    // A page whose markup changed may never show a post to handle: its verdict is given at once. Posts it
    // shows are judged once the first pass has read them: reading them here as well took 14 ms of its start.
    if (!this.#watch.showsPosts()) this.#reportHealth();
  }

  /** After in-page navigation or a tracking change: every post on the page is looked at again. */
  rescan(navigated = false): void {
    this.#onPage.clear();
    if (navigated) this.#watch.restart();
    this.#observer?.rescan();
  }

  async refreshTracking(): Promise<void> {
    const platform = this.#site.id;
    try {
      this.#lookForViewer();
      const state = this.#viewer
        ? await this.#d.send('reportViewer', { platform, account: this.#viewer })
        : await this.#d.send('getTracking', { platform });
      this.#tracked = new Set(state.tracked);
      this.#trackingError = null;
    } catch (e) {
      this.#trackingError = (e as Error).message;
    }
  }

  #lookForViewer(): void {
    if (this.#viewer) return;
    const now = this.#d.now();
    // Looking is a query of the whole page: on a page without a logged-in account, once in 5 s.
    if (now - this.#viewerLookedAt < 5000) return;
    this.#viewerLookedAt = now;
    try {
      this.#viewer = this.#d.adapter.viewer(this.#d.doc);
    } catch {}
  }

  /**
   * Posts the page just added, in its frame: an own post's badge takes its place now (drawing nothing
   * until its score is known), told from the post's id and author alone; returns the posts still to be
   * read, in a task of their own. The page's frames are often long tasks already: reading there
   * lengthened each. A site that can't tell a post's author without reading it is read now.
   */
  arrive(posts: Set<Element>): Iterable<Element> {
    const { adapter } = this.#d;
    if (!adapter.identify) {
      this.handle(posts);
      return [];
    }
    const ctx = this.#readContext();
    for (const el of posts) {
      let who = null;
      try {
        who = adapter.identify(el, ctx);
      } catch {}
      if (!who || !isOwn(this.#site, who.author, this.#tracked)) continue;
      const entry = this.#onPage.posts.get(who.id);
      const view: BadgeView = entry ? this.#badgeView(who.id, entry) : { kind: 'pending' };
      this.#d.badges.show(who.id, el, () => adapter.badgeAnchor(el), view);
    }
    return posts;
  }

  handle(posts: Iterable<Element>): void {
    if (!this.#viewer) {
      this.#lookForViewer();
      if (this.#viewer) void this.refreshTracking().then(() => this.rescan());
    }
    const ctx = this.#readContext();
    const offered = new Set<string>();
    for (const el of posts) {
      if (!el.isConnected) continue;
      const r = readSafely(this.#d.adapter, el, ctx);
      const reading = r.ok ? r.post : undefined;
      const problem = r.ok ? undefined : r.problem;
      const { id = problem?.url ?? '', author } = reading ?? problem!;
      this.#watch.count(el, problem?.reason);
      this.#onPage.seen(el, id, problem);
      if (!id || !isOwn(this.#site, author, this.#tracked)) {
        this.#d.badges.clear(el);
        continue;
      }
      this.#onPage.update(id, el, reading, problem);
      if (reading) {
        this.#unscored ||= !this.#scores.map.has(id);
        // Two copies of one post in one pass (pinned, and in the timeline) may disagree: one is stale.
        // The first read is offered; the next pass may offer the other, within the post's tokens.
        if (!offered.has(id)) this.#gate.offer(reading);
        offered.add(id);
      }
      this.#renderBadges(id);
    }
    // Hosts the frame before took are made again here, in the task the page gives this read.
    this.#d.badges.refillHosts();
    // Sending, scoring and drawing wait for a moment the page is idle (on a feed scrolled by hand, within
    // a frame or two): the worker's writes then don't compete with the page's frames for the processor
    // (a 2-core laptop's scroll). A page busy without pause waits IDLE_MS at most, and a tab hidden sends
    // at once (start()); tests give a fixed delay.
    const after = () => this.#afterPass();
    const { batchMs } = this.#d;
    this.#after ??=
      batchMs === undefined ? requestIdleCallback(after, { timeout: IDLE_MS }) : setTimeout(after, batchMs);
  }

  #afterPass(): void {
    this.#after = null;
    if (this.#d.signal.aborted) return;
    if (this.#sender.pending) this.#sender.flush();
    else if (this.#unscored) void this.#scores.refresh();
    this.#unscored = false;
    this.#reportHealth();
  }

  #badgeView(id: string, entry: OnPage): BadgeView {
    const pending = this.#sender.isPending(id);
    return viewOf({
      problem: entry.problem,
      score: this.#scores.map.get(id),
      refused: this.#refused.get(id),
      unsaved: pending ? this.#error : null,
    });
  }

  #renderBadges(id: string): void {
    const entry = this.#onPage.posts.get(id);
    if (!entry) return;
    const view = this.#badgeView(id, entry);
    for (const el of entry.els) {
      if (!el.isConnected) {
        entry.els.delete(el);
        continue;
      }
      this.#d.badges.show(id, el, () => this.#d.adapter.badgeAnchor(el), view);
    }
  }

  /** Tells the background when the page's health changes. */
  #reportHealth(): void {
    this.#watch.report(this.#onPage.read, this.#tracked);
  }

  pageState(): PageState {
    const url = this.#d.doc.location.href;
    const shown = this.#onPage.report(this.#scores.map);
    let pageAccount: AccountRef | null = null;
    try {
      pageAccount = this.#d.adapter.pageAccount(this.#d.doc, new URL(url));
    } catch {}
    return {
      platform: this.#site.id,
      url,
      viewer: this.#viewer,
      pageAccount,
      tracked: [...this.#tracked],
      // The tracked accounts' posts the page shows now; what else was seen, from the scroll's tally.
      health: this.#watch.now(shown.posts.length, this.#tracked),
      ...shown,
      pending: this.#sender.pending,
      lastError: this.#error,
    };
  }
}
