// Reddit (www.reddit.com and old.reddit.com). Site knowledge lives in selectors.ts; this file only applies it.
// Both generations are read by one adapter: new Reddit's `shreddit-post` elements (shreddit.ts) and old
// Reddit's link things (old.ts). Counts are the post's score (as likes) and its comment count, exact.
import { firstOf } from '@/lib/sites/selector';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { readOldThing } from './old';
import { pageAccountOf, pageKind, viewerOf } from './page';
import { findPosts, ownChild, postOf, postSigns } from './scope';
import { REDDIT } from './selectors';
import { readShreddit } from './shreddit';
import { redditSite } from './site';

function readPost(el: Element, ctx: ReadContext): ReadResult {
  return el.matches(REDDIT.post.css) ? readShreddit(el, ctx) : readOldThing(el, ctx);
}

export const redditAdapter: SiteAdapter = {
  site: redditSite,
  // New Reddit updates a post's attributes and the numbers in its open shadow root; old Reddit is static.
  observe: {
    attributes: [
      'score',
      'comment-count',
      'created-timestamp',
      'permalink',
      'author',
      'number',
      'data-score',
    ],
    shadowRoots: true,
  },
  pageKind,
  feedRoot: (doc) => firstOf(doc, REDDIT.feed),
  findPosts,
  postOf,
  readPost,
  postSigns,
  viewer: viewerOf,
  pageAccount: pageAccountOf,
  badgeAnchor(post) {
    // New Reddit: in the header (author and time), which its shadow root shows in its credit-bar slot.
    if (post.matches(REDDIT.post.css)) {
      const bar = ownChild(post, REDDIT.creditBar.css);
      return { parent: bar ?? post, before: null };
    }
    // Old Reddit: after the row of links ("32 comments share save hide report").
    const buttons = ownChild(post, REDDIT.oldEntry.css)?.querySelector(REDDIT.oldButtons.css);
    if (buttons?.parentElement) return { parent: buttons.parentElement, before: buttons.nextSibling };
    return { parent: post, before: null };
  },
};
