// X (x.com, twitter.com). Site knowledge lives in x.table.ts; this file only applies it.

import { type Count, exactCount, type Metric, type Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import type { PostFormat, ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import {
  GROUP_LABEL_ORDER,
  GROUP_LABEL_WORDS,
  RESERVED_PATHS,
  STATUS_PATH,
  X,
  X_EPOCH_MS,
  X_HOSTS,
} from './selectors';

/** Publication time encoded in a snowflake id (ids from 2010-11 on). */
export function snowflakeTime(id: string): number | null {
  if (!/^\d{15,25}$/.test(id)) return null;
  const ms = Number((BigInt(id) >> 22n) + X_EPOCH_MS);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * True when `el` belongs to `post` itself rather than to a post embedded in it: a quoted post is a
 * `div[role=link]` card (real profile capture, 2025-12) or, when unavailable, a nested article.
 */
function inOwnScope(el: Element, post: Element): boolean {
  for (let n: Element | null = el; n && n !== post; n = n.parentElement) {
    if (n.tagName === 'ARTICLE') return false;
    if (n.getAttribute('role') === 'link' && n.tagName !== 'A') return false;
  }
  return true;
}

function ownAll(post: Element, selector: string): Element[] {
  return Array.from(post.querySelectorAll(selector)).filter((el) => inOwnScope(el, post));
}

function ownFirst(post: Element, selector: string): Element | null {
  for (const el of post.querySelectorAll(selector)) if (inOwnScope(el, post)) return el;
  return null;
}

function permalinkOf(post: Element): { author: string; id: string; link: Element } | null {
  for (const a of ownAll(post, 'a[href*="/status/"]')) {
    if (!a.querySelector('time')) continue;
    const m = STATUS_PATH.exec(pathOf(a.getAttribute('href') ?? ''));
    if (m?.[1] && m[2]) return { author: m[1], id: m[2], link: a };
  }
  return null;
}

function pathOf(href: string): string {
  try {
    return new URL(href, 'https://x.com').pathname;
  } catch {
    return '';
  }
}

/** A count from an aria-label whose number leads, in any UI language (`553 Likes. Like`, `1551 件のいいね。…`). */
function labelCount(el: Element | null, locale: string): Count | null {
  const label = el?.getAttribute('aria-label');
  return label ? parseCount(label, locale) : null;
}

/** One action button: exact count from its label, else the visible (abbreviated) text, else 0 when X drew none. */
function buttonCount(button: Element, locale: string): Count {
  const fromLabel = labelCount(button, locale);
  if (fromLabel) return fromLabel;
  const text = button.querySelector(X.visibleCount)?.textContent?.trim() ?? '';
  const fromText = text ? parseCount(text, locale) : null;
  // X renders no number at all for zero (real captures: empty span, label "Reply").
  return fromText ?? exactCount(0);
}

/**
 * The action bar's label lists every non-zero count (`48 replies, 152 reposts, 553 likes, 9 bookmarks,
 * 30142 views`). Segments are named by known words, else aligned by X's fixed order against the counts
 * the buttons already gave.
 */
export function parseGroupLabel(label: string, locale: string, known: Metrics): Metrics | null {
  const segments = label
    .split(/[、，،;]|,(?!\d{3}(?!\d))/)
    .map((s) => s.trim())
    .filter(Boolean);
  const counts = segments.map((s) => parseCount(s, locale));
  if (counts.some((c) => !c)) return null;
  const named: Metrics = {};
  let allNamed = true;
  segments.forEach((s, i) => {
    const metric = GROUP_LABEL_WORDS.find(([re]) => re.test(s))?.[1];
    if (metric && !named[metric]) named[metric] = counts[i]!;
    else allNamed = false;
  });
  if (allNamed) return named;
  return alignByOrder(counts as Count[], known);
}

function alignByOrder(counts: Count[], known: Metrics): Metrics | null {
  const out: Metrics = {};
  let i = 0;
  GROUP_LABEL_ORDER.forEach((metric, k) => {
    const have = known[metric];
    if (have) {
      if (have.value === 0) return;
      if (counts[i]?.value === have.value) out[metric] = counts[i++]!;
      return;
    }
    // Unknown metric: it is present iff more segments remain than known non-zero metrics after it.
    const laterKnown = GROUP_LABEL_ORDER.slice(k + 1).filter((m) => (known[m]?.value ?? 0) > 0).length;
    if (counts.length - i > laterKnown) out[metric] = counts[i++]!;
  });
  return i === counts.length ? out : null;
}

function readMetrics(post: Element, ctx: ReadContext): Metrics | null {
  const metrics: Metrics = {};
  const locale = ctx.locale;
  for (const [metric, selectors] of Object.entries(X.buttons) as [Metric, string[]][]) {
    const button = selectors.map((s) => ownFirst(post, s)).find(Boolean);
    if (!button) continue;
    const fromLabel = labelCount(button, locale);
    // A bookmark button's bare label ("Bookmark") says nothing: its count lives in the action bar label.
    if (metric === 'saves' && !fromLabel) continue;
    metrics[metric] = metric === 'saves' ? fromLabel! : buttonCount(button, locale);
  }
  const viewsLink = ownFirst(post, X.viewsLink);
  if (viewsLink) {
    const text = viewsLink.querySelector(X.visibleCount)?.textContent?.trim() ?? '';
    const views = labelCount(viewsLink, locale) ?? (text ? parseCount(text, locale) : null);
    if (views) metrics.views = views;
  }
  // Usually "View quotes" with no number; older layouts wrote "12 Quotes" as the link's text.
  const quotesLink = ownFirst(post, X.quotesLink);
  const quotes = labelCount(quotesLink, locale) ?? parseCount(quotesLink?.textContent ?? '', locale);
  if (quotes) metrics.quotes = quotes;

  const bar = ownAll(post, X.actionBar).pop();
  const barLabel = bar?.getAttribute('aria-label');
  if (barLabel) {
    const fromBar = parseGroupLabel(barLabel, locale, metrics);
    if (fromBar) {
      for (const m of GROUP_LABEL_ORDER) if (!metrics[m] && fromBar[m]) metrics[m] = fromBar[m];
      // The label leaves out zero counts; bookmarks have no other source on timelines.
      if (!metrics.saves) metrics.saves = exactCount(0);
    }
  }
  const readable = metrics.comments || metrics.shares || metrics.likes;
  return readable ? metrics : null;
}

function formatOf(post: Element): PostFormat {
  if (ownFirst(post, X.video)) return 'video';
  const photos = ownAll(post, X.photo).length;
  if (photos > 1) return 'carousel';
  if (photos === 1) return 'image';
  if (ownFirst(post, X.poll)) return 'poll';
  return 'text';
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  const link = permalinkOf(post);
  if (!link)
    return { ok: false, problem: { platform: 'x', reason: 'no permalink with a time: not a readable post' } };
  const { author, id } = link;
  const url = `https://x.com/${author}/status/${id}`;
  const metrics = readMetrics(post, ctx);
  if (!metrics) {
    return {
      ok: false,
      problem: {
        platform: 'x',
        id,
        url,
        author,
        reason: 'no counts found: the action bar is missing or empty',
      },
    };
  }
  const datetime = link.link.querySelector('time')?.getAttribute('datetime');
  const fromTime = datetime ? Date.parse(datetime) : Number.NaN;
  const publishedAt = Number.isFinite(fromTime) ? fromTime : snowflakeTime(id);
  return { ok: true, post: { platform: 'x', id, url, author, publishedAt, format: formatOf(post), metrics } };
}

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
function isElement(n: Node | ParentNode): n is Element {
  return (n as Node).nodeType === 1;
}

function isPromoted(el: Element): boolean {
  return el.closest(X.promoted) !== null;
}

function outermost(post: Element): Element {
  let top = post;
  for (let up = top.parentElement?.closest(X.post); up; up = up.parentElement?.closest(X.post)) top = up;
  return top;
}

function handleFromPath(path: string): string | null {
  const first = path.split('/')[1] ?? '';
  if (!/^[A-Za-z0-9_]{1,20}$/.test(first) || RESERVED_PATHS.has(first.toLowerCase())) return null;
  return first;
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: (url) => X_HOSTS.includes(url.hostname),
  feedRoot(doc) {
    for (const s of X.feed) {
      const el = doc.querySelector(s);
      if (el) return el;
    }
    return null;
  },
  findPosts(root) {
    const found: Element[] = [];
    if (isElement(root) && root.matches(X.post)) {
      const top = outermost(root);
      return isPromoted(top) ? [] : [top];
    }
    for (const el of root.querySelectorAll(X.post)) {
      if (el.parentElement?.closest(X.post)) continue;
      if (isPromoted(el)) continue;
      found.push(el);
    }
    return found;
  },
  postOf(node) {
    const el = isElement(node) ? node : node.parentElement;
    const post = el?.closest(X.post);
    if (!post) return null;
    const top = outermost(post);
    return isPromoted(top) ? null : top;
  },
  readPost,
  viewer(doc) {
    const link = doc.querySelector(X.viewerLink);
    const fromLink = link ? handleFromPath(pathOf(link.getAttribute('href') ?? '')) : null;
    if (fromLink) return fromLink;
    const text = doc.querySelector(X.accountSwitcher)?.textContent ?? '';
    return /@([A-Za-z0-9_]{1,20})/.exec(text)?.[1] ?? null;
  },
  pageAccount(_doc, url) {
    return handleFromPath(url.pathname);
  },
  badgeAnchor(post) {
    const bar = ownAll(post, X.actionBar).pop();
    if (bar?.parentElement) return { parent: bar.parentElement, before: bar.nextSibling };
    const name = ownFirst(post, X.userName);
    if (name?.parentElement) return { parent: name.parentElement, before: name.nextSibling };
    return { parent: post, before: null };
  },
};
