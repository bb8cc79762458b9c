// Reading a LinkedIn card's counts: exact numbers from labels and attributes where the page has them,
// else the shown text through parseCount (which keeps the range of "1.2K"). LinkedIn draws a count only
// once it is above zero, so a count it does not draw is absent, never 0; a count it draws but that can't
// be read makes the post unreadable.
import { type Count, exactCount, type Metric, type Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { type Generation, ownAll, ownFirst, shortTexts, shownText } from './scope';
import { COUNT_WORDS, LI } from './selectors';

export type CountsResult = { ok: true; metrics: Metrics } | { ok: false; reason: string };

const hasDigit = (s: string) => /\p{Nd}/u.test(s);
const leadsWithNumber = (s: string) => /^\p{Nd}/u.test(s.trim());

/**
 * Which count a "<number> <word>" text names, by the words of the languages known: only the two words after
 * the number are looked at ("12 reposts of Comment Co’s post" is reposts; "1.2K reactions", "1,2 Mio. …").
 */
export function metricOfText(text: string): Metric | null {
  const words = text
    .replace(/^[\p{Nd}\s.,'\u00a0\u202f]+/u, '')
    .split(/\s+/, 2)
    .join(' ');
  return COUNT_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;
}

type Read = { count: Count } | { absent: true } | { unreadable: true };

/** A count from the first of `texts` that holds a number: a label's leading number, or a bare number. */
function countOf(texts: string[], locale: string): Read {
  const text = texts.find(hasDigit);
  if (text === undefined) return { absent: true };
  const count = parseCount(text, locale);
  return count ? { count } : { unreadable: true };
}

/** Only a number that leads its text: "Ada Byte and 11 others" is not a count of reactions we can trust. */
function leadingCountOf(texts: string[], locale: string): Read {
  const r = countOf(texts.filter(leadsWithNumber), locale);
  return 'absent' in r && texts.some(hasDigit) ? { unreadable: true } : r;
}

const labelOf = (el: Element | null | undefined) => el?.getAttribute('aria-label')?.trim() ?? '';

function collect(reads: [Metric, Read][]): CountsResult {
  const metrics: Metrics = {};
  for (const [metric, r] of reads) {
    if ('unreadable' in r) return { ok: false, reason: `the ${metric} count shown can't be read` };
    if ('count' in r && !metrics[metric]) metrics[metric] = r.count;
  }
  return { ok: true, metrics };
}

/** Legacy cards: the social-counts bar (reactions, comments, reposts) and, on own posts, impressions. */
function readLegacy(post: Element, locale: string): CountsResult {
  const bar = ownFirst(post, LI.legacy.countsBar);
  const reads: [Metric, Read][] = [];
  if (bar) {
    const reactions = bar.querySelector(LI.legacy.reactions.css);
    if (reactions) {
      const label = labelOf(reactions.querySelector('button[aria-label]'));
      const number = shownText(reactions.querySelector(LI.legacy.reactionsCount.css));
      reads.push(['likes', leadingCountOf([label, number, shownText(reactions)], locale)]);
    }
    const comments = bar.querySelector(LI.legacy.comments.css);
    if (comments)
      reads.push([
        'comments',
        countOf([labelOf(comments.querySelector('button')), shownText(comments)], locale),
      ]);
    for (const item of bar.querySelectorAll(LI.legacy.countItem.css)) {
      if (item === reactions || item === comments) continue;
      const text = [labelOf(item.querySelector('button')), shownText(item)].find(hasDigit) ?? '';
      // Reposts have no class of their own: told by their word; an item named by no known word is skipped.
      if (metricOfText(text) === 'shares') reads.push(['shares', countOf([text], locale)]);
    }
  }
  const impressions = ownFirst(post, LI.legacy.impressions);
  if (impressions) reads.push(['views', countOf([shownText(impressions)], locale)]);
  return collect(reads);
}

/** Guest cards: exact counts in `data-num-reactions` and `data-num-comments`; reposts are not shown. */
function readGuest(post: Element, locale: string): CountsResult {
  const exact = (el: Element | null, attr: string): Read => {
    const n = el?.getAttribute(attr)?.trim() ?? '';
    if (/^\d{1,12}$/.test(n)) return { count: exactCount(Number(n)) };
    return el ? countOf([labelOf(el), shownText(el)], locale) : { absent: true };
  };
  return collect([
    ['likes', exact(ownFirst(post, LI.guest.reactions), 'data-num-reactions')],
    ['comments', exact(ownFirst(post, LI.guest.comments), 'data-num-comments')],
  ]);
}

/** Current cards: short texts and labels written "<number> <word>" ("1,342 reactions", "48 comments"). */
function readCurrent(post: Element, locale: string): CountsResult {
  const reads: [Metric, Read][] = [];
  for (const el of shortTexts(post, 60)) {
    const label = labelOf(el);
    const text = leadsWithNumber(label) ? label : shownText(el);
    if (!leadsWithNumber(text)) continue;
    const metric = metricOfText(text);
    if (metric && metric !== 'quotes' && metric !== 'saves') reads.push([metric, countOf([text], locale)]);
  }
  return collect(reads);
}

/** Why a card shows no counts: none yet (its action bar is there), or its social bar is gone. */
function noCounts(post: Element): string {
  return ownAll(post, [LI.legacy.actionBar, LI.current.reactButton]).length > 0
    ? 'no counts shown yet'
    : 'no counts found: no social bar';
}

export function readCounts(post: Element, gen: Generation, locale: string): CountsResult {
  const r =
    gen === 'legacy'
      ? readLegacy(post, locale)
      : gen === 'guest'
        ? readGuest(post, locale)
        : readCurrent(post, locale);
  if (!r.ok) return r;
  if (Object.keys(r.metrics).length === 0) return { ok: false, reason: noCounts(post) };
  return r;
}
