// Everything Resonance knows about Instagram's web markup. Each selector says where it was seen and which
// project fixtures (tests/fixtures/instagram/) it must match; the adapter holds no selector of its own.
// Classes are hashed (`x1lliihq`, `_aagu`) and never used: roles, ARIA labels, tags and link shapes are.
// Real captures: Jayesh1512/node-scrapper instagram_profile.html (profile grid, 2025-02) and
// TainaraAlvesSilva/AlertaSeguranca debug_instagram.html (post page in Portuguese, 2025-11).
import type { Metric } from '@/lib/core/metrics';
import { selector } from '@/lib/sites/selector';

const HOME = 'home-feed.html';
const GRID = 'profile-grid.html';
const REELS = 'profile-reels-es.html';
const POST = 'post-page-pt.html';
const REEL = 'reel-page.html';
const HIDDEN = 'hidden-likes.html';
const ALL = [HOME, GRID, REELS, POST, REEL, HIDDEN];
/** Pages whose posts have an action bar (like, comment, share, save). */
const BARS = [HOME, POST, REEL, HIDDEN];
const GRIDS = [GRID, REELS];
const REAL_GRID = 'instagram/profile-grid.html';
const REAL_POST = 'instagram/post-page-pt.html';
const REAL = [REAL_GRID, REAL_POST];

export const IG = {
  /** The main column: the home feed, a profile's header and grid, a post page. */
  feed: selector('main[role="main"]', 'both real captures (2025)', ALL, REAL),
  /** A feed post. The post page of 2025 has none (real capture); a post opened over a grid may. */
  article: selector(
    'article',
    'joshrouwhorst/userscripts Instagram.user.js (feed articles, ads among them); public notes of Dec 2025: "main article"',
    [HOME, HIDDEN],
  ),
  /** A post opened over the page it was clicked on (its address becomes /p/<code>/). */
  dialog: selector('div[role="dialog"]', 'davidovier/StoryControl SELECTORS.md (post and story viewers)', [
    HIDDEN,
  ]),
  /** Any link to a post: a permalink, a grid tile, a comment's link (`/p/<code>/c/<id>/`). */
  postLink: selector(
    'a[href*="/p/"], a[href*="/reel/"]',
    'both real captures: tiles /<user>/p/<code>/, permalink /<user>/p/<code>/, comments /p/<code>/c/<id>/',
    ALL,
    REAL,
  ),
  /** The post's own time, in its permalink (the caption's own <time> sits in no link). */
  postTime: selector(
    'a[href*="/p/"] time[datetime], a[href*="/reel/"] time[datetime]',
    'real post page capture (permalink time 10:20:15, caption time 3 s later outside any link)',
    BARS,
    [REAL_POST],
  ),
  /** A time: the post's in its permalink; the caption's in no link (the caption is the first entry of the
   *  comment list, caption.ts); a comment's in its link. */
  captionTime: selector(
    'time[datetime]',
    'real post page capture (caption time 10:20:18 in a span, comments\' in a[href*="/c/"])',
    [POST, REEL, HIDDEN],
    [REAL_POST],
  ),
  /** The action bar's icons, one per button (Curtir, Comentar, Compartilhar, Salvar). */
  actionIcon: selector(
    'section [role="button"] svg[aria-label]',
    'real post page capture (Curtir, Comentar, Compartilhar, Salvar); KineticNexus/instagram-ai-bot (svg "Like")',
    BARS,
    [REAL_POST],
  ),
  /** A count beside an action icon: `137` after Curtir, `5` after Comentar. */
  countButton: selector(
    'section span[role="button"]',
    'real post page capture (2025-11); a public scraper reads `section//span[@role="button"]` for likes',
    BARS,
    [REAL_POST],
  ),
  /** The comment box's section: never the action bar. */
  commentBox: selector('section textarea', 'real post page capture', [POST, REEL], [REAL_POST]),
  /** Older layout: "1,234 likes" in a link to the likers; "Liked by … and others" when likes are hidden. */
  likedBy: selector(
    'a[href$="/liked_by/"]',
    'public scrapers read the older layout\'s likes from a[href*="/liked_by/"] span; UNVERIFIED in a capture',
    [HIDDEN],
  ),
  /** Pictures of a carousel: one per slide, in a list (profile pictures sit in links, and are not). */
  slide: selector(
    'ul > li img',
    'real post page capture (two slides and a "Avançar" button)',
    [HOME, POST],
    [REAL_POST],
  ),
  video: selector('video', 'reels and video posts; UNVERIFIED in a capture', [REEL]),
  /** A grid tile's hover overlay: likes then comments, each an <li> with a sprite icon and no label. */
  tileOverlay: selector(
    'a[href*="/p/"] ul > li, a[href*="/reel/"] ul > li',
    'real profile grid capture (tile DFe0nxuhPox: 203, 5); a public scraper reads `a ul li` as likes, comments',
    GRIDS,
    [REAL_GRID],
  ),
  /** A tile's type icon (Clip, Carousel, Pinned), its label localised (Clipe, Carrossel). */
  tileIcon: selector(
    'a[href*="/p/"] svg[aria-label], a[href*="/reel/"] svg[aria-label]',
    'both real captures ("Clip", "Carousel"; "Clipe", "Carrossel")',
    GRIDS,
    REAL,
  ),
  /** The logged-in account: the navigation's "Profile" link, with the viewer's picture. */
  viewerAvatar: selector(
    'a[href] span[role="link"] img',
    'both real captures (a[href="/imposterx.com.in/"], a[href="/albertohr1001/"] in the side navigation)',
    ALL,
    REAL,
  ),
  /** Shown on the viewer's own profile only: the page's account is then the viewer's. */
  editProfile: selector(
    'a[href="/accounts/edit/"]',
    'DimensionDev/Maskbook instagram.com/utils/selector.ts (searchInstagramProfileEditButton)',
    [GRID, HIDDEN],
  ),
};

