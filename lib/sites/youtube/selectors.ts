// Everything Resonance knows about YouTube's desktop markup, in both live generations: the Polymer `ytd-`
// elements (2022 real capture) and the view-model elements (2025 real capture). Each selector says where it
// was seen and which project fixtures (tests/fixtures/youtube/) it must match. Hashed or generated class
// names are never used; the BEM (`yt-content-metadata-view-model__…`) and camelCase
// (`ytContentMetadataViewModel…`) component classes are both live and are listed side by side.
// RYD = Anarios/return-youtube-dislike; WATCH22 = the real watch-page capture (tracking-exposed/trex
// yttrex fixture, 2022-03); CARD25 = the real home-grid card (Vulpelo/hide-youtube-shorts
// tests/fixtures/video_element_NORMAL-3.js, 2025-12). The site script reads the same CSS from markup.ts,
// without this evidence (its 15 kB budget); tests/sites/youtube/adapter.test.ts checks both name the same CSS.
import { selector } from '@/lib/sites/selector';
import { M } from './markup';

const WATCH = 'watch.html';
const WATCH_22 = 'watch-2022.html';
const VIDEOS = 'channel-videos.html';
const SHORTS = 'channel-shorts.html';
const HOME = 'home.html';
const VIDEOS_DE = 'channel-videos-de.html';
const PAGES = [WATCH, WATCH_22, VIDEOS, SHORTS, HOME, VIDEOS_DE];
const GRIDS = [VIDEOS, SHORTS, HOME, VIDEOS_DE];
const R_WATCH = 'youtube/watch-page-2022.html';
const R_CARD = 'youtube/lockup-card-2025.html';

