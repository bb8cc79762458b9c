// Reading an X post's counts: exact numbers from the buttons' and the action bar's labels, else the
// visible abbreviated text as a range. A count that is shown but can't be read makes the post
// unreadable: it is never taken as zero.
import { type Count, exactCount, type Metric, type Metrics } from '@/lib/core/metrics';
import type { Selector } from '@/lib/sites/selector';
import { parseCount, parseLabelCount } from '@/lib/sites/shared/count/count';
import { actionBarOf, ownFirst } from './scope';
import { GROUP_LABEL_ORDER, GROUP_LABEL_WORDS, X } from './selectors';

/** A count from an aria-label whose number leads, in any UI language (`553 Likes. Like`, `1551 件のいいね。…`). */
function labelCount(el: Element | null, locale: string): Count | null {
  const label = el?.getAttribute('aria-label');
  return label ? parseLabelCount(label, locale) : null;
}

const hasDigit = (s: string) => /\p{Nd}/u.test(s);

/**
 * One action button: the exact count in its label (`fromLabel`, read once by the caller), else the
 * visible (abbreviated) text; 0 only when X drew no number at all (real captures: an empty span and the
 * bare label "Reply"). Null when a number is shown that can't be read (`-5`, a run of 22 digits).
 */
function buttonCount(button: Element, fromLabel: Count | null, locale: string): Count | null {
  if (fromLabel) return fromLabel;
  const label = button.getAttribute('aria-label') ?? '';
  const text = button.querySelector(X.visibleCount.css)?.textContent?.trim() ?? '';
  if (text) return parseCount(text, locale);
  return hasDigit(label) ? null : exactCount(0);
}

/** The action bar's label cut into its counts, and what its words name of them (`all`: every one named). */
interface GroupLabel {
  counts: Count[];
  named: Metrics;
  all: boolean;
}

/**
 * The action bar's label lists every non-zero count (`48 replies, 152 reposts, 553 likes, 9 bookmarks,
 * 30142 views`). Segments are named by known words, else aligned by X's fixed order against the counts
 * the buttons gave (alignByOrder).
 */
function splitGroupLabel(label: string, locale: string): GroupLabel | null {
  const segments = label
    .split(/[、，،;]|,(?!\d{3}(?!\d))/)
    .map((s) => s.trim())
    .filter(Boolean);
  const counts = segments.map((s) => parseLabelCount(s, locale));
  if (counts.some((c) => !c)) return null;
  const named: Metrics = {};
  let all = true;
  segments.forEach((s, i) => {
    const metric = GROUP_LABEL_WORDS.find(([re]) => re.test(s))?.[1];
    if (metric && !named[metric]) named[metric] = counts[i]!;
    else all = false;
  });
  return { counts: counts as Count[], named, all };
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

function firstIn(root: Element, s: Selector | readonly Selector[]): Element | null {
  for (const { css } of Array.isArray(s) ? s : [s]) {
    const el = root.querySelector(css);
    if (el) return el;
  }
  return null;
}

export type CountsResult = { ok: true; metrics: Metrics } | { ok: false; reason: string };

/** `focused`: the page is a post's own (`/status/`), the only page whose focused post has a quotes link. */
export function readCounts(post: Element, locale: string, focused: boolean): CountsResult {
  const metrics: Metrics = {};
  const bar = actionBarOf(post);
  const barLabel = bar?.getAttribute('aria-label');
  const group = barLabel ? splitGroupLabel(barLabel, locale) : null;
  // A label whose words name each count (English, Japanese) holds every non-zero count exactly: a button
  // or link is asked only for a count it leaves out (a zero, or a number only the button shows). Asking
  // each button's label too was about a quarter of reading a post (profiled on the x-read bench's pages).
  const told = group?.all ? group.named : {};
  // The buttons sit in the action bar: looked for there first, a few dozen elements instead of the post.
  // What the bar holds is the post's own (no post is embedded in a bar): no scope check walking up from it.
  const own = (s: Selector | readonly Selector[]) => (bar && firstIn(bar, s)) || ownFirst(post, s);
  for (const [metric, selectors] of Object.entries(X.buttons) as [Metric, typeof X.buttons.likes][]) {
    if (told[metric]) {
      metrics[metric] = told[metric];
      continue;
    }
    const button = own(selectors);
    if (!button) continue;
    const fromLabel = labelCount(button, locale);
    // A bookmark button's bare label ("Bookmark") says nothing: its count lives in the action bar label.
    if (metric === 'saves') {
      if (fromLabel) metrics.saves = fromLabel;
      continue;
    }
    const count = buttonCount(button, fromLabel, locale);
    if (!count) return { ok: false, reason: `the ${metric} count shown can't be read` };
    metrics[metric] = count;
  }
  const viewsLink = told.views ? null : own(X.viewsLink);
  if (viewsLink) {
    const text = viewsLink.querySelector(X.visibleCount.css)?.textContent?.trim() ?? '';
    const views = labelCount(viewsLink, locale) ?? (text ? parseCount(text, locale) : null);
    if (views) metrics.views = views;
  }
  // Usually "View quotes" with no number; older layouts wrote "12 Quotes" as the link's text. Not looked
  // for on a timeline, where no post has one: a search that finds nothing walks the whole post
  // (5-10 µs a real post).
  const quotesLink = focused && !told.quotes ? ownFirst(post, X.quotesLink) : null;
  const quotes =
    told.quotes ?? labelCount(quotesLink, locale) ?? parseCount(quotesLink?.textContent ?? '', locale);
  if (quotes) metrics.quotes = quotes;

  const fromBar = group && (group.all ? group.named : alignByOrder(group.counts, metrics));
  if (fromBar) {
    for (const m of GROUP_LABEL_ORDER) if (!metrics[m] && fromBar[m]) metrics[m] = fromBar[m];
    // The label leaves out zero counts; bookmarks have no other source on timelines.
    if (!metrics.saves) metrics.saves = exactCount(0);
  }
  if (!metrics.comments && !metrics.shares && !metrics.likes)
    return { ok: false, reason: 'no counts found: the action bar is missing or empty' };
  // X draws no number for a zero, so markup that lost its numbers would read as zeros on every post. A
  // post anyone saw shows its views as a number (its analytics link, or the action bar's label): one where
  // no count at all is a number is not read.
  if (Object.values(metrics).every((c) => c.value === 0))
    return { ok: false, reason: 'no count is shown as a number: X may have changed how it draws them' };
  return { ok: true, metrics };
}
