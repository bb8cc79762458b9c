// The content script's work on one page: read posts as they appear or change, send every snapshot of a
// tracked account's post until the background says it is committed, keep the badges current, and know
// at every moment whether the page is being read (its health).

import type { ContentSend, PageState, SnapshotInput } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { AccountRef, PostReading, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import type { BadgeLayer } from './badge-layer';
import type { BadgeView } from './badge-state';
import { RENDER_GRACE_MS } from './health';
import { HealthWatch } from './health-watch';
import { type FeedObserver, observeFeed } from './observe';
import { PostGate } from './post-gate';
import { isOwn, readSafely } from './read-page';
import { SnapshotSender } from './snapshot-sender';

export interface CaptureDeps {
  adapter: SiteAdapter;
  doc: Document;
  locale: string;
  signal: AbortSignal;
  send: ContentSend;
  badges: BadgeLayer;
  now(): number;
  newKey(): string;
  /** Batching of mutations, retry delays and how fast a post earns a new snapshot; tests shorten them. */
  batchMs?: number;
  postGapMs?: number;
  retryMs?: (attempt: number) => number;
  /** How often every post on the page is scored again (their baselines move as history grows). */
  rescoreMs?: number;
}

/** Posts scored per request (the background's limit). */
const MAX_SCORED = 500;

/** One post on the page: every element showing it (a pinned post is shown twice), and what was read. */
interface OnPage {
  els: Set<Element>;
  reading?: PostReading;
  problem?: UnreadablePost;
}

export class CaptureSession {
  private tracked = new Set<string>();
  private viewer: AccountRef | null = null;
  private viewerLookedAt = 0;
  private readonly onPage = new Map<string, OnPage>();
  /** The post each element last showed: a recycled element is moved off its old post in O(1). */
  private readonly shows = new WeakMap<Element, string>();
  /** Posts whose reading threw (a change the adapter did not foresee), whoever wrote them: reported. */
  private readonly failures = new Map<Element, UnreadablePost>();
  /** Which readings leave the page: changed ones, a few at once per post, then one per 20 s. */
  private readonly gate: PostGate;
  private readonly scores = new Map<string, ScoreView>();
  /** Posts whose last snapshot the background refused, with its reason: shown, never "saving…" forever. */
  private readonly refused = new Map<string, string>();
  private readonly sender: SnapshotSender;
  private observer: FeedObserver | null = null;
  private readonly watch: HealthWatch;
  private lastError: string | null = null;

  constructor(private readonly d: CaptureDeps) {
    this.watch = new HealthWatch(d);
    this.gate = new PostGate(
      (p, at) => this.sender.add(this.snapshotOf(p, at)),
      d.now,
      () => this.sender.flush(),
      d.postGapMs,
    );
    this.sender = new SnapshotSender(
      d.send,
      d.signal,
      {
        answered: (ids, refused) => {
          for (const id of ids) this.refused.delete(id);
          for (const [id, why] of refused) this.refused.set(id, why);
          void this.refreshScores(ids);
        },
        failed: (ids) => {
          for (const id of ids) this.renderBadges(id);
        },
      },
      d.retryMs,
    );
  }

  private get site() {
    return this.d.adapter.site;
  }

  async start(): Promise<void> {
    await this.refreshTracking();
    const timer = setInterval(() => void this.refreshScores([], true), this.d.rescoreMs ?? 60_000);
    // One look once the page had time to render: a page where nothing ever appears still says why.
    const look = setTimeout(() => this.reportHealth(), RENDER_GRACE_MS + 100);
    this.d.signal.addEventListener(
      'abort',
      () => {
        clearInterval(timer);
        clearTimeout(look);
        this.sender.stop();
        this.gate.stop();
      },
      { once: true },
    );
    this.observer = observeFeed({
      adapter: this.d.adapter,
      doc: this.d.doc,
      signal: this.d.signal,
      batchMs: this.d.batchMs,
      onPosts: (posts) => this.handle(posts),
    });
    // A page whose markup changed may never show a post to handle: its verdict is given at once.
    this.reportHealth();
  }

  /** After in-page navigation or a tracking change: every post on the page is looked at again. */
  rescan(navigated = false): void {
    this.onPage.clear();
    if (navigated) this.watch.restart();
    this.observer?.rescan();
  }

  async refreshTracking(): Promise<void> {
    const platform = this.site.id;
    try {
      this.lookForViewer();
      const state = this.viewer
        ? await this.d.send('reportViewer', { platform, account: this.viewer })
        : await this.d.send('getTracking', { platform });
      this.tracked = new Set(state.tracked);
    } catch (e) {
      this.lastError = (e as Error).message;
    }
  }

  private lookForViewer(): void {
    if (this.viewer) return;
    const now = this.d.now();
    if (now - this.viewerLookedAt < 1000) return;
    this.viewerLookedAt = now;
    try {
      this.viewer = this.d.adapter.viewer(this.d.doc);
    } catch {
      this.viewer = null;
    }
  }

  handle(posts: Iterable<Element>): void {
    if (!this.viewer) {
      this.lookForViewer();
      if (this.viewer) void this.refreshTracking().then(() => this.rescan());
    }
    const ctx = {
      locale: this.d.locale,
      url: new URL(this.d.doc.location?.href ?? 'https://invalid/'),
      now: this.d.now(),
    };
    let unscored = false;
    const offered = new Set<string>();
    for (const el of posts) {
      if (!el.isConnected) continue;
      const r = readSafely(this.d.adapter, el, ctx);
      const id = r.ok ? r.post.id : (r.problem.id ?? r.problem.url ?? '');
      const author = r.ok ? r.post.author : r.problem.author;
      this.watch.count(el, r.ok ? null : r.problem.reason);
      if (!r.ok && r.problem.failed) this.failures.set(el, r.problem);
      else this.failures.delete(el);
      this.forgetElement(el, id);
      if (!id || !isOwn(this.site, author, this.tracked)) {
        this.d.badges.clear(el);
        continue;
      }
      const entry = this.onPage.get(id) ?? { els: new Set<Element>() };
      entry.els.add(el);
      if (r.ok) {
        entry.reading = r.post;
        entry.problem = undefined;
        unscored ||= !this.scores.has(id);
        // Two copies of one post in one pass (pinned, and in the timeline) may disagree: one is stale.
        // The first read is offered; the next pass may offer the other, within the post's tokens.
        if (!offered.has(id)) this.gate.offer(r.post);
        offered.add(id);
      } else entry.problem = r.problem;
      this.onPage.set(id, entry);
      this.renderBadges(id);
    }
    this.d.badges.prune();
    if (this.sender.pending) this.sender.flush();
    else if (unscored) void this.refreshScores();
    this.reportHealth();
  }

  /** An element recycled for another post no longer shows the one it showed. */
  private forgetElement(el: Element, id: string): void {
    const before = this.shows.get(el);
    if (before === id) return;
    this.shows.set(el, id);
    const e = before === undefined ? undefined : this.onPage.get(before);
    if (e?.els.delete(el) && !e.els.size) this.onPage.delete(before!);
  }

  private snapshotOf(p: PostReading, capturedAt: number): SnapshotInput {
    return {
      key: this.d.newKey(),
      platform: p.platform,
      postId: p.id,
      url: p.url,
      author: p.author,
      publishedAt: p.publishedAt,
      ...(p.publishedPrecision !== undefined ? { publishedPrecision: p.publishedPrecision } : {}),
      ...(p.format ? { format: p.format } : {}),
      capturedAt,
      metrics: p.metrics,
    };
  }

  private badgeView(id: string, entry: OnPage): BadgeView {
    if (entry.problem) return { kind: 'unreadable', reason: entry.problem.reason };
    const score = this.scores.get(id);
    if (score) return { kind: 'score', score };
    const refused = this.refused.get(id);
    if (refused) return { kind: 'error', message: `Not stored: ${refused}` };
    const error = this.sender.lastError ?? this.lastError;
    if (error && this.sender.isPending(id))
      return { kind: 'error', message: `Not saved yet: ${error}. Resonance keeps trying.` };
    return { kind: 'pending' };
  }

  private renderBadges(id: string): void {
    const entry = this.onPage.get(id);
    if (!entry) return;
    const view = this.badgeView(id, entry);
    for (const el of entry.els) {
      if (!el.isConnected) {
        entry.els.delete(el);
        continue;
      }
      this.d.badges.show(id, el, () => this.d.adapter.badgeAnchor(el), view);
    }
  }

  /**
   * Scores the posts just saved and any on the page still without a score. Everyone else's score moves
   * slowly as the baseline grows, so those are refreshed on a timer, not on every scroll batch.
   */
  private async refreshScores(saved: string[] = [], all = false): Promise<void> {
    const wanted = new Set(saved);
    for (const [id, e] of this.onPage) if (e.reading && (all || !this.scores.has(id))) wanted.add(id);
    const ids = [...wanted].slice(-MAX_SCORED);
    if (!ids.length) return;
    try {
      const scores = await this.d.send('getScores', { platform: this.site.id, postIds: ids });
      for (const [id, s] of Object.entries(scores)) this.scores.set(id, s);
    } catch (e) {
      this.lastError = (e as Error).message;
    }
    for (const id of ids) this.renderBadges(id);
  }

  /** Tells the background when the page's health changes. */
  private reportHealth(): void {
    this.watch.report([...this.onPage.values()].filter((e) => e.reading).length, this.tracked);
  }

  pageState(): PageState {
    const entries = [...this.onPage.values()].filter((e) => [...e.els].some((el) => el.isConnected));
    const url = this.d.doc.location?.href ?? '';
    let pageAccount: AccountRef | null = null;
    try {
      pageAccount = this.d.adapter.pageAccount(this.d.doc, new URL(url));
    } catch {}
    return {
      platform: this.site.id,
      url,
      viewer: this.viewer,
      pageAccount,
      tracked: [...this.tracked],
      health: this.watch.full(this.tracked),
      posts: entries.flatMap((e) =>
        e.reading ? [{ reading: e.reading, score: this.scores.get(e.reading.id) ?? null }] : [],
      ),
      unreadable: [
        ...entries.flatMap((e) => (e.problem ? [e.problem] : [])),
        ...[...this.failures].flatMap(([el, p]) => (el.isConnected ? [p] : [])),
      ],
      pending: this.sender.pending,
      lastError: this.sender.lastError ?? this.lastError,
    };
  }
}