export const YT = {
  /** Holds one element per page visited in this tab; the inactive ones stay, `hidden`. The feed root. */
  pageManager: selector(
    M.pageManager,
    'WATCH22 (home and search pages kept hidden beside the watch page)',
    PAGES,
    [R_WATCH],
  ),
  /** A grid cell: home, subscriptions, channel Videos/Shorts/Live tabs, in both generations. */
  richItem: selector(M.richItem, 'WATCH22 (hidden home grid) and CARD25', GRIDS, [R_WATCH, R_CARD]),
  /** The watch page; `video-id` is the video it shows (RYD utils.js isVideoLoaded, 2025-10). */
  watchPage: selector(M.watchPage, 'WATCH22; RYD utils.js (2025-10)', [WATCH, WATCH_22], [R_WATCH]),
  /** Ads in a grid cell. The promoted cell links to /watch too: never a post. */
  ads: [
    selector(M.ads[0], 'ad blockers: ytd-rich-item-renderer:has(ytd-ad-slot-renderer) (several, 2025)', [
      HOME,
    ]),
    selector(M.ads[1], 'ad blockers (several, 2025)', [HOME]),
  ],
  /** The three card kinds a grid cell holds. */
  lockup: selector(
    M.lockup,
    'CARD25; Vulpelo/hide-youtube-shorts LIVE and UPCOMING fixtures (2025-12)',
    [HOME, VIDEOS, WATCH],
    [R_CARD],
  ),
  richGridMedia: selector(M.richGridMedia, 'WATCH22 (hidden home grid)', [VIDEOS_DE, WATCH_22], [R_WATCH]),
  shortsLockup: selector(
    M.shortsLockup,
    'a public scraper’s saved channel Shorts grid (2025; inside ytm-shorts-lockup-view-model-v2)',
    [SHORTS, HOME],
  ),
  /** A card's metadata texts: channel, views, upload time. Both class schemes are live. */
  metadataText: [
    selector(
      M.metadataText[0],
      'CARD25; metric-hiding extensions’ METADATA_SELECTORS',
      [HOME, VIDEOS],
      [R_CARD],
    ),
    selector(
      M.metadataText[1],
      'Vulpelo/hide-youtube-shorts video_element_LIVE-3.js (2025-12, camelCase scheme)',
      [HOME],
    ),
  ],
  /** A card's metadata block (views and age); the badge goes after it. */
  metadataBlock: selector(M.metadataBlock, 'CARD25; WATCH22', [HOME, VIDEOS, VIDEOS_DE], [R_CARD, R_WATCH]),
  /** Legacy cards: `#metadata-line` spans "3.3M views", "5 months ago". */
  metadataLine: selector(M.metadataLine, 'WATCH22 (hidden home grid)', [VIDEOS_DE, WATCH_22], [R_WATCH]),
  /** A card's title, the video's text: the link in its heading, in all three card kinds. */
  cardTitle: selector(
    M.cardTitle,
    'CARD25 (h3[title] > a > span); WATCH22 (h3 > a#video-title-link); the saved Shorts grid (h3 > a > span)',
    GRIDS,
    [R_WATCH, R_CARD],
  ),
  /** Legacy title link: its label ends with the exact views ("… 5 months ago 19 minutes 3,303,975 views"). */
  titleLabel: selector(M.titleLabel, 'WATCH22 (hidden home grid)', [VIDEOS_DE, WATCH_22], [R_WATCH]),
  /** A Shorts card's views ("34M views"); no time is shown. */
  shortsViews: selector(
    M.shortsViews,
    'the saved Shorts grid (2025); a metric-hiding extension’s stats list',
    [SHORTS, HOME],
  ),
  /** Links that name a video. A playlist or Mix card links /watch?v=…&list=…: not a post. */
  videoLink: selector(
    M.videoLink,
    'WATCH22 and CARD25',
    [WATCH, WATCH_22, VIDEOS, HOME, VIDEOS_DE],
    [R_WATCH, R_CARD],
  ),
  shortsLink: selector(M.shortsLink, 'the saved Shorts grid (2025)', [SHORTS, HOME]),
  /** Links that name a channel: /@handle (CARD25), /channel/UC… (WATCH22), legacy /c/ and /user/ (WATCH22). */
  channelLink: selector(
    M.channelLink,
    'WATCH22 and CARD25',
    [WATCH, WATCH_22, VIDEOS, SHORTS, HOME],
    [R_WATCH, R_CARD],
  ),

  // The watch page.
  /** The uploader, in both generations: its channel link and, for the owner, the Studio buttons. */
  owner: selector(
    M.owner,
    'WATCH22 (ytd-video-secondary-info-renderer > ytd-video-owner-renderer)',
    [WATCH, WATCH_22],
    [R_WATCH],
  ),
  /** "1,608,156 views" (exact) beside ".short-view-count" "1.6M views". */
  viewCount: selector(M.viewCount, 'WATCH22', [WATCH_22], [R_WATCH]),
  /** "Aug 15, 2021" (or "Premiered …", "Streamed live on …"). */
  dateText: selector(M.dateText, 'WATCH22', [WATCH_22], [R_WATCH]),
  /** Current: "1.6M views  2 years ago" (spans), and its tooltip "1,608,156 views • Aug 15, 2021". */
  infoText: selector(
    M.infoText,
    'mchangrh/yt-neuter userscripts/absview-date.user.js (#info-container>#info)',
    [WATCH],
  ),
  infoTooltip: selector(
    M.infoTooltip,
    'mchangrh/yt-neuter absview-date.user.js (tp-yt-paper-tooltip[for=info]>#tooltip)',
    [WATCH],
  ),
  /** The like button; its label holds the exact count ("like this video along with 68,066 other people"). */
  likeButton: [
    selector(M.likeButton[0], 'RYD buttons.newui.spec.js (segmented-like-dislike-button-view-model, 2026)', [
      WATCH,
    ]),
    selector(
      M.likeButton[1],
      'WATCH22; RYD desktopNoMenu #top-level-buttons-computed',
      [WATCH_22],
      [R_WATCH],
    ),
  ],
  /** "1,234 Comments", once the comments have loaded (lazily, on scroll). */
  commentsCount: selector(
    M.commentsCount,
    'public scrapers and extensions ("2,455,259 Comments"; one checked it live in 2026-08)',
    [WATCH],
  ),
  /** The video's title, its text; the badge goes after it. */
  title: selector(M.title, 'WATCH22 (h1.title); RYD (ytd-watch-metadata)', [WATCH, WATCH_22]),
  /** The comments header: the only part of the comments whose change concerns the video. */
  commentsHeader: selector(
    M.commentsHeader,
    'public scrapers and extensions (ytd-comments-header-renderer #count)',
    [WATCH],
  ),
  /** Areas that are never posts: the watch page's column of related videos, its comments, the player. */
  notPosts: selector(M.notPosts, 'WATCH22', [WATCH, WATCH_22], [R_WATCH]),

  // Accounts.
  /** A channel page's header: current view model, and the 2022–2024 one with `#channel-handle`. */
  channelHeader: [
    selector(
      M.channelHeader[0],
      'public scrapers: #page-header > yt-page-header-renderer > yt-page-header-view-model (2024–2025)',
      [VIDEOS, SHORTS],
    ),
    selector(M.channelHeader[1], 'public userscripts (#avatar.ytd-c4-tabbed-header-renderer)', [VIDEOS_DE]),
  ],
  /** Texts of the header that may hold its "@handle" (first metadata row; `#channel-handle` before). */
  headerHandle: [
    selector(M.headerHandle[0], 'public scrapers (header metadata rows, 2024–2025)', [VIDEOS, SHORTS]),
    selector(M.headerHandle[1], 'ytd-c4-tabbed-header-renderer (2022–2024); UNVERIFIED id', [VIDEOS_DE]),
  ],
  headerName: [
    selector(M.headerName[0], 'public scrapers (yt-dynamic-text-view-model > h1 > span)', [VIDEOS, SHORTS]),
    selector(
      M.headerName[1],
      'WATCH22 (owner block); ytd-c4-tabbed-header-renderer',
      [WATCH, WATCH_22, VIDEOS_DE],
      [R_WATCH],
    ),
  ],
  /** Owner-only links to YouTube Studio: "Customize channel" / "Manage videos", "Analytics" / "Edit video". */
  studioLink: selector(
    M.studioLink,
    'UNVERIFIED (no capture of an owner’s page): Studio’s address shapes /video/<id>/edit, /channel/<UC…>/editing; WATCH22 has the empty #analytics-button slot',
    [WATCH, VIDEOS],
  ),
  /** The account menu's header (rendered once the avatar menu was opened): name and "@handle". */
  accountHeader: selector(
    M.accountHeader,
    'public scrapers (ytd-popup-container … ytd-active-account-header-renderer yt-formatted-string "@handle")',
    [HOME, WATCH],
  ),
  accountName: selector(M.accountName, 'public scrapers (#account-name)', [HOME, WATCH]),
  /** The menu header's texts; one of them is the "@handle" (a public scraper's xpath: its third yt-formatted-string). */
  accountTexts: selector(M.accountTexts, 'public scrapers', [HOME, WATCH]),
  /** A link in the menu header to the channel ("View your channel"). UNVERIFIED. */
  accountLink: selector(M.accountLink, 'UNVERIFIED (the menu’s "View your channel" link)', [HOME]),
};
