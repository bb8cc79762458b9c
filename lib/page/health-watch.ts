// A page's health as the content script follows it: what was read since the page (or its last in-page
// navigation) started, judged by lib/page/health.ts, and told to the background when the verdict changes.
import type { PageHealth } from '@/lib/protocol/health';
import type { ContentSend } from '@/lib/protocol/messages';
import type { SiteAdapter } from '@/lib/sites/types';
import { assessHealth, type PageSeen } from './health';
import { isOwn, readSafely } from './read-page';

export interface HealthDeps {
  adapter: SiteAdapter;
  doc: Document;
  locale: string;
  send: ContentSend;
  now(): number;
}

type Tally = Pick<PageSeen, 'found' | 'readable' | 'firstProblem'>;

export class HealthWatch {
  readonly #d: HealthDeps;
  #startedAt = 0;
  #reported = '';
  /** Post elements read since the start, each counted once. */
  #tally: Tally = { found: 0, readable: 0 };
  #counted = new WeakSet<Element>();

  constructor(d: HealthDeps) {
    this.#d = d;
    this.restart();
  }

  /** An in-page navigation: a new page, judged afresh. */
  restart(): void {
    this.#startedAt = this.#d.now();
    this.#tally = { found: 0, readable: 0 };
    this.#counted = new WeakSet();
    this.#reported = '';
  }

  /** One post element read: `problem` is why it could not be, if it could not. */
  count(el: Element, problem?: string): void {
    if (this.#counted.has(el)) return;
    this.#counted.add(el);
    this.#tally.found++;
    if (problem === undefined) this.#tally.readable++;
    else this.#tally.firstProblem ??= problem;
  }

  #url(): URL {
    return new URL(this.#d.doc.location.href);
  }

  #judge(seen: Omit<PageSeen, 'kind' | 'waitedMs'>): PageHealth {
    const waitedMs = this.#d.now() - this.#startedAt;
    return assessHealth({ ...seen, kind: this.#d.adapter.pageKind(this.#url()), waitedMs });
  }

  /** Whether the page shows a post now, none of them read. */
  showsPosts(): boolean {
    const root = this.#d.adapter.feedRoot(this.#d.doc);
    return root !== null && this.#d.adapter.findPosts(root).length > 0;
  }

  /** The page now, read afresh: every post on it. */
  full(tracked: ReadonlySet<string>): PageHealth {
    const { adapter, doc, locale } = this.#d;
    const root = adapter.feedRoot(doc);
    const ctx = { locale, url: this.#url(), now: this.#d.now() };
    const seen = { found: 0, readable: 0, own: 0, feedFound: root !== null, signs: adapter.postSigns(doc) };
    let firstProblem: string | undefined;
    for (const el of root ? adapter.findPosts(root) : []) {
      seen.found++;
      const r = readSafely(adapter, el, ctx);
      if (!r.ok) firstProblem ??= r.problem.reason;
      else {
        seen.readable++;
        if (isOwn(adapter.site, r.post.author, tracked)) seen.own++;
      }
    }
    return this.#judge({ ...seen, firstProblem });
  }

  /**
   * The verdict now, judged from what was already read (the scroll path's tally, nothing read again), `own`
   * being how many of the tracked accounts' posts count; from the page itself while nothing was read. The
   * popup asks it: reading a long feed afresh took it hundreds of milliseconds.
   */
  now(own: number, tracked: ReadonlySet<string>): PageHealth {
    return this.#tally.found
      ? this.#judge({ ...this.#tally, own, feedFound: true, signs: 0 })
      : this.full(tracked);
  }

  /** Tells the background when the verdict changes (the dashboard's per-site health). */
  report(own: number, tracked: ReadonlySet<string>): void {
    const health = this.now(own, tracked);
    const key = `${health.state}|${health.state === 'reading' ? Math.sign(health.own) : ''}`;
    if (key === this.#reported || health.state === 'starting') return;
    this.#reported = key;
    const url = this.#d.doc.location.href;
    void this.#d.send('reportHealth', { platform: this.#d.adapter.site.id, url, health }).catch(() => {});
  }
}
