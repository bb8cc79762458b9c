// The tracked account's posts on the page now: every element showing each (a pinned post is shown
// twice), and what was last read of it; and the posts, anyone's, whose reading threw.
import type { PageState } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { PostReading, UnreadablePost } from '@/lib/sites/types';

export interface OnPage {
  els: Set<Element>;
  reading?: PostReading;
  problem?: UnreadablePost;
}

export class PostsOnPage {
  /** By post id. */
  readonly posts = new Map<string, OnPage>();
  /** The post each element last showed: a recycled element is moved off its old post in O(1). */
  readonly #shows = new WeakMap<Element, string>();
  /** How many posts have a reading, kept as they change (health is told on every pass). */
  read = 0;
  /** Posts whose reading threw (a change the adapter did not foresee), whoever wrote them: reported. */
  readonly #failures = new Map<Element, UnreadablePost>();
  /**
   * Elements no longer in the page are let go each time the posts and failures held double: a recycling
   * feed (X's) detaches every post it scrolls past, and holding each would keep its whole subtree alive.
   */
  #pruneAt = 200;

  /**
   * Element `el` was read as post `id` ('' for none), or as `problem`: it no longer shows the post it
   * showed before, and a reading that threw is reported until it reads.
   */
  seen(el: Element, id: string, problem?: UnreadablePost): void {
    if (this.posts.size + this.#failures.size > this.#pruneAt) this.#prune();
    if (problem?.failed) this.#failures.set(el, problem);
    else this.#failures.delete(el);
    const before = this.#shows.get(el);
    if (before === id) return;
    this.#shows.set(el, id);
    const e = this.posts.get(before!);
    if (e?.els.delete(el)) this.#dropIfGone(before!, e);
  }

  /** Post `id` shown by no element any more is let go. */
  #dropIfGone(id: string, e: OnPage): void {
    if (e.els.size) return;
    if (e.reading) this.read--;
    this.posts.delete(id);
  }

  #prune(): void {
    for (const [id, e] of this.posts) {
      for (const el of e.els) if (!el.isConnected) e.els.delete(el);
      this.#dropIfGone(id, e);
    }
    for (const el of this.#failures.keys()) if (!el.isConnected) this.#failures.delete(el);
    this.#pruneAt = 2 * (this.posts.size + this.#failures.size) + 200;
  }

  /** Post `id` as read in element `el`: its reading, or the problem reading it. */
  update(id: string, el: Element, reading?: PostReading, problem?: UnreadablePost): void {
    const e = this.posts.get(id) ?? { els: new Set<Element>() };
    this.posts.set(id, e);
    e.els.add(el);
    if (reading && !e.reading) this.read++;
    if (reading) e.reading = reading;
    e.problem = problem;
  }

  /**
   * The read posts the page still shows that want a score: `all`, those in `fresh` (just saved) and any
   * not `known` (scored, or to be asked for once saved); the last `max` of them. A post a recycling feed
   * took away needs no badge, so no score.
   */
  toScore(known: (id: string) => boolean, fresh: ReadonlySet<string>, all: boolean, max: number): string[] {
    const ids: string[] = [];
    for (const [id, e] of this.posts)
      if (e.reading && (all || fresh.has(id) || !known(id)) && [...e.els].some((el) => el.isConnected))
        ids.push(id);
    return ids.slice(-max);
  }

  /** What the popup lists: the posts read, with their scores, and those that could not be read. */
  report(scores: ReadonlyMap<string, ScoreView>): Pick<PageState, 'posts' | 'unreadable'> {
    const shown = [...this.posts.values()].filter((e) => [...e.els].some((el) => el.isConnected));
    return {
      posts: shown.flatMap((e) =>
        e.reading ? [{ reading: e.reading, score: scores.get(e.reading.id) ?? null }] : [],
      ),
      unreadable: [
        ...shown.flatMap((e) => e.problem ?? []),
        ...[...this.#failures].flatMap(([el, p]) => (el.isConnected ? [p] : [])),
      ],
    };
  }

  clear(): void {
    this.posts.clear();
    this.read = 0;
  }
}
