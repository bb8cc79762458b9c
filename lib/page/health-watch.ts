// A page's health as the content script follows it: what was read since the page (or its last in-page
// navigation) started, judged by lib/page/health.ts, and told to the background when the verdict changes.
import type { PageHealth } from '@/lib/protocol/health';
import type { ContentSend } from '@/lib/protocol/messages';
import type { SiteAdapter } from '@/lib/sites/types';
import { assessHealth } from './health';
import { isOwn, readSafely } from './read-page';

export interface HealthDeps {
  adapter: SiteAdapter;
  doc: Document;
  locale: string;
  send: ContentSend;
  now(): number;
}

export class HealthWatch {
  private startedAt: number;
  private reported = '';
  /** Post elements read since the start, each counted once. */
  private tally = { found: 0, readable: 0, firstProblem: undefined as string | undefined };
  private counted = new WeakSet<Element>();

  constructor(private readonly d: HealthDeps) {
    this.startedAt = d.now();
  }

  /** An in-page navigation: a new page, judged afresh. */
  restart(): void {
    this.startedAt = this.d.now();
    this.tally = { found: 0, readable: 0, firstProblem: undefined };
    this.counted = new WeakSet();
    this.reported = '';
  }

  /** One post element read: `problem` is null when it was read. */
  count(el: Element, problem: string | null): void {
    if (this.counted.has(el)) return;
    this.counted.add(el);
    this.tally.found++;
    if (problem === null) this.tally.readable++;
    else this.tally.firstProblem ??= problem;
  }

  private url(): URL {
    return new URL(this.d.doc.location?.href ?? 'https://invalid/');
  }

  /** The page now, read afresh: every post on it (for the popup, which asks now and then). */
  full(tracked: ReadonlySet<string>): PageHealth {
    const { adapter, doc } = this.d;
    const url = this.url();
    const root = adapter.feedRoot(doc);
    const ctx = { locale: this.d.locale, url, now: this.d.now() };
    let readable = 0;
    let own = 0;
    let firstProblem: string | undefined;
    const posts = root ? adapter.findPosts(root) : [];
    for (const el of posts) {
      const r = readSafely(adapter, el, ctx);
      if (r.ok) {
        readable++;
        if (isOwn(adapter.site, r.post.author, tracked)) own++;
      } else firstProblem ??= r.problem.reason;
    }
    return assessHealth({
      kind: adapter.pageKind(url),
      feedFound: root !== null,
      found: posts.length,
      readable,
      own,
      firstProblem,
      signs: adapter.postSigns(doc),
      waitedMs: ctx.now - this.startedAt,
    });
  }

  /** From what was already read, without reading the page again (the scroll path). */
  private quick(own: number, tracked: ReadonlySet<string>): PageHealth {
    const { found, readable, firstProblem } = this.tally;
    if (found === 0) return this.full(tracked);
    return assessHealth({
      kind: this.d.adapter.pageKind(this.url()),
      feedFound: true,
      found,
      readable,
      own,
      firstProblem,
      signs: 0,
      waitedMs: this.d.now() - this.startedAt,
    });
  }

  /** Tells the background when the verdict changes (the dashboard's per-site health). */
  report(own: number, tracked: ReadonlySet<string>): void {
    const health = this.quick(own, tracked);
    const key = `${health.state}|${health.state === 'reading' ? Math.sign(health.own) : ''}`;
    if (key === this.reported || health.state === 'starting') return;
    this.reported = key;
    const url = this.d.doc.location?.href ?? '';
    void this.d.send('reportHealth', { platform: this.d.adapter.site.id, url, health }).catch(() => {});
  }
}
