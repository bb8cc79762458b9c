// Reading an Instagram post's counts. Since 2025 each count sits beside its icon in the action bar, as
// visible text (`137`, `1.204`, `138.7K`): exact when written out, a range when abbreviated. A count the
// page does not show is absent, never 0: hidden likes ("Liked by … and others") leave likes out.
import type { Metric, Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { postLinkOf } from './paths';
import { hasDigit, shownText } from './scope';
import { ICON_METRICS, IG } from './selectors';

type CountsResult = { ok: true; metrics: Metrics; hidden?: Metric[] } | { ok: false; reason: string };

/** The post's action bar: the first <section> with labelled buttons that is not the comment box. */
export function actionBar(post: Element): Element | null {
  for (const s of post.querySelectorAll('section'))
    if (!s.querySelector(IG.commentBox.css) && s.querySelector(IG.actionIcon.css)) return s;
  return null;
}

/** What an icon counts: by its label, else by its place (like first, comment second), else nothing. */
function metricOf(icon: Element, index: number): Metric | null {
  const label = icon.getAttribute('aria-label')?.trim().toLowerCase() ?? '';
  return ICON_METRICS.get(label) ?? (index === 0 ? 'likes' : index === 1 ? 'comments' : null);
}

/** Each count beside the icon it follows (`<icon> 137 <icon> 5`), read in the page's language. */
function barCounts(bar: Element, locale: string): CountsResult {
  const metrics: Metrics = {};
  let icons = 0;
  let current: Metric | null = null;
  for (const el of bar.querySelectorAll(`${IG.actionIcon.css}, ${IG.countButton.css}`)) {
    if (el.tagName.toLowerCase() === 'svg') {
      current = metricOf(el, icons++);
      continue;
    }
    if (el.querySelector('svg')) continue;
    const text = shownText(el).trim();
    if (!hasDigit(text) || !current || metrics[current]) continue;
    const count = parseCount(text, locale);
    if (!count) return { ok: false, reason: `the ${current} count shown can't be read` };
    metrics[current] = count;
  }
  return { ok: true, metrics };
}

/**
 * Older layout: "1,234 likes" in the post's own link to its likers. "Liked by … and others" links there
 * with no number: the account hides its likes.
 */
function likedByCount(post: Element, code: string, locale: string): CountsResult | null {
  for (const a of post.querySelectorAll(IG.likedBy.css)) {
    const href = (a.getAttribute('href') ?? '').replace(/liked_by\/$/, '');
    if (postLinkOf(href)?.code !== code) continue;
    const text = shownText(a).trim();
    if (!hasDigit(text)) return { ok: true, metrics: {}, hidden: ['likes'] };
    const likes = parseCount(text, locale);
    return likes
      ? { ok: true, metrics: { likes } }
      : { ok: false, reason: "the likes count shown can't be read" };
  }
  return null;
}

export function readCounts(post: Element, code: string, locale: string): CountsResult {
  const bar = actionBar(post);
  if (!bar) return { ok: false, reason: 'no counts found: the action bar is missing' };
  const counts = barCounts(bar, locale);
  if (!counts.ok) return counts;
  const metrics = counts.metrics;
  let hidden: Metric[] | undefined;
  if (!metrics.likes) {
    const older = likedByCount(post, code, locale);
    if (older && !older.ok) return older;
    if (older?.ok && older.metrics.likes) metrics.likes = older.metrics.likes;
    hidden = older?.ok ? older.hidden : undefined;
  }
  if (Object.keys(metrics).length === 0)
    return {
      ok: false,
      reason: hidden
        ? 'likes hidden by the account, and no other count shown'
        : 'no counts shown beside the like and comment buttons',
    };
  return { ok: true, metrics, ...(hidden ? { hidden } : {}) };
}
