// Display formatting shared by the popup and dashboard. Pure.
import type { Count, Metric } from '@/lib/core/metrics';
import { isSiteId, siteInfo } from '@/lib/sites/catalog';
import { compactNumber, isOne, wholeNumber } from './numbers';

/** What the site calls a metric (X says replies and reposts, Mastodon favourites and boosts…), plural. */
export function metricName(platform: string, metric: Metric): string {
  return isSiteId(platform) ? siteInfo(platform).metricNames[metric] : metric;
}

/**
 * The one form of each word the sites use for their counts (lib/sites/<site>/site.ts metricNames, which
 * are plural). tests/components/popup-words.test.tsx checks every site's every word has one here.
 */
const ONE: Readonly<Record<string, string>> = {
  likes: 'like',
  comments: 'comment',
  shares: 'share',
  quotes: 'quote',
  saves: 'save',
  views: 'view',
  replies: 'reply',
  reposts: 'repost',
  'reposts and quotes': 'repost or quote',
  favourites: 'favourite',
  favorites: 'favorite',
  boosts: 'boost',
  bookmarks: 'bookmark',
  reactions: 'reaction',
  impressions: 'impression',
  upvotes: 'upvote',
};

// The interface is in English; numbers.ts says which counts take the "one" form (1, not 1.0K).
/** The site's word for a count of `n`: "1 reply", "2 replies", "0 replies". */
export function countWord(platform: string, metric: Metric, n: number): string {
  const many = metricName(platform, metric);
  return isOne(n) ? (ONE[many] ?? many) : many;
}

/** A plain count of things: "1 post", "3 posts", "1 snapshot". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${wholeNumber(n)} ${isOne(n) ? one : many}`;
}

/** An account as its site writes it: `@LumenRoasters`, `@lumen@mastodon.social`, `u/lumen`, `company/lumen`. */
export function showAccount(platform: string, handle: string): string {
  return isSiteId(platform) ? siteInfo(platform).accounts.show(handle) : handle;
}

export function siteName(platform: string): string {
  return isSiteId(platform) ? siteInfo(platform).name : platform;
}

/**
 * A count and the site's word for it, as a sentence says it: "320 likes", "1 reply", "about 2,300 views
 * (the page shows 2.3K: between 2,250 and 2,349)", "at least 99 comments". What a screen reader announces
 * for a metric, and its tooltip.
 */
export function spokenCount(platform: string, metric: Metric, c: Count): string {
  const word = countWord(platform, metric, c.value);
  if (c.min === c.max) return `${wholeNumber(c.value)} ${word}`;
  if (c.max === null)
    return `at least ${wholeNumber(c.min)} ${word}: the page shows ${compactNumber(c.min)}+`;
  return (
    `about ${wholeNumber(c.value)} ${word}: the page shows an abbreviated number, ` +
    `between ${wholeNumber(c.min)} and ${wholeNumber(c.max)}`
  );
}

/** Exact counts in full; ranges as `~2.3K`, with the range spelled out for a tooltip. */
export function formatCount(c: Count): { text: string; title: string } {
  if (c.min === c.max) {
    return {
      text: c.value >= 100_000 ? compactNumber(c.value) : wholeNumber(c.value),
      title: wholeNumber(c.value),
    };
  }
  if (c.max === null)
    return {
      text: `${compactNumber(c.min)}+`,
      title: `The page shows an open-ended number: at least ${wholeNumber(c.min)}`,
    };
  return {
    text: `~${compactNumber(c.value)}`,
    title: `The page shows an abbreviated number: between ${wholeNumber(c.min)} and ${wholeNumber(c.max)}`,
  };
}

export function formatAge(ms: number): string {
  const h = ms / 3600e3;
  if (h < 1) return `${Math.max(1, Math.round(h * 60))}m`;
  if (h < 48) return `${Math.round(h)}h`;
  return `${Math.round(h / 24)}d`;
}
