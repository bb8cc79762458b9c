// The shape every site adapter has. An adapter only reads the DOM it is given (no network, no storage,
// no browser API), so the same code runs in its content script and in `npm run extract` on a saved page.
import type { PostFormat } from '@/lib/core/formats';
import type { Count, Metric, Metrics } from '@/lib/core/metrics';
import type { SiteId } from './catalog';
import type { WordsByKind, WordsKind } from './shared/time/words';
import type { SiteInfo } from './site';

/** Everything an adapter could read of one post. */
export interface PostReading {
  platform: SiteId;
  id: string;
  url: string;
  /** The author's handle as the site writes it (valid for the site's AccountNaming). */
  author: string;
  /** Epoch ms; null only when neither the page nor the id gives a time. */
  publishedAt: number | null;
  /** How far off `publishedAt` may be, in ms, when the page showed only "3h" or "2 d"; absent when exact. */
  publishedPrecision?: number;
  format?: PostFormat;
  /**
   * The post's own words as the page shows them (not a quoted post's, a comment's or an ad's), whitespace
   * collapsed, emoji kept, at most 500 characters (`snippet`, lib/core/text.ts). Absent when it has none.
   */
  text?: string;
  metrics: Metrics;
  /**
   * Counts the account hides on purpose (Instagram's "Liked by … and others"): shown as hidden, never as
   * 0 and never as a count that could not be read. Not in `metrics`.
   */
  hidden?: Metric[];
  /** The kinds of reaction in `likes`, as the site names them (Facebook's "Love: 181 people"), top ones only. */
  reactions?: Reaction[];
}

/** One kind of reaction and how many gave it. */
export interface Reaction {
  name: string;
  count: Count;
}

/** A post that was found but cannot be read: reported, never stored as zeros. */
export interface UnreadablePost {
  platform: SiteId;
  id?: string;
  url?: string;
  author?: string;
  reason: string;
  /** Reading threw: the adapter met markup it did not foresee (lib/page/read-page.ts). */
  failed?: true;
}

export type ReadResult = { ok: true; post: PostReading } | { ok: false; problem: UnreadablePost };

/** What the adapter needs from the page around a post. */
export interface ReadContext {
  /** BCP 47 tag of the page's UI language (`<html lang>`), falling back to the browser's. */
  locale: string;
  /** The page URL, for resolving relative links and, on a self-hosted site, naming its instance. */
  url: URL;
  /** Now, in epoch ms: relative times ("3h", "2 d") are read against it. */
  now: number;
}

/** An account as a page shows it. Its id is the site's `accounts.idOf(handle)`. */
export interface AccountRef {
  /** As the site writes it: `LumenRoasters`, `lumen@mastodon.social`, `company/lumen-roasters`, `@lumen`. */
  handle: string;
  /** The display name, when the page shows one. */
  name?: string;
  /** Other handles of the same account: a YouTube channel id beside its @handle, a Bluesky DID. */
  aliases?: string[];
  /** The viewer manages this account: their own profile, or a Page whose admin tools the page shows. */
  managed?: boolean;
}

/** What the feed observer must watch on this site. */
export interface ObserverNeeds {
  /** Attributes whose change means a post's counts, id or time changed. */
  attributes: readonly string[];
  /** Posts whose counts live in their own open shadow root (new Reddit): those roots are watched too. */
  shadowRoots?: boolean;
}

/** Whether a page is one where posts are expected, and if not, why not (said in the popup). */
export type PageKind =
  /** `single`: the address names one post (a post's own page), so it must show one once rendered. */
  { posts: true; single?: boolean } | { posts: false; why: string };

/** Who wrote a post, and which it is: as a reading gives them. */
export interface PostIdentity {
  id: string;
  author: string;
}

export interface SiteAdapter {
  site: SiteInfo & { id: SiteId };
  observe: ObserverNeeds;
  /** For a self-hosted site: whether a page is one of its instances (Mastodon's app root), for `npm run extract`. */
  recognizes?(doc: Document): boolean;
  /**
   * For a site that reads written times or ages: which kind of time words it reads, and how it takes a
   * locale's words the worker learned (shared/time/words.ts).
   */
  words?: { [K in WordsKind]: { kind: K; adopt(locale: string, words: WordsByKind[K]): void } }[WordsKind];
  /** Whether this page shows posts at all (a settings page does not: no "can't find posts" there). */
  pageKind(url: URL): PageKind;
  /** The element to observe for new posts: the feed, not the whole page. Null until it exists. */
  feedRoot(doc: Document): Element | null;
  /** Post elements in or under `root` (including `root` itself), outermost only, ads excluded. */
  findPosts(root: ParentNode): Element[];
  /** The post element a changed node belongs to, or null if it belongs to none (or to an ad). */
  postOf(node: Node): Element | null;
  readPost(el: Element, ctx: ReadContext): ReadResult;
  /**
   * A post's id and author as `readPost` finds them, and nothing else: all that is needed to place an own
   * post's badge in the page's frame, while reading it waits for a task of its own (lib/page/capture.ts).
   * Null where `readPost` finds no id. A site without it is read in the frame.
   */
  identify?(el: Element, ctx: ReadContext): PostIdentity | null;
  /**
   * How many things on the page look like posts (links to posts with a time, say) but sit in no post
   * container the adapter knows: on a page the adapter still understands there are none, so some, with
   * no post found, means the site's markup has changed.
   */
  postSigns(doc: Document): number;
  /** The logged-in account, when the page shows it. */
  viewer(doc: Document): AccountRef | null;
  /** The account whose profile or post is being viewed, from the URL and page. */
  pageAccount(doc: Document, url: URL): AccountRef | null;
  /** Where the badge goes inside a post element; null if the post has no place for it. */
  badgeAnchor(el: Element): { parent: Element; before: Node | null } | null;
}