/** A post link: `/p/<code>/`, `/reel/<code>/`, `/<user>/p/<code>/` (2025 captures), `/tv/<code>/` (IGTV). */
export const POST_PATH = /^\/(?:([A-Za-z0-9._]{1,30})\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/;

/** A post page: a post path and what may follow it (a comment `/c/<id>/`, the likers `/liked_by/`). */
export const POST_PAGE_PATH = /^\/(?:([A-Za-z0-9._]{1,30})\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})(?:\/|$)/;

/** First path segments that are not accounts (and so pages without an account's posts). Seen: Instagram's
 *  navigation and footer links. */
export const RESERVED_PATHS = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'explore',
  'accounts',
  'direct',
  'stories',
  'about',
  'legal',
  'developer',
  'web',
  'emails',
  'challenge',
  'session',
  'privacy',
  'terms',
  'api',
  'graphql',
  'static',
  'oauth',
  'lite',
  'your_activity',
  'notifications',
  'ar',
  'create',
  'topics',
  'directory',
]);

/** A profile's tabs that show other accounts' posts (tagged, saved, reposted): not the account's own. */
export const OTHERS_TABS = new Set(['tagged', 'saved', 'reposts']);

/**
 * The sponsored label of a feed ad. Seen: "Sponsored" (joshrouwhorst/userscripts Instagram.user.js;
 * Adblockers-extensions/expert-adblocker-v2 src/facebook/Instagram.tsx); the others are Meta's wording in
 * those languages, UNVERIFIED in a capture.
 */
export const SPONSORED_WORDS = new Set([
  'sponsored',
  'patrocinado',
  'publicidad',
  'gesponsert',
  'sponsorisé',
  'sponsorizzato',
  'gesponsord',
  'sponsorowane',
  'sponsorlu',
  'реклама',
  'bersponsor',
  '広告',
  '광고',
]);

/**
 * Action icons' labels that name their count. Seen: en "Like", "Unlike" (KineticNexus/instagram-ai-bot
 * src/automation/selectors.ts; Comment and Share UNVERIFIED), pt (real
 * post page capture: Curtir, Comentar, Compartilhar). Other languages are Meta's wording, UNVERIFIED; a
 * label not listed here is placed by position (like first, comment second), and anything after is left out.
 */
export const ICON_METRICS: ReadonlyMap<string, Metric> = new Map<string, Metric>([
  ['like', 'likes'],
  ['unlike', 'likes'],
  ['curtir', 'likes'],
  ['descurtir', 'likes'],
  ['me gusta', 'likes'],
  ['ya no me gusta', 'likes'],
  ['gefällt mir', 'likes'],
  ['j’aime', 'likes'],
  ["j'aime", 'likes'],
  ['mi piace', 'likes'],
  ['comment', 'comments'],
  ['comentar', 'comments'],
  ['kommentieren', 'comments'],
  ['commenter', 'comments'],
  ['commenta', 'comments'],
  ['share', 'shares'],
  ['share post', 'shares'],
  ['compartilhar', 'shares'],
  ['compartir', 'shares'],
  ['teilen', 'shares'],
  ['partager', 'shares'],
  ['condividi', 'shares'],
]);

/** What a tile's icon says. Seen: both real captures (Clip/Clipe, Carousel/Carrossel); a public grid
 *  reader ("Pinned post icon"); Aryaman3012/insta_scrape insta_text.txt ("View Count Icon" beside a reel's views,
 *  2025-07; "View count icon" elsewhere). Others UNVERIFIED. */
export const TILE_ICONS: ReadonlyMap<string, 'clip' | 'carousel' | 'pinned' | 'views'> = new Map([
  ['clip', 'clip'],
  ['clipe', 'clip'],
  ['carousel', 'carousel'],
  ['carrossel', 'carousel'],
  ['carrusel', 'carousel'],
  ['karussell', 'carousel'],
  ['carrousel', 'carousel'],
  ['carosello', 'carousel'],
  ['pinned post icon', 'pinned'],
  ['view count icon', 'views'],
  ['views icon', 'views'],
]);
