// Reading a Mastodon post's counts. Timelines show the reply counter always, boosts and favourites only
// where `withCounters` is set (profiles); a status page shows boosts and favourites in the detailed
// status. A counter that isn't rendered is a metric the page doesn't show: absent, never 0. Mastodon has
// no views and no bookmark counts, so those are never set.
import type { Count, Metric, Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { ownAll, ownFirst } from './scope';
import { MASTODON as M } from './selectors';

export type CountsResult = { ok: true; metrics: Metrics } | { ok: false; reason: string };

/**
 * The text an AnimatedNumber shows. Mid-animation it holds the leaving and the arriving number, one of
 * them absolutely placed; the one in the flow is what the page settles on (the observer re-reads after).
 */
function numberText(el: Element): string {
  const animated = el.matches(M.animatedNumber.css) ? el : el.querySelector(M.animatedNumber.css);
  const spans = animated ? Array.from(animated.children) : [];
  if (spans.length > 1) {
    const inFlow = spans.find((s) => !/position:\s*absolute/i.test(s.getAttribute('style') ?? ''));
    return (inFlow ?? spans[spans.length - 1]!).textContent?.trim() ?? '';
  }
  return el.textContent?.trim() ?? '';
}

type Read = { count: Count } | { absent: true } | { unreadable: string };

/** What a post whose reply counter shows nothing is reported as. */
export const BLANK_REPLIES =
  'the reply counter shows no number: Mastodon may have changed how it draws counts';

/** One counter: `1.2K` as its range, `1+` (obfuscated by older servers) open-ended. */
function readCounter(counter: Element | null, metric: Metric, locale: string): Read {
  if (!counter) return { absent: true };
  const text = numberText(counter);
  // Mastodon writes the reply counter's number even for none ("0": AnimatedNumber, ShortNumber, and
  // obfuscatedCount on older servers): a blank one is markup that changed, never read as 0. An empty boost
  // or favourite counter says nothing.
  if (text === '') return metric === 'comments' ? { unreadable: BLANK_REPLIES } : { absent: true };
  const count = parseCount(text, locale);
  return count ? { count } : { unreadable: `the ${metric} count shown can't be read` };
}

function isBoost(button: Element): boolean {
  return M.boostIcon.some((s) => button.querySelector(s.css) !== null);
}

/** The action bar's buttons as Mastodon orders them in every version: reply, boost, favourite, … */
function barButtons(bar: Element): Partial<Record<Metric, Element>> {
  const buttons = ownAll(bar, M.button);
  const out: Partial<Record<Metric, Element>> = {};
  if (buttons[0]) out.comments = buttons[0];
  const boost = buttons.find(isBoost) ?? buttons[1];
  if (boost && boost !== buttons[0]) out.shares = boost;
  const favourite = buttons.find((b) => b.matches(M.favouriteButton.css));
  if (favourite) out.likes = favourite;
  return out;
}

function collect(sources: [Metric, Element | null][], locale: string): CountsResult {
  const metrics: Metrics = {};
  for (const [metric, el] of sources) {
    const r = readCounter(el, metric, locale);
    if ('unreadable' in r) return { ok: false, reason: r.unreadable };
    if ('count' in r) metrics[metric] = r.count;
  }
  if (!metrics.comments && !metrics.shares && !metrics.likes)
    return { ok: false, reason: 'no counts found: the action bar is missing or shows no counters' };
  return { ok: true, metrics };
}

/** Counts of a status in a list or thread: the counters inside its own action bar's buttons. */
export function readStatusCounts(post: Element, locale: string): CountsResult {
  const bar = ownFirst(post, M.actionBar);
  if (!bar) return { ok: false, reason: 'no counts found: the action bar is missing' };
  const buttons = barButtons(bar);
  const counterOf = (b: Element | undefined) => (b ? b.querySelector(M.counter.css) : null);
  return collect(
    [
      ['comments', counterOf(buttons.comments)],
      ['shares', counterOf(buttons.shares)],
      ['likes', counterOf(buttons.likes)],
    ],
    locale,
  );
}

/** Counts of the status page's main post: boosts and favourites in its meta lines; replies where shown. */
export function readDetailedCounts(post: Element, locale: string): CountsResult {
  const bar = ownFirst(post, M.detailedActionBar);
  const reply = bar ? ownFirst(bar, M.button) : null;
  return collect(
    [
      ['comments', reply?.querySelector(M.counter.css) ?? null],
      ['shares', ownFirst(post, M.detailedReblogs)],
      ['likes', ownFirst(post, M.detailedFavourites)],
    ],
    locale,
  );
}
