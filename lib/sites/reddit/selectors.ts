// Everything Resonance knows about Reddit's markup, both generations. Each selector says where it was seen
// and which project fixtures (tests/fixtures/reddit/) it must match; the adapter holds no selector of its own.
// Hashed or utility classes (`reddit-wxn977-…`, `flex gap-xs`) are never used: custom element tags, their
// attributes, slots and old Reddit's own semantic classes are. Sources named below:
//   REAL-NEW = the real capture of a logged-in new Reddit post page (pakCoder11/alpha-scraper-update-version-1.0
//              reddit_post.html, 2025-11); REAL-OLD = the real capture of an old Reddit listing, logged out
//              (MdKaif2782/headless-browser-cf-bypass reddit.html, 2023-11); RE = joelacus/RedditEnhancer
//              (2026-08); r2 = Reddit's open-sourced old site, reddit-archive/reddit r2/r2/templates/.
import { selector } from '@/lib/sites/selector';

const LISTING = 'subreddit-listing.html';
const PROFILE = 'profile.html';
const PROFILE_DE = 'profile-de.html';
const POST_PAGE = 'post-page.html';
/** New Reddit (shreddit) pages. */
const NEW = [LISTING, PROFILE, PROFILE_DE, POST_PAGE];
const OLD_LISTING = 'old-listing.html';
const OLD_POST = 'old-post-page.html';
const OLD = [OLD_LISTING, OLD_POST];
const REAL_OLD = ['reddit/old-subreddit-listing.html'];

export const REDDIT = {
  /** A new Reddit post: every count, id and time is an attribute of the element itself. */
  post: selector(
    'shreddit-post',
    'REAL-NEW (id, author, score, comment-count, created-timestamp, permalink, post-type); RE',
    NEW,
  ),
  /** An old Reddit post (a "link" thing); comments are `t1_` things and never match. */
  oldPost: selector(
    '.thing[data-fullname^="t3_"]',
    'REAL-OLD (div.thing.link with data-fullname, data-author, data-score, data-comments-count, data-timestamp); RE #siteTable > .thing',
    OLD,
    REAL_OLD,
  ),
  /** Ads: their own elements on new Reddit (they carry a `t3_` id too), `promoted` links on old Reddit. */
  ads: [
    selector('shreddit-ad-post', 'public ad filters and extensions (EasyList, RE hide_promoted)', [LISTING]),
    selector('shreddit-comments-page-ad', 'REAL-NEW (three, class promotedlink, id="t3_…")', [POST_PAGE]),
    selector('shreddit-comment-tree-ads', 'REAL-NEW (ads kept in templates between comments)', [POST_PAGE]),
    selector('shreddit-sidebar-ad', 'REAL-NEW (right sidebar)', [POST_PAGE]),
    selector('.promotedlink', 'REAL-NEW (the comments-page ads); r2 promoted links', [
      POST_PAGE,
      OLD_LISTING,
    ]),
    selector('[data-promoted="true"]', 'REAL-OLD (data-promoted="false" on every post shown); RE', [
      OLD_LISTING,
    ]),
  ],
  /** Feed root: new Reddit's main column, else the app; old Reddit's main content, else its listing. */
  feed: [
    selector('main#main-content', "REAL-NEW (the skip link's target, holding the post)", NEW),
    selector('shreddit-app', 'REAL-NEW', NEW),
    selector('div.content[role="main"]', 'REAL-OLD', OLD, REAL_OLD),
    selector('#siteTable', 'REAL-OLD; RE', OLD, REAL_OLD),
  ],
  /** A new Reddit post's header (author, time) in its light DOM: a span in feeds, div#pdp-credit-bar on its page. */
  creditBar: selector('[slot="credit-bar"]', 'REAL-NEW (div#pdp-credit-bar); RE attachUsername', NEW),
  timeago: selector('faceplate-timeago[ts]', 'REAL-NEW (ts = created-timestamp, in the credit bar)', NEW),
  /** Things that look like posts without a container (health): a feed card's link, a post page's title. */
  signs: [
    selector(
      'a[slot="full-post-link"]',
      'public shreddit scrapers (a[slot="full-post-link"] in feed cards)',
      [LISTING, PROFILE, PROFILE_DE],
    ),
    selector('h1[id^="post-title-t3_"]', 'REAL-NEW (h1#post-title-t3_1ooeuoq slot="title")', [POST_PAGE]),
    selector('a[data-event-action="comments"]', 'REAL-OLD (a.bylink.comments "32 comments")', OLD, REAL_OLD),
  ],
  /** The logged-in account on new Reddit: components of the current user carry its name in the light DOM. */
  viewer: [
    selector('after-login-toast-dispatcher[username]', 'REAL-NEW; public shreddit automation notes', NEW),
    selector(
      'community-author-flair[username]',
      "REAL-NEW (the viewer's flair editor in a community's sidebar)",
      [LISTING],
    ),
    selector(
      '.left-nav-manage-communities-link a[href^="/user/"]',
      'REAL-NEW (left nav "Manage communities": /user/<viewer>/communities)',
      NEW,
    ),
  ],
  /** Old Reddit's header: `<span class="user"><a href="…/user/<name>/">` when logged in, a login prompt if not. */
  oldViewer: selector(
    '#header-bottom-right .user a[href*="/user/"]',
    'r2 redditheader.html; codebutler/firesheep xpi/handlers/reddit.js (.user a); REAL-OLD has the logged-out span',
    OLD,
  ),
  /** Old Reddit's vote column: three `.score` divs (dislikes, unvoted, likes), the shown one by its class. */
  oldMidcol: selector(
    '.midcol',
    'REAL-OLD; r2 link.html midcol(); RE .link div.midcol div.score',
    OLD,
    REAL_OLD,
  ),
  oldScore: selector(
    '.score',
    'REAL-OLD (title = the exact number, text "14.6k" or "•" when hidden)',
    OLD,
    REAL_OLD,
  ),
  oldEntry: selector('.entry', 'REAL-OLD; r2 printable.html', OLD, REAL_OLD),
  oldComments: selector('a.comments', 'REAL-OLD (a.bylink.comments "32 comments")', OLD, REAL_OLD),
  oldTime: selector('p.tagline time[datetime]', 'REAL-OLD (time.live-timestamp datetime)', OLD, REAL_OLD),
  /** The post's title, its text (new Reddit gives it as `post-title`). The self text is not read. */
  oldTitle: selector('a.title', 'REAL-OLD (p.title > a.title, 25 posts); RedditEnhancer', OLD, REAL_OLD),
  oldButtons: selector('ul.flat-list.buttons', 'REAL-OLD; r2 link.html bottom_buttons()', OLD, REAL_OLD),
};

