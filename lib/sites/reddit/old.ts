// Reading an old Reddit post (old.reddit.com, server-rendered): a `.thing` whose data attributes hold its id,
// author, time and comment count. The score is the one the vote column shows: it draws three (dislikes,
// unvoted, likes: r2 link.html) and shows the one named by its own class, which is `likes` on a post the
// viewer upvoted (Reddit upvotes its author's own posts), so the brand's own post shows `.score.likes`.
import type { Metrics } from '@/lib/core/metrics';
import { postText } from '@/lib/sites/shared/text';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { ownChild } from './scope';
import { REDDIT } from './selectors';
import { redditSite } from './site';
import { attrCount, epochMs, formatOfDomain, idOf, isoTime, postLink, type Read, textCount } from './values';

/** The score as shown: `title` exact, else `data-score`, else its text ("14.6k") as a range. "•" is hidden. */
function readScore(post: Element, locale: string): Read | 'hidden' {
  const midcol = ownChild(post, REDDIT.oldMidcol.css);
  const vote = midcol?.classList.contains('likes')
    ? 'likes'
    : midcol?.classList.contains('dislikes')
      ? 'dislikes'
      : 'unvoted';
  const shown = midcol
    ? Array.from(midcol.children).find((el) => el.matches(REDDIT.oldScore.css) && el.classList.contains(vote))
    : undefined;
  if (!shown) return attrCount(post, 'data-score');
  const title = attrCount(shown, 'title');
  if (title !== 'absent') return title;
  const text = shown.textContent?.trim() ?? '';
  // Hidden for now ("•", REAL-OLD): absent, whatever data-score holds.
  if (!/\p{Nd}/u.test(text)) return 'hidden';
  const data = vote === 'unvoted' ? attrCount(post, 'data-score') : 'absent';
  return data === 'absent' ? textCount(text, locale) : data;
}

function readComments(post: Element, locale: string): Read {
  const exact = attrCount(post, 'data-comments-count');
  if (exact !== 'absent') return exact;
  const link = ownChild(post, REDDIT.oldEntry.css)?.querySelector(REDDIT.oldComments.css);
  return link ? textCount(link.textContent ?? '', locale) : 'absent';
}

function timeOf(post: Element): number | null {
  const ms = epochMs(post.getAttribute('data-timestamp'));
  if (ms !== null) return ms;
  const time = ownChild(post, REDDIT.oldEntry.css)?.querySelector(REDDIT.oldTime.css);
  return isoTime(time?.getAttribute('datetime'));
}

export function readOldThing(post: Element, ctx: ReadContext): ReadResult {
  const id = idOf(post.getAttribute('data-fullname'));
  if (!id)
    return { ok: false, problem: { platform: 'reddit', reason: 'no t3_ post id on the post element' } };
  const postId = `t3_${id}`;
  const url = postLink(post.getAttribute('data-permalink'), id);
  if (!url)
    return {
      ok: false,
      problem: { platform: 'reddit', id: postId, reason: "the permalink isn't a Reddit link to this post" },
    };
  const author = redditSite.accounts.parse(post.getAttribute('data-author') ?? '')?.handle;
  if (!author)
    return {
      ok: false,
      problem: { platform: 'reddit', id: postId, url, reason: 'no author: deleted or missing' },
    };
  const likes = readScore(post, ctx.locale);
  const comments = readComments(post, ctx.locale);
  const problem = (reason: string): ReadResult => ({
    ok: false,
    problem: { platform: 'reddit', id: postId, url, author, reason },
  });
  if (likes === 'unreadable') return problem("the score shown can't be read");
  if (comments === 'unreadable') return problem("the comment count shown can't be read");
  const metrics: Metrics = {};
  if (likes !== 'absent' && likes !== 'hidden') metrics.likes = likes;
  if (comments !== 'absent') metrics.comments = comments;
  if (!metrics.likes && !metrics.comments)
    return problem(
      likes === 'hidden'
        ? 'score hidden for now, and no comment count shown'
        : 'no counts found: neither a score nor a comment count',
    );
  return {
    ok: true,
    post: {
      platform: 'reddit',
      id: postId,
      url,
      author,
      publishedAt: timeOf(post),
      format: formatOfDomain(
        post.getAttribute('data-domain'),
        post.getAttribute('data-is-gallery') === 'true',
      ),
      ...postText(ownChild(post, REDDIT.oldEntry.css)?.querySelector(REDDIT.oldTitle.css)),
      metrics,
      ...(likes === 'hidden' ? { hidden: ['likes' as const] } : {}),
    },
  };
}
