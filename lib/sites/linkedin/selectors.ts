// Everything Resonance knows about LinkedIn's markup. Three generations are read: the legacy Ember feed
// (`div.feed-shared-update-v2[data-urn]`, semantic BEM classes stable for years), the current server-driven
// feed (hashed classes: only data-testid, componentkey, roles and labels are used) and the logged-out
// "guest" pages (organization-guest-frontend, data-test-id attributes). Each selector says where it was
// seen and which project fixtures (tests/fixtures/linkedin/) it must match.
// Where seen (kept short: the strings ship in the site script):
//   CAP   = the real home-feed capture (beingadish/linkedin-ai-automator linkedin_debug.html, 2025-06);
//   GCAP  = the real Audiense guest page (microlinkhq/metascraper linkedin-company input.html, 2024-10);
//   NOTES = a public extension's selectors.ts "verified against the live site on 2026-08-09" (repository not
//           identified) and public tests built on the same markup: UNVERIFIED by any capture here;
//   SCRAPERS = public LinkedIn scrapers and extensions (legacy class names): UNVERIFIED by any capture here.
import type { Metric } from '@/lib/core/metrics';
import { selector } from '@/lib/sites/selector';

const HOME = 'home-feed-legacy.html';
const HOME_DE = 'home-feed-de.html';
const COMPANY = 'company-posts.html';
const ACTIVITY = 'profile-activity.html';
const CURRENT = 'home-feed-current.html';
const GUEST = 'company-guest.html';
/** The earlier legacy names (feed-shared-actor, feed-shared-header…), per SCRAPERS and NOTES. */
const OLD = 'home-feed-2022.html';
/** Pages in the legacy Ember markup. */
const LEGACY = [HOME, HOME_DE, COMPANY, ACTIVITY];
const REAL_HOME = ['linkedin/home-feed.html'];
const REAL_GUEST = ['linkedin/company-page-guest.html'];
const CAP = 'real capture 2025-06';
const GCAP = 'real guest page 2024-10';
const NOTES = 'notes 2026-08';
const SCRAPERS = 'public scrapers';

