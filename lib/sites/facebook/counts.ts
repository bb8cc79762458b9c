// Reading a Facebook post's counts. The reactions total sits beside the reactions toolbar (real capture:
// "All reactions:" then "369"); comments, shares and views are words in the summary row ("782 comments").
// Facebook draws no count that is zero, and none at all when counts are hidden: what isn't shown is left
// out, never taken as 0. A count that is shown but can't be read makes the post unreadable.
import type { Count, Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import type { Reaction } from '@/lib/sites/types';
import { ownAll, ownFirst } from './scope';
import { ALL_REACTIONS, COUNT_WORDS, FB } from './selectors';

export type CountsResult =
  | { ok: true; metrics: Metrics; reactions?: Reaction[] }
  | { ok: false; reason: string };

/** A bare count: digits with separators and at most a short unit ("369", "1.2K", "1,2 Tsd.", "1,2万"). */
const BARE_COUNT = /^\p{Nd}[\p{Nd}\s.,'\u00a0\u202f]*[\p{L}.]{0,5}$/u;
/** A count and a word ("782 comments", "12 Mal geteilt"). */
const WORDED_COUNT = /^\p{Nd}[\p{Nd}\s.,'\u00a0\u202f]*[\p{L}.]{0,5}\s+\p{L}/u;

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

type Read = { count: Count } | { absent: true } | { unreadable: string };

/** The element showing the reactions total: beside the toolbar, else after the "All reactions:" label. */
function reactionsElement(post: Element): Element | null {
  const total = ownFirst(post, FB.reactionTotal);
  if (total) return total;
  for (const el of ownAll(post, 'div, span')) {
    if (el.childElementCount === 0 && ALL_REACTIONS.test(textOf(el))) return el.nextElementSibling;
  }
  return null;
}

function readReactions(post: Element, locale: string): Read {
  const el = reactionsElement(post);
  const text = el ? textOf(el) : '';
  if (!text) return { absent: true };
  // "You and 368 others" names people instead of a total: the total isn't shown as a number.
  if (!BARE_COUNT.test(text)) return { absent: true };
  const count = parseCount(text, locale);
  return count ? { count } : { unreadable: "the reactions count shown can't be read" };
}

/** "1,2 Tsd. Personen" → 1,2 Tsd.: the count is what reads as one once the trailing word is dropped. */
function countBeforeWord(text: string, locale: string): Count | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
    const count = parseCount(words.slice(0, n).join(' '), locale);
    if (count) return count;
  }
  return null;
}

/**
 * The top reactions the toolbar names, each button labelled "Love: 181 people" ("Gefällt mir: 1.073
 * Personen") in the real capture: the name before the last colon, the count after it. A label that
 * doesn't read that way is skipped: the breakdown is extra, the total is the count.
 */
function readBreakdown(post: Element, locale: string): Reaction[] {
  const toolbar = ownFirst(post, FB.reactionToolbar);
  const out: Reaction[] = [];
  for (const button of toolbar?.querySelectorAll('[role="button"][aria-label]') ?? []) {
    const label = button.getAttribute('aria-label') ?? '';
    const colon = label.lastIndexOf(':');
    const name = label.slice(0, colon).trim();
    const count = colon > 0 ? countBeforeWord(label.slice(colon + 1), locale) : null;
    if (name && name.length <= 40 && count) out.push({ name, count });
  }
  return out;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (DOM classes are not globals on Node). */
const FOLLOWING = 4;

/**
 * The summary row's worded counts, each by its word; a worded count in an unknown language is unreadable.
 * The row sits above the comments: what follows the first comment ("1 reply") is not the post's.
 */
function readWorded(post: Element, locale: string): { metrics: Metrics } | { unreadable: string } {
  const metrics: Metrics = {};
  const firstComment = post.querySelector(FB.article.css);
  // Up to the first article inside the post, and not one after: whatever lies in a comment or an embedded
  // post follows the first of them, so no other scope check is needed, and most of a post's are its comments'.
  for (const el of post.querySelectorAll(FB.summaryText.css)) {
    if (firstComment && firstComment.compareDocumentPosition(el) & FOLLOWING) break;
    if (el.parentElement?.closest(FB.summaryText.css)) continue;
    const text = textOf(el);
    if (!WORDED_COUNT.test(text)) continue;
    const metric = COUNT_WORDS.find(([re]) => re.test(text))?.[1];
    if (!metric) return { unreadable: `a count in words Resonance doesn't know: "${text.slice(0, 40)}"` };
    if (metrics[metric]) continue;
    const count = parseCount(text, locale);
    if (!count) return { unreadable: `the ${metric} count shown can't be read` };
    metrics[metric] = count;
  }
  return { metrics };
}

export function readCounts(post: Element, locale: string): CountsResult {
  const reactions = readReactions(post, locale);
  if ('unreadable' in reactions) return { ok: false, reason: reactions.unreadable };
  const worded = readWorded(post, locale);
  if ('unreadable' in worded) return { ok: false, reason: worded.unreadable };
  const metrics: Metrics = 'count' in reactions ? { likes: reactions.count } : {};
  Object.assign(metrics, worded.metrics);
  if (!metrics.likes && !metrics.comments && !metrics.shares)
    return { ok: false, reason: 'no counts found: the post shows no reactions, comments or shares' };
  const breakdown = metrics.likes ? readBreakdown(post, locale) : [];
  return { ok: true, metrics, ...(breakdown.length ? { reactions: breakdown } : {}) };
}
