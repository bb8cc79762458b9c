// Everything Resonance knows about Facebook's markup (the "comet" web app). Facebook's classes are atomic
// and change per deploy (`x1yztbdb`): never used. What is left are roles, ARIA labels, a few data
// attributes, link shapes and the page's own JSON; every text heuristic is listed here with its evidence.
// REAL = the real capture of a personal profile's post page, logged out
// (tanjinadnanabir/Web-Scraping-Facebook-Post-Comments facebook_post.html, 2025-06). "UNVERIFIED" marks
// what neither that capture nor a public project shows.
import { selector } from '@/lib/sites/selector';

const PAGE = 'page-timeline.html';
const HOME = 'home-feed.html';
const POST = 'post-page.html';
const DE = 'page-timeline-de.html';
const ALL = [PAGE, HOME, POST, DE];
const REAL = ['facebook/post-page.html'];

export const FB = {
  /** Posts and comments alike (comments say "Comment by …" and link `?comment_id=`). */
  article: selector(
    '[role="article"]',
    'REAL (the post and its 10 comments); public scraper notes (2025-12)',
    ALL,
    REAL,
  ),
  /** The post's message: one `div[dir=auto]` per line, "See more" a button in it. A shared post's
   *  original is not marked so, nor is a comment. */
  message: selector(
    '[data-ad-preview="message"], [data-ad-comet-preview="message"]',
    'REAL (in story_message); scraper notes (2025-12)',
    ALL,
    REAL,
  ),
  /** A feed unit: the post's article on a post page, a unit of `[role=feed]` in feeds. */
  feedUnit: selector(
    '[aria-posinset]',
    'REAL (article aria-posinset="1"); public scraper notes "div[role=feed] > div with [aria-posinset]"',
    ALL,
    REAL,
  ),
  /** The app's React mount (`mount_0_0_xx`): holds the feed and the dialogs a post opens in. */
  feed: [
    selector('div[id^="mount_"]', 'REAL (div#mount_0_0_h8)', ALL, REAL),
    selector('[role="main"]', 'DimensionDev/Maskbook facebook.com/utils/selector.ts (2024)', [
      PAGE,
      HOME,
      DE,
    ]),
  ],
  /** The home feed's list; feed units sit in it. */
  feedList: selector(
    '[role="feed"]',
    'chriswch/rental-hunter facebook/selectors.ts FEED_CONTAINER_SELECTOR; gregorymachon/no-ads facebook.js',
    [HOME],
  ),
  /** The author's heading block; its first link is the author (or the sharer on a shared post). */
  profileName: selector(
    '[data-ad-rendering-role="profile_name"] a[href]',
    'REAL (h3 > … > a); chriswch/rental-hunter PROFILE_NAME_SELECTOR',
    ALL,
    REAL,
  ),
  /** Links a post's id can be read from: its time link. Modern ids are `pfbid…` tokens. */
  permalink: [
    selector(
      'a[href*="/posts/"]',
      'REAL (/salmanmd.sultan.1/posts/pfbid02…); nirholas/XActions selectors-facebook.md',
      [PAGE, HOME, POST],
      REAL,
    ),
    selector(
      'a[href*="story_fbid="]',
      'DimensionDev/Maskbook collecting/posts.tsx getPostID (permalink.php?story_fbid=); XActions',
      [DE],
    ),
    selector(
      'a[href*="/videos/"]',
      'nirholas/XActions selectors-facebook.md (marked UNVERIFIED by its authors)',
      [PAGE],
    ),
  ],
  /** A comment's links carry `comment_id`, on the commenter's profile link and on its time link. */
  commentLink: selector('a[href*="comment_id="]', 'REAL (every comment)', [PAGE, POST, DE], REAL),
  /** Reactions: a toolbar of the top reaction icons ("Like: 162 people"), then the hidden label
   *  "All reactions:" and the total in an aria-hidden span beside it. */
  reactionToolbar: selector('[role="toolbar"]', 'REAL (aria-label "See who reacted to this")', ALL, REAL),
  reactionTotal: selector(
    '[role="toolbar"] ~ span[aria-hidden="true"]',
    'REAL (span[aria-hidden] "369" after the toolbar and "All reactions:")',
    ALL,
    REAL,
  ),
  /** "782 comments", "114 shares", "18K views": the summary row's buttons, read by their words. */
  summaryText: selector('[role="button"] span[dir="auto"]', 'REAL ("782 comments", "114 shares")', ALL, REAL),
  /** The block holding counts, action bar and comments; the badge goes before it. */
  ufi: selector(
    'div[data-visualcompletion="ignore-dynamic"]',
    'REAL (around the counts and comments)',
    ALL,
    REAL,
  ),
  /** Media, for the format. Photo links `/photo/?fbid=…&set=…` (UNVERIFIED: the capture has no photo). */
  photo: selector('a[href*="/photo/?fbid="]', 'Facebook photo URLs; UNVERIFIED in markup', [PAGE, HOME, DE]),
  video: selector('video', 'UNVERIFIED (no video in the capture)', [PAGE, DE]),
  /** Ads: the "Sponsored" link in the header, its letters scrambled; its attribution source is stable. */
  sponsored: [
    selector('a[aria-label="Sponsored"]', "gregorymachon/no-ads facebook.js (a[aria-label='Sponsored'])", [
      HOME,
    ]),
    selector(
      'a[attributionsrc^="/privacy_sandbox/comet/register/source/"]',
      'z1nc0r3/Facebook-Ad-Blocker content.js (2025; the anchor whose letters spell Sponsored)',
      [HOME],
    ),
  ],
  /** The page's JSON (`CurrentUserInitialData`: USER_ID "0" when logged out; stories' creation_time). */
  json: selector('script[type="application/json"]', 'REAL (data-sjs scripts)', ALL, REAL),
  /** Logged-in person: the left rail's first link is their profile (home page only). */
  viewerLink: selector(
    '[data-pagelet="LeftRail"] ul a[role="link"][href]',
    'DimensionDev/Maskbook facebook.com/collecting/identity.ts myUsernameLiveSelectorPC',
    [HOME],
  ),
  /** Admin tools on a Page the viewer manages: the header links its Professional dashboard. UNVERIFIED:
   *  public help pages name the tool; no capture shows the link. */
  adminTools: selector('[role="main"] a[href*="/professional_dashboard"]', 'UNVERIFIED (see comment)', [
    PAGE,
  ]),
};