export const LI = {
  /** Feed roots, most specific first. */
  feed: [
    selector('[data-testid="mainFeed"]', NOTES, [CURRENT]),
    selector('.scaffold-finite-scroll__content', CAP, [...LEGACY, OLD], REAL_HOME),
    selector('[data-test-id="updates"]', GCAP, [GUEST], REAL_GUEST),
    selector('main', CAP, [...LEGACY, CURRENT, GUEST, OLD], REAL_HOME),
  ],
  post: {
    /** Legacy: the card itself carries the activity URN. Its wrapper `[data-id]` is also drawn, empty, for
     *  posts scrolled out of view (real capture: items 3–10), so the wrapper is never a post. */
    legacy: selector(
      'div.feed-shared-update-v2[data-urn^="urn:li:activity:"]',
      CAP,
      [...LEGACY, OLD],
      REAL_HOME,
    ),
    /** Current: `componentkey="expanded<TOKEN>FeedType_…"`; other list items (suggestions, modules) lack the prefix. */
    current: selector('[role="listitem"][componentkey^="expanded"]', NOTES, [CURRENT]),
    /** Guest: `data-activity-urn` is the card's activity, `data-featured-activity-urn` the post it shows. */
    guest: selector('article[data-activity-urn^="urn:li:activity:"]', GCAP, [GUEST], REAL_GUEST),
  },
  featuredAttr: 'data-featured-activity-urn',
  /** Where another post or a comment starts inside a card: nothing in it is the card's own. */
  boundary: {
    /** The reshared post inside a repost with commentary (SCRAPERS; `feed-shared-` before 2023). */
    reshared: selector('.update-components-mini-update-v2, .feed-shared-mini-update-v2', SCRAPERS, [
      HOME,
      OLD,
    ]),
    /** Legacy comments under a post (SCRAPERS). */
    comment: selector('article.comments-comment-entity', SCRAPERS, [HOME]),
    /** Current comments, `replaceableComment_urn:li:comment:(…)` (NOTES). */
    currentComment: selector('[componentkey^="replaceableComment_"]', NOTES, [CURRENT]),
  },
  legacy: {
    /** The actor's link: `__meta-link` in the capture; `__container-link` and the `feed-shared-actor` of
     *  earlier years per SCRAPERS. The image link is the last resort. */
    actorLink: selector(
      'a.update-components-actor__meta-link[href], a.update-components-actor__container-link[href], a.feed-shared-actor__container-link[href]',
      CAP,
      [...LEGACY, OLD],
      REAL_HOME,
    ),
    actorImage: selector('a.update-components-actor__image[href]', CAP, LEGACY, REAL_HOME),
    /** "1h • 🌐", "Promoted": the visible text is its `span[aria-hidden=true]`, the hidden one is longer. */
    subDescription: selector(
      '.update-components-actor__sub-description, .feed-shared-actor__sub-description',
      CAP,
      [...LEGACY, OLD],
      REAL_HOME,
    ),
    /** Context line above the actor: "X likes this", "X reposted this", "X and 427 other connections follow Y"
     *  (`feed-shared-header` before 2023, NOTES). */
    header: selector('.update-components-header, .feed-shared-header', CAP, [...LEGACY, OLD], REAL_HOME),
    /** The post's words (`feed-shared-` before 2023); a comment's text is `update-components-text` too, without
     *  `__commentary`. Hashtags carry a visually hidden "hashtag" (skipped). */
    commentary: selector(
      '.update-components-update-v2__commentary, .feed-shared-update-v2__commentary',
      CAP,
      [...LEGACY, OLD],
      REAL_HOME,
    ),
    countsBar: selector('.social-details-social-counts', CAP, [...LEGACY, OLD], REAL_HOME),
    /** Reactions: the button's label is `12 reactions`; its visible number `1,343`. */
    reactions: selector('.social-details-social-counts__reactions', CAP, [...LEGACY, OLD], REAL_HOME),
    reactionsCount: selector(
      '.social-details-social-counts__reactions-count',
      CAP,
      [...LEGACY, OLD],
      REAL_HOME,
    ),
    /** Comments: `5 comments on Amazon Web Services (AWS)’s post` (real capture, the ad). */
    comments: selector('.social-details-social-counts__comments', CAP, [...LEGACY, OLD], REAL_HOME),
    /** Every count item; reposts have no class of their own (`6 reposts of …`), so they are told by word. */
    countItem: selector('.social-details-social-counts__item', CAP, [...LEGACY, OLD], REAL_HOME),
    actionBar: selector('.feed-shared-social-action-bar', CAP, [...LEGACY, OLD], REAL_HOME),
    /** Impressions, on the author's (or a Page admin's) own posts only. UNVERIFIED: public scrapers of the
     *  recent-activity page (`.content-analytics-entry-point .ca-entry-point__num-views`, "1,234 impressions"). */
    impressions: selector('.ca-entry-point__num-views', SCRAPERS, [ACTIVITY]),
    /** Media, for the format; the `feed-shared-` forms of earlier years per SCRAPERS and NOTES. */
    image: selector(
      'img.update-components-image__image, .feed-shared-image img',
      CAP,
      [HOME, COMPANY, ACTIVITY, OLD],
      REAL_HOME,
    ),
    video: selector('.update-components-linkedin-video, .feed-shared-linkedin-video', SCRAPERS, [
      HOME,
      HOME_DE,
      COMPANY,
      OLD,
    ]),
    document: selector('.update-components-document__container', SCRAPERS, [COMPANY]),
    poll: selector('.update-components-poll, .feed-shared-poll', SCRAPERS, [COMPANY]),
    article: selector(
      'article.update-components-article, .feed-shared-article',
      CAP,
      [HOME, COMPANY],
      REAL_HOME,
    ),
  },
  current: {
    /** "Open control menu for post by <author>": the author's name, and a sign of a post (legacy cards in the
     *  real capture; current cards per NOTES). */
    controlMenu: selector(
      'button[aria-label^="Open control menu for post by"]',
      CAP,
      [HOME, CURRENT, OLD],
      REAL_HOME,
    ),
    textBox: selector('[data-testid="expandable-text-box"]', NOTES, [CURRENT]),
    reactButton: selector('button[aria-label^="Reaction button state"]', NOTES, [CURRENT]),
    /** A tracking scope whose breadcrumb names `updateUrn` (real capture: on the legacy card's wrapper,
     *  typed proto.sdui…FeedUpdateServedBreadcrumb; inside current cards UNVERIFIED). */
    trackingScope: selector('[data-view-tracking-scope]', CAP, [CURRENT], REAL_HOME),
    /** A permalink to the card's activity (UNVERIFIED in current cards: most have none). */
    permalink: selector('a[href*="/feed/update/urn:li:activity:"]', SCRAPERS, [HOME, CURRENT, OLD]),
    /** A video element (the guest page's player; in current cards per NOTES' `video` key). */
    video: selector('video', GCAP, [CURRENT, GUEST], REAL_GUEST),
  },
  guest: {
    header: selector('.main-feed-activity-card__header', GCAP, [GUEST], REAL_GUEST),
    commentary: selector('[data-test-id="main-feed-activity-card__commentary"]', GCAP, [GUEST], REAL_GUEST),
    actor: selector('[data-test-id="main-feed-activity-card__entity-lockup"]', GCAP, [GUEST], REAL_GUEST),
    time: selector('[data-test-id="main-feed-activity-card__entity-lockup"] time', GCAP, [GUEST], REAL_GUEST),
    /** Exact counts in attributes: `data-num-reactions="11"`, `data-num-comments="2"`. */
    reactions: selector('[data-test-id="social-actions__reactions"]', GCAP, [GUEST], REAL_GUEST),
    comments: selector('[data-test-id="social-actions__comments"]', GCAP, [GUEST], REAL_GUEST),
    socialActions: selector('.main-feed-activity-card__social-actions', GCAP, [GUEST], REAL_GUEST),
    video: selector('[data-test-id="feed-native-video-content"]', GCAP, [GUEST], REAL_GUEST),
    image: selector('[data-test-id="feed-images-content__list-item"]', GCAP, [GUEST], REAL_GUEST),
    article: selector('[data-test-id="article-content"]', GCAP, [GUEST], REAL_GUEST),
  },
  /** The logged-in member: the home feed's profile card links to their profile. */
  viewerLink: selector('a.profile-card-profile-link[href*="/in/"]', CAP, [HOME, HOME_DE], REAL_HOME),
  viewerName: selector('.profile-card-name', CAP, [HOME, HOME_DE], REAL_HOME),
};

