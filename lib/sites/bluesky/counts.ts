// Reading a Bluesky post's counts. Replies and likes are exact in their buttons' labels ("Reply (124
// replies)", "Like (3,817 likes)", in the app's language); the repost button shows only the abbreviated sum
// of reposts and quotes (`622`, `2.1K`), stored as `shares` (lib/sites/bluesky/site.ts names it so): the
// quotes Bluesky counts apart on a thread page are not stored apart, or the score would count them twice.
// Bluesky draws no number for 0, but its reply and like labels always hold one ("Reply (0 replies)":
// `plural(post.replyCount || 0, …)` in social-app's src/components/PostControls/index.tsx): a post whose
// counts are all 0 and whose labels hold no number is markup that changed, not a post nobody engaged with,
// and is not read. A number shown that can't be read makes the post unreadable too.
import { type Count, exactCount, type Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { ownFirst } from './scope';
import { BSKY } from './selectors';

export type CountsResult = { ok: true; metrics: Metrics } | { ok: false; reason: string };

const hasDigit = (s: string) => /\p{Nd}/u.test(s);

/** A button's count: its label's number, else the number it shows, else 0 when it shows none. */
function buttonCount(button: Element, shown: Element | null, locale: string): Count | null {
  const label = button.getAttribute('aria-label') ?? '';
  if (hasDigit(label)) return parseCount(label, locale);
  const text = (shown ?? button).textContent?.trim() ?? '';
  return hasDigit(text) ? parseCount(text, locale) : exactCount(0);
}

/**
 * The repost button: by its testid (logged in), by its count, else the button beside the reply button,
 * which has no testid when logged out (the real capture's buttons sit in one wrapper each, in a row).
 */
function repostButton(post: Element, reply: Element | null): Element | null {
  const byId = ownFirst(post, BSKY.repostBtn) ?? ownFirst(post, BSKY.repostCount)?.closest('button');
  if (byId) return byId;
  const button = reply?.parentElement?.nextElementSibling?.querySelector('button, [role="button"]');
  return button && !button.hasAttribute('data-testid') ? button : null;
}

/** Saves on a thread's focused post, "6 saves": absent elsewhere, and absent (not 0) when not shown. */
function savesOf(post: Element, locale: string): Count | null | undefined {
  const text = ownFirst(post, BSKY.savesExpanded)?.textContent?.trim();
  return text === undefined ? undefined : parseCount(text, locale);
}

export function readCounts(post: Element, locale: string): CountsResult {
  const metrics: Metrics = {};
  const reply = ownFirst(post, BSKY.replyBtn);
  const like = ownFirst(post, BSKY.likeBtn);
  if (!reply && !like) return { ok: false, reason: 'no counts found: the action bar is missing' };
  const repost = repostButton(post, reply);
  const sources = [
    ['comments', reply, null],
    ['shares', repost, repost?.querySelector(BSKY.repostCount.css) ?? null],
    ['likes', like, like?.querySelector(BSKY.likeCount.css) ?? null],
  ] as const;
  for (const [metric, button, shown] of sources) {
    if (!button) continue;
    const count = buttonCount(button, shown, locale);
    if (!count) return { ok: false, reason: `the ${metric} count shown can't be read` };
    metrics[metric] = count;
  }
  const saves = savesOf(post, locale);
  if (saves === null) return { ok: false, reason: "the saves count shown can't be read" };
  if (saves) metrics.saves = saves;
  const labelled = [reply, like].some((b) => hasDigit(b?.getAttribute('aria-label') ?? ''));
  if (!labelled && Object.values(metrics).every((c) => c.value === 0))
    return { ok: false, reason: 'no count is shown as a number: Bluesky may have changed how it draws them' };
  return { ok: true, metrics };
}

/** The row of action buttons: the nearest element holding both the reply and the like button. */
export function actionBar(post: Element): Element | null {
  const reply = ownFirst(post, BSKY.replyBtn);
  const like = ownFirst(post, BSKY.likeBtn);
  let bar = reply ?? like;
  while (bar && like && !bar.contains(like)) bar = bar.parentElement;
  return bar && bar !== post && post.contains(bar) ? bar : null;
}