/** Facebook's post ids: `pfbid` tokens (REAL) or numeric story ids (Maskbook getPostID). */
export const POST_ID = /^(?:pfbid[0-9A-Za-z]{16,120}|\d{1,25})$/;

/**
 * First path segments that are not a Page or profile, though they look like a vanity name (5+ letters).
 * Seen: facebook.com's own navigation and the links in the real capture (login, recover).
 */
export const RESERVED = new Set(
  `home.php watch groups marketplace gaming events friends notifications messages settings bookmarks saved
  reel reels photo photo.php photos stories search hashtag ads adsmanager business help privacy policies
  policy.php login login.php recover checkpoint pages profile.php permalink.php story.php sharer share
  plugins dialog video.php live fundraisers jobs memories feeds onthisday games people latest composer
  l.php business_help professional_dashboard`.split(/\s+/),
);

/** First path segments of pages with no posts (no "can't find posts" there). */
export const NO_POST_PATHS = new Set(
  `settings messages notifications marketplace gaming friends bookmarks saved ads adsmanager business help
  privacy policies policy.php login login.php recover checkpoint pages professional_dashboard`.split(/\s+/),
);

/** A Page's or profile's sub-pages (path `/<page>/<tab>` or `?sk=<tab>`) that list no posts. */
export const NO_POST_TABS = new Set(
  `about about_contact_and_basic_info about_details photos photos_by photos_albums videos reels followers
  following friends reviews events likes map mentions community`.split(/\s+/),
);

/**
 * Words of the summary row, per language. en: REAL ("782 comments", "114 shares"); de: the brief's
 * "Kommentare", "Mal geteilt" (UNVERIFIED); views and other languages: UNVERIFIED.
 */
export const COUNT_WORDS: ReadonlyArray<[RegExp, 'comments' | 'shares' | 'views']> = [
  [/\b(?:comments?|Kommentare?|commentaires?|comentarios?|comentários?|commenti|commento)\b/iu, 'comments'],
  [/\b(?:shares?|Mal geteilt|partages?|compartid[oa]s?|compartilhamentos?|condivisioni)\b/iu, 'shares'],
  [/\b(?:views?|Aufrufe|vues|visualizaciones|visualizações|visualizzazioni)\b/iu, 'views'],
];

/** The hidden label before the reactions total, when the toolbar is missing. en: REAL; others UNVERIFIED. */
export const ALL_REACTIONS =
  /^(?:All reactions|Alle Reaktionen|Toutes les réactions|Todas las reacciones|Todas as reações|Tutte le reazioni)\s*:$/iu;

/** A comment's label. en "Comment by …": REAL; sk "Komentár od:": dmatis2/usesul-scripts comments-to-csv.js;
 *  "Reply by", de "Kommentar von"/"Antwort von" and others: UNVERIFIED. */
export const COMMENT_LABEL =
  /^(?:Comment by|Reply by|Kommentar von|Antwort von|Komentár od|Commentaire de|Réponse de|Comentario de|Respuesta de)\b/iu;

/** The ad label in the languages known. en: the two ad blockers above; others UNVERIFIED. */
export const SPONSORED_WORDS = /^(?:Sponsored|Gesponsert|Sponsorisé|Publicidad|Patrocinado|Sponsorizzato)$/iu;