/**
 * Inside a new Reddit post's open shadow root (not in the page's light DOM, so not checkable by the
 * selector test): REAL-NEW and RE hide_post_comment_karma.js read the vote count there. The vote area holds
 * `faceplate-number[number]` (exact) beside the vote buttons; the comments button another. Used only when an
 * attribute is missing, and to see a score Reddit hides ("Vote", no number).
 */
export const SHADOW = {
  vote: '[data-post-click-location="vote"]',
  commentsButton: 'button[name="comments-action-button"]',
  number: 'faceplate-number',
};

/** A post's path: `/r/<sub>/comments/<id>/…`, `/user/<name>/comments/<id>/…`, `/comments/<id>`. Seen: REAL-NEW, REAL-OLD. */
export const POST_PATH = /^\/(?:(?:r|u|user)\/[A-Za-z0-9_-]{1,30}\/)?comments\/([a-z0-9]{1,13})(?:\/|$)/;

/** A `t3_` fullname: `t3_` and a base36 id. Seen: REAL-NEW id, REAL-OLD data-fullname. */
export const FULLNAME = /^t3_([a-z0-9]{1,13})$/;

/** First path segments of pages without posts Resonance reads (search results are not post elements). */
export const NO_POST_PATHS = new Set(
  'settings prefs message chat submit login register password notifications coins premium search media mod subreddits users'.split(
    ' ',
  ),
);
/** A subreddit's pages without posts: `/r/<sub>/about/…`, `/wiki/…`, `/submit`, `/search`. */
export const NO_POST_SUBREDDIT_PAGES = new Set(['about', 'wiki', 'submit', 'search']);
/** A profile's tabs without posts: its comments, its About (a post under `/user/<name>/comments/<id>` has posts). */
export const NO_POST_PROFILE_TABS = new Set(['comments', 'about', 'followers']);
