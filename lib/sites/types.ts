import type { Metrics } from '@/lib/core/metrics';

export type PlatformId =
  | 'x'
  | 'bluesky'
  | 'threads'
  | 'mastodon'
  | 'instagram'
  | 'facebook'
  | 'linkedin'
  | 'youtube'
  | 'tiktok'
  | 'reddit';

export type PostFormat = 'text' | 'image' | 'video' | 'carousel' | 'reel' | 'link' | 'poll';

/** Everything an adapter could read of one post. `author` is the handle without `@`, as the site spells it. */
export interface PostReading {
  platform: PlatformId;
  id: string;
  url: string;
  author: string;
  /** Epoch ms; null only when neither the page nor the id gives a time. */
  publishedAt: number | null;
  format?: PostFormat;
  metrics: Metrics;
}

/** A post that was found but cannot be read: reported, never stored as zeros. */
export interface UnreadablePost {
  platform: PlatformId;
  id?: string;
  url?: string;
  author?: string;
  reason: string;
}

export type ReadResult = { ok: true; post: PostReading } | { ok: false; problem: UnreadablePost };

/** What the adapter needs from the page around a post. */
export interface ReadContext {
  /** BCP 47 tag of the page's UI language (`<html lang>`), falling back to the browser's. */
  locale: string;
  /** The page URL, for resolving relative links. */
  url: URL;
}

/**
 * One per site. Adapters only read the DOM they are given: no network, no storage, no browser API,
 * so the same code runs in the content script and in `npm run extract` on a saved page.
 */
export interface SiteAdapter {
  id: PlatformId;
  name: string;
  /** True for page URLs this adapter reads. */
  matches(url: URL): boolean;
  /** The element to observe for new posts: the feed, not the whole page. Null until it exists. */
  feedRoot(doc: Document): Element | null;
  /** Post elements in or under `root` (including `root` itself), outermost only, ads excluded. */
  findPosts(root: ParentNode): Element[];
  /** The post element a changed node belongs to, or null if it belongs to none (or to an ad). */
  postOf(node: Node): Element | null;
  readPost(el: Element, ctx: ReadContext): ReadResult;
  /** The logged-in account's handle, when the page shows it. */
  viewer(doc: Document): string | null;
  /** The account whose profile or post is being viewed, from the URL and page. */
  pageAccount(doc: Document, url: URL): string | null;
  /** Where the badge goes inside a post element; null if the post has no place for it. */
  badgeAnchor(el: Element): { parent: Element; before: Node | null } | null;
}

/** Handles compare case-insensitively on every supported site; store them folded. */
export function normalizeHandle(handle: string): string {
  return handle.replace(/^@/, '').trim().toLowerCase();
}
