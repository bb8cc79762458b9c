// The content script's work on one page: read posts as they appear or change, keep every snapshot of a
// tracked account's post until the background says it is committed, and keep the badges current.
import { h } from 'preact';
import { ScoreBadge } from '@/components/badge/ScoreBadge';
import { metricsSignature } from '@/lib/core/metrics';
import type { MessageType, PageState, ProtocolMap, SnapshotInput } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { PostReading, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import { normalizeHandle } from '@/lib/sites/types';
import type { BadgeLayer } from './badge-layer';
import type { BadgeView } from './badge-state';
import { type FeedObserver, observeFeed } from './observe';

export type Send = <T extends MessageType>(type: T, payload: ProtocolMap[T][0]) => Promise<ProtocolMap[T][1]>;

export interface CaptureDeps {
  adapter: SiteAdapter;
  doc: Document;
  locale: string;
  signal: AbortSignal;
  send: Send;
  badges: BadgeLayer;
  now(): number;
  newKey(): string;
  /** Batching of mutations, and retry delays; tests shorten them. */
  batchMs?: number;
  retryMs?: (attempt: number) => number;
  /** How often every post on the page is scored again (their baselines move as history grows). */
  rescoreMs?: number;
}

/** At most this many snapshots per message, so one flush stays one small transaction. */
const BATCH = 50;
/** Posts scored per request (the background's limit). */
const MAX_SCORED = 500;

interface OnPage {
  el: Element;
  reading?: PostReading;
  problem?: UnreadablePost;
}

export class CaptureSession {
  private tracked = new Set<string>();
  private viewer: string | null = null;
  private viewerLookedAt = 0;
  private readonly onPage = new Map<string, OnPage>();
  private readonly sent = new Map<string, string>();
  private readonly scores = new Map<string, ScoreView>();
  private queue: SnapshotInput[] = [];
  private inflight = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private lastError: string | null = null;
  private observer: FeedObserver | null = null;

  constructor(private readonly d: CaptureDeps) {}

  async start(): Promise<void> {
    await this.refreshTracking();
    const timer = setInterval(() => void this.refreshScores([], true), this.d.rescoreMs ?? 60_000);
    this.d.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    this.observer = observeFeed({
      adapter: this.d.adapter,
      doc: this.d.doc,
      signal: this.d.signal,
      batchMs: this.d.batchMs,
      onPosts: (posts) => this.handle(posts),
    });
  }

  /** After in-page navigation or a tracking change: every post on the page is looked at again. */
  rescan(): void {
    this.onPage.clear();
    this.observer?.rescan();
  }

  async refreshTracking(): Promise<void> {
    const platform = this.d.adapter.id;
    try {
      this.lookForViewer();
      const state = this.viewer
        ? await this.d.send('reportViewer', { platform, handle: this.viewer })
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
    this.viewer = this.d.adapter.viewer(this.d.doc);
  }

  private isOwn(author: string | undefined): boolean {
    return author !== undefined && this.tracked.has(normalizeHandle(author));
  }

  handle(posts: Iterable<Element>): void {
    if (!this.viewer) {
      this.lookForViewer();
      if (this.viewer) void this.refreshTracking().then(() => this.rescan());
    }
    const ctx = { locale: this.d.locale, url: new URL(this.d.doc.location?.href ?? 'https://invalid/') };
    let unscored = false;
    for (const el of posts) {
      if (!el.isConnected) continue;
      const r = this.d.adapter.readPost(el, ctx);
      const id = r.ok ? r.post.id : (r.problem.id ?? r.problem.url ?? '');
      const author = r.ok ? r.post.author : r.problem.author;
      if (!this.isOwn(author) || !id) {
        this.d.badges.clear(el);
        continue;
      }
      if (r.ok) {
        this.onPage.set(id, { el, reading: r.post });
        unscored ||= !this.scores.has(id);
        const sig = metricsSignature(r.post.metrics);
        if (this.sent.get(id) !== sig) {
          this.sent.set(id, sig);
          this.queue.push(this.snapshotOf(r.post));
        }
      } else {
        this.onPage.set(id, { el, problem: r.problem });
      }
      this.renderBadge(id);
    }
    this.d.badges.prune();
    if (this.queue.length) this.flush();
    else if (unscored && !this.inflight) void this.refreshScores();
  }

  private snapshotOf(p: PostReading): SnapshotInput {
    return {
      key: this.d.newKey(),
      platform: p.platform,
      postId: p.id,
      url: p.url,
      author: p.author,
      publishedAt: p.publishedAt,
      format: p.format,
      capturedAt: this.d.now(),
      metrics: p.metrics,
    };
  }

  private renderBadge(id: string): void {
    const entry = this.onPage.get(id);
    if (!entry?.el.isConnected) return;
    const el = entry.el;
    const score = this.scores.get(id);
    const view: BadgeView = entry.problem
      ? { kind: 'unreadable', reason: entry.problem.reason }
      : score
        ? { kind: 'score', score }
        : this.lastError && this.queue.some((s) => s.postId === id)
          ? { kind: 'error', message: `Not saved yet: ${this.lastError}. Resonance keeps trying.` }
          : { kind: 'pending' };
    const key = JSON.stringify(view);
    this.d.badges.show(id, el, () => this.d.adapter.badgeAnchor(el), h(ScoreBadge, { view }), key);
  }

  /** Sends queued snapshots; keeps them until the background says they are committed, retrying on failure. */
  flush(): void {
    if (this.inflight || this.retryTimer || this.queue.length === 0 || this.d.signal.aborted) return;
    const batch = this.queue.slice(0, BATCH);
    this.inflight = true;
    this.d
      .send('recordSnapshots', { batch })
      .then(async (res) => {
        const done = new Set([...res.committed, ...res.rejected.map((r) => r.key)]);
        this.queue = this.queue.filter((s) => !done.has(s.key));
        this.lastError = res.rejected[0] ? `not stored: ${res.rejected[0].reason}` : null;
        this.attempt = 0;
        await this.refreshScores(batch.map((s) => s.postId));
      })
      .catch((e: Error) => {
        this.lastError = e.message;
        const delay = (this.d.retryMs ?? defaultRetry)(++this.attempt);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.flush();
        }, delay);
        for (const s of batch) this.renderBadge(s.postId);
      })
      .finally(() => {
        this.inflight = false;
        if (!this.retryTimer) this.flush();
      });
  }

  /**
   * Scores the posts just saved and any on the page still without a score. Everyone else's score moves
   * slowly as the baseline grows, so those are refreshed on a timer, not on every scroll batch.
   */
  private async refreshScores(saved: string[] = [], all = false): Promise<void> {
    const wanted = new Set(saved);
    for (const [id, e] of this.onPage) {
      if (e.reading && e.el.isConnected && (all || !this.scores.has(id))) wanted.add(id);
    }
    const ids = [...wanted].slice(-MAX_SCORED);
    if (!ids.length) return;
    try {
      const scores = await this.d.send('getScores', { platform: this.d.adapter.id, postIds: ids });
      for (const [id, s] of Object.entries(scores)) this.scores.set(id, s);
    } catch (e) {
      this.lastError = (e as Error).message;
    }
    for (const id of ids) this.renderBadge(id);
  }

  pageState(): PageState {
    const entries = [...this.onPage.values()].filter((e) => e.el.isConnected);
    const url = this.d.doc.location?.href ?? '';
    let pageAccount: string | null = null;
    try {
      pageAccount = this.d.adapter.pageAccount(this.d.doc, new URL(url));
    } catch {}
    return {
      platform: this.d.adapter.id,
      url,
      viewer: this.viewer,
      pageAccount,
      tracked: [...this.tracked],
      posts: entries.flatMap((e) =>
        e.reading ? [{ reading: e.reading, score: this.scores.get(e.reading.id) ?? null }] : [],
      ),
      unreadable: entries.flatMap((e) => (e.problem ? [e.problem] : [])),
      pending: this.queue.length,
      lastError: this.lastError,
    };
  }
}

/** 0.5 s, 1 s, 2 s … up to 30 s: a restarting service worker is back within a second or two. */
function defaultRetry(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** (attempt - 1));
}