/** An activity URN; its number is the post id (and carries its time, lib/sites/shared/time/ids.ts). */
export const ACTIVITY_URN = /^urn:li:activity:(\d{15,25})$/;
/** An activity named anywhere in a text (a permalink, a breadcrumb, a comment URN `(activity:<id>,…)`). */
export const ACTIVITY_IN_TEXT = /(?:urn:li:activity:|\(activity:)(\d{15,25})\b/;

/** Account paths: `/in/<slug>`, `/company/<slug>`, `/showcase/<slug>`, `/school/<slug>`. */
export const ACCOUNT_KINDS = new Set(['in', 'company', 'showcase', 'school']);

/**
 * "Promoted" in the UI languages LinkedIn is used in most. Seen: en (real capture), de "Gesponsert" (the
 * project's issue) and "Anzeige"; fr, es, pt, it, nl, pl, sv from Hogwai/LinkedinSponsorBlock PROMOTED_KEYWORDS (2025).
 */
const PROMOTED_WORDS =
  'promoted|gesponsert|anzeige|sponsorisé|post sponsorisé|promocionado|promovido|post sponsorizzato|gepromoot|treść promowana|marknadsfört';
export const PROMOTED = new RegExp(`^(${PROMOTED_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
/** Any of those words anywhere in a text, however its spaces are written: text without one is no ad's. */
export const PROMOTED_ANYWHERE = new RegExp(PROMOTED_WORDS.replace(/ /g, '\\s+'), 'iu');

/**
 * A context line saying the card is someone's repost. Seen: en "Audiense reposted this" (real guest
 * page); other languages UNVERIFIED ("repostet", "a republié", "republicó", "compartió").
 */
export const REPOSTED = /\breposted\b|\brepostet\b|\ba republié|\brepublicó|\bcompartió/i;

/**
 * Words naming a count where LinkedIn writes `<number> <word>` (labels, the current markup's text).
 * en from the real capture; de from the project's issue ("Reaktionen", "Kommentare", "Reposts");
 * fr, es, pt, it UNVERIFIED. Reposts: en/de "repost", fr "republication".
 */
export const COUNT_WORDS: ReadonlyArray<[Metric, RegExp]> = [
  ['likes', /reaction|reaktion|réaction|reacci|reaç|reazion/i],
  ['comments', /comment|kommentar|comentário|comentario|commento|commenti/i],
  ['shares', /repost|republica/i],
  ['views', /impression|impresion|impressõ|visualizzazion/i],
];

/** First path segments of pages that show no posts. Seen: linkedin.com navigation. */
export const NO_POST_PATHS = new Set(
  'messaging jobs mynetwork notifications settings psettings mypreferences learning premium login signup uas help'.split(
    ' ',
  ),
);

/** Profile and Page tabs without posts (`/in/<slug>/details/…`, `/company/<slug>/about/`). */
export const NO_POST_TABS = new Set([
  'details',
  'overlay',
  'edit',
  'about',
  'people',
  'jobs',
  'life',
  'insights',
]);
