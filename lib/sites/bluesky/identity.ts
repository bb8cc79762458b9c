// Which post a Bluesky post element shows, and whose it is. A feed item or a thread's reply names itself in
// its permalink (its time link); the author is the one that link names, never the reposter above it nor the
// account it replied to. The focused post of a thread page has no permalink: its record key is the page
// address's, taken only when the author it shows (and its links to its likers or quotes) agree.
import { pathOf, postOfPath, profileLinkActor } from './paths';
import { onHiddenScreen, ownAll } from './scope';
import { BSKY } from './selectors';

export type Identity =
  | { ok: true; author: string; rkey: string }
  | { ok: false; reason: string; author?: string; id?: string };

const isDid = (actor: string) => actor.startsWith('did:');
const hrefOf = (a: Element) => a.getAttribute('href') ?? '';

/** The first profile link outside the post text (a mention there names someone else). */
function shownAuthor(post: Element): string | null {
  for (const a of ownAll(post, BSKY.profileLink)) {
    if (a.closest(BSKY.postText.css)) continue;
    const actor = profileLinkActor(hrefOf(a));
    if (actor) return actor;
  }
  return null;
}

function focusedIdentity(post: Element, pageUrl: URL): Identity {
  // A thread page left for another stays mounted, hidden: its post is not the one the address names.
  if (onHiddenScreen(post)) return { ok: false, reason: 'a thread post without a link, on a hidden screen' };
  const page = postOfPath(pageUrl.pathname);
  const author = shownAuthor(post);
  if (!page || page.sub) return { ok: false, reason: 'no post link, and the page address names no post' };
  if (!author) return { ok: false, id: page.rkey, reason: "no author link on the thread's focused post" };
  // The address may name the author by DID where the page shows the handle: only two handles can disagree.
  if (!isDid(page.author) && !isDid(author) && page.author.toLowerCase() !== author.toLowerCase())
    return { ok: false, author, id: page.rkey, reason: 'the author shown and the page address differ' };
  for (const a of ownAll(post, BSKY.statLink)) {
    const stat = postOfPath(pathOf(hrefOf(a)));
    if (stat && stat.rkey !== page.rkey)
      return { ok: false, author, reason: 'the post shown and the page address name different posts' };
  }
  return { ok: true, author, rkey: page.rkey };
}

export function identify(post: Element, pageUrl: URL): Identity {
  const links = ownAll(post, BSKY.permalink).map((a) => postOfPath(pathOf(hrefOf(a))));
  const first = links[0];
  if (links.length === 0) {
    return post.matches(BSKY.threadItem.css)
      ? focusedIdentity(post, pageUrl)
      : { ok: false, reason: 'no post link: not a readable post' };
  }
  if (!first) return { ok: false, reason: 'the post link is not /profile/<handle or did>/post/<key>' };
  if (links.some((l) => l?.rkey !== first.rkey || l.author !== first.author))
    return { ok: false, author: first.author, reason: 'more than one post link in the post' };
  return { ok: true, author: first.author, rkey: first.rkey };
}
