// Reading a Threads post's counts. The action bar's buttons (Like, Comment, Repost, Share) show each number
// beside its icon, exact below 1,000 and abbreviated above (`2.7K`: a range). The Repost button's number is
// reposts and quotes together, so it is split only by the page data's exact repost_count and quote_count, and
// only when they add up to what the button shows; else neither is stored (never the total as reposts). The
// Share button counts sends, which no metric holds. A button without a number is zero, or a count its author hid
// (hidden from others, not from the author, as on Instagram; UNVERIFIED on Threads, whose real capture shows no
// zero): it is 0 only where the page data says so or the viewer wrote the post.
import { type Count, exactCount, type Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import type { PostData } from './json';
import { ownAll } from './scope';
import { ACTION_LABELS, ACTION_ORDER, type Action, TH } from './selectors';

type CountsResult = { ok: true; metrics: Metrics; hidden?: 'likes'[] } | { ok: false; reason: string };

/** The action buttons in the post itself: labelled buttons, the menu and other posts' cards excepted. */
function actionButtons(post: Element, cards: Element[]): Element[] {
  const buttons: Element[] = [];
  for (const svg of ownAll(post, TH.actionIcon.css)) {
    const b = svg.closest('[role="button"]');
    if (!b || !post.contains(b) || b.matches(TH.menu.css) || buttons.includes(b)) continue;
    if (!cards.some((c) => c.contains(b))) buttons.push(b);
  }
  return buttons;
}

/**
 * The action bar: buttons are grouped by the nearest element they share with another button, and the bar is
 * the post's last group of three or more (a carousel's "Audio is muted" buttons come before it, a lone button
 * after it is no group).
 */
export function actionBar(post: Element, cards: Element[] = []): { bar: Element; buttons: Element[] } | null {
  const buttons = actionButtons(post, cards);
  const groups = new Map<Element, Element[]>();
  for (const b of buttons) {
    for (let n = b.parentElement; n && n !== post; n = n.parentElement) {
      if (!buttons.some((x) => x !== b && n.contains(x))) continue;
      groups.set(n, [...(groups.get(n) ?? []), b]);
      break;
    }
  }
  let bar: { bar: Element; buttons: Element[] } | null = null;
  for (const [el, members] of groups) if (members.length >= 3) bar = { bar: el, buttons: members };
  return bar;
}

/** What each button counts: by its label, else by its place when the bar has Threads' four buttons. */
function actionsOf(buttons: Element[]): (Action | null)[] {
  const byLabel = buttons.map((b) => {
    const label = b.querySelector('svg[aria-label]')?.getAttribute('aria-label')?.trim().toLowerCase() ?? '';
    return ACTION_LABELS.get(label) ?? null;
  });
  const fits = buttons.length === ACTION_ORDER.length && byLabel.every((a, i) => !a || a === ACTION_ORDER[i]);
  return fits ? ACTION_ORDER.slice() : byLabel;
}

/** The text a button shows, without its icon's <title> ("Like268" is "268"). */
function shownText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1 && (c as Element).localName !== 'svg') walk(c);
    }
  };
  walk(el);
  return out.trim();
}

const within = (n: number | undefined, c: Count): n is number =>
  n !== undefined && n >= c.min && (c.max === null || n <= c.max);

type Shown = Partial<Record<Action, Count | 'none'>>;

function shownCounts(buttons: Element[], locale: string): Shown | string {
  const shown: Shown = {};
  for (const [i, action] of actionsOf(buttons).entries()) {
    if (!action || shown[action]) continue;
    const text = shownText(buttons[i]!);
    if (!/\p{Nd}/u.test(text)) {
      shown[action] = 'none';
      continue;
    }
    const count = parseCount(text, locale);
    if (!count) return `the ${action} count shown can't be read`;
    shown[action] = count;
  }
  return shown;
}

/**
 * One count: the page data's exact number where it falls in the range the page shows, else that range; for a
 * button without a number, 0 when the data says so or the viewer wrote the post, else nothing.
 */
function countOf(shown: Count | 'none', exact: number | undefined, zero: boolean): Count | undefined {
  if (shown !== 'none') return within(exact, shown) ? exactCount(exact) : shown;
  return exact === 0 || (exact === undefined && zero) ? exactCount(0) : undefined;
}

export function readCounts(
  post: Element,
  cards: Element[],
  locale: string,
  data: PostData | null,
  zero: boolean,
): CountsResult {
  const found = actionBar(post, cards);
  if (!found) return { ok: false, reason: 'no counts found: the action bar is missing' };
  const shown = shownCounts(found.buttons, locale);
  if (typeof shown === 'string') return { ok: false, reason: shown };
  const metrics: Metrics = {};
  const hidden = shown.likes === 'none' && data?.likesHidden ? (['likes'] as 'likes'[]) : undefined;
  const likes = shown.likes && !hidden ? countOf(shown.likes, data?.likes, zero) : undefined;
  const comments = shown.comments ? countOf(shown.comments, data?.replies, zero) : undefined;
  if (likes) metrics.likes = likes;
  if (comments) metrics.comments = comments;
  // Reposts and quotes: their sum is what the button shows.
  const both =
    data?.reposts !== undefined && data.quotes !== undefined ? data.reposts + data.quotes : undefined;
  const total = shown.reposts ? countOf(shown.reposts, both, zero) : undefined;
  if (total && total.min === total.max) {
    const split = total.value === 0 ? [0, 0] : both === total.value ? [data!.reposts!, data!.quotes!] : null;
    if (split) {
      metrics.shares = exactCount(split[0]!);
      metrics.quotes = exactCount(split[1]!);
    }
  }
  if (Object.keys(metrics).length === 0)
    return hidden
      ? { ok: false, reason: 'likes hidden by the author, and no other count shown' }
      : { ok: false, reason: 'no counts shown in the action bar' };
  return { ok: true, metrics, ...(hidden ? { hidden } : {}) };
}
