// Reading a new Reddit post (`shreddit-post`): its id, link, author, time and counts are attributes of the
// element itself, exact. A crosspost embeds its source's card (another post's upvotes and comments) in its
// light DOM: nothing is read from there. The shadow root is looked at only for a count whose attribute is
// missing, and to see a score Reddit hides for a while (the vote area shows "Vote", no number).
import type { PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import { textField } from '@/lib/sites/shared/text';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { ownChild, shadowOf } from './scope';
import { REDDIT, SHADOW } from './selectors';
import { redditSite } from './site';
import { attrCount, faceplateCount, formatOfDomain, idOf, isoTime, postLink, type Read } from './values';

type Counts = { ok: true; metrics: Metrics; scoreHidden: boolean } | { ok: false; reason: string };

/** Reddit's own post types (REAL-NEW `post-type`; public scrapers: text, image, gallery, video, link, crosspost). */
const POST_TYPES: Record<string, PostFormat> = {
  text: 'text',
  self: 'text',
  image: 'image',
  gallery: 'carousel',
  video: 'video',
  link: 'link',
  poll: 'poll',
};

/** A number drawn in the shadow root's `area`, or absent when there is no such area or number. */
function shadowCount(post: Element, area: string, locale: string): Read {
  const el = shadowOf(post)?.querySelector(area)?.querySelector(SHADOW.number);
  return el ? faceplateCount(el, locale) : 'absent';
}

/** The vote area is drawn and shows no number: the subreddit hides scores for now. */
function scoreHidden(post: Element): boolean {
  const vote = shadowOf(post)?.querySelector(SHADOW.vote);
  return !!vote && !vote.querySelector(SHADOW.number) && !/\p{Nd}/u.test(vote.textContent ?? '');
}

function readCounts(post: Element, locale: string): Counts {
  // `score` is what Reddit shows as the post's points: upvotes minus downvotes. Reddit shows no upvote
  // count of its own, so none is made up; the score is stored as likes.
  const hidden = scoreHidden(post);
  let likes: Read = hidden ? 'absent' : attrCount(post, 'score');
  if (likes === 'absent' && !hidden) likes = shadowCount(post, SHADOW.vote, locale);
  let comments = attrCount(post, 'comment-count');
  if (comments === 'absent') comments = shadowCount(post, SHADOW.commentsButton, locale);
  if (likes === 'unreadable') return { ok: false, reason: "the score shown can't be read" };
  if (comments === 'unreadable') return { ok: false, reason: "the comment count shown can't be read" };
  const metrics: Metrics = {};
  if (likes !== 'absent') metrics.likes = likes;
  if (comments !== 'absent') metrics.comments = comments;
  if (Object.keys(metrics).length) return { ok: true, metrics, scoreHidden: hidden };
  return {
    ok: false,
    reason: hidden
      ? 'score hidden for now, and no comment count shown'
      : 'no counts found: neither a score nor a comment count',
  };
}

function formatOf(post: Element): PostFormat {
  const type = post.getAttribute('post-type')?.toLowerCase() ?? '';
  return POST_TYPES[type] ?? formatOfDomain(post.getAttribute('domain'));
}

/** `created-timestamp`, else the credit bar's `faceplate-timeago[ts]` (not a crosspost card's). */
function timeOf(post: Element): number | null {
  const own = isoTime(post.getAttribute('created-timestamp'));
  if (own !== null) return own;
  const bar = ownChild(post, REDDIT.creditBar.css);
  return isoTime(bar?.querySelector(REDDIT.timeago.css)?.getAttribute('ts'));
}

export function readShreddit(post: Element, ctx: ReadContext): ReadResult {
  const fullname = post.getAttribute('id');
  const id = idOf(fullname);
  if (!id)
    return { ok: false, problem: { platform: 'reddit', reason: 'no t3_ post id on the post element' } };
  const postId = `t3_${id}`;
  const url = postLink(post.getAttribute('permalink'), id);
  if (!url)
    return {
      ok: false,
      problem: { platform: 'reddit', id: postId, reason: "the permalink isn't a Reddit link to this post" },
    };
  const author = redditSite.accounts.parse(post.getAttribute('author') ?? '')?.handle;
  if (!author)
    return {
      ok: false,
      problem: { platform: 'reddit', id: postId, url, reason: 'no author: deleted or missing' },
    };
  const counts = readCounts(post, ctx.locale);
  if (!counts.ok)
    return { ok: false, problem: { platform: 'reddit', id: postId, url, author, reason: counts.reason } };
  return {
    ok: true,
    post: {
      platform: 'reddit',
      id: postId,
      url,
      author,
      publishedAt: timeOf(post),
      format: formatOf(post),
      // Its title, from its own attribute (a crosspost's source card is another post).
      ...textField(post.getAttribute('post-title')),
      metrics: counts.metrics,
      ...(counts.scoreHidden ? { hidden: ['likes' as const] } : {}),
    },
  };
}
