// Everything Resonance knows about TikTok's web markup. Each selector says where it was seen and which
// project fixtures (tests/fixtures/tiktok/) it must match; the adapter holds no selector of its own.
// Classes are styled-components hashes (`tiktok-wxn977-StrongText`, `css-1p48f7x-DivItemContainer`) and
// never used: `data-e2e` attributes, ids and link shapes are. Real captures: tracking-exposed/trex
// platforms/tktrex/extension/__tests__/htmls/tk-foryou.html (2022) and tk-video-1.html (2022-08).
import type { Metric } from '@/lib/core/metrics';
import { selector } from '@/lib/sites/selector';

const FORYOU = 'foryou.html';
const FORYOU_2022 = 'foryou-2022.html';
const FOLLOWING = 'following-ja.html';
const PROFILE = 'profile.html';
const REPOSTS = 'profile-reposts.html';
const VIDEO = 'video.html';
const VIDEO_2022 = 'video-2022.html';
const MODAL = 'modal-es.html';
const FEEDS = [FORYOU, FORYOU_2022, FOLLOWING, MODAL];
const CURRENT_FEEDS = [FORYOU, FOLLOWING, MODAL];
const DETAILS = [VIDEO, VIDEO_2022, MODAL];
const ALL = [...FEEDS, PROFILE, REPOSTS, VIDEO, VIDEO_2022];
const REAL_FEED = ['tiktok/foryou-feed.html'];
const REAL_VIDEO = ['tiktok/video-page-2022.html'];
const REAL = [...REAL_FEED, ...REAL_VIDEO];

export const TIKTOK = {
  /** The app root: every feed, grid and video view renders inside it. */
  app: selector(
    '#app',
    'both real captures (2022); a public downloader extension reads div#app (2025)',
    ALL,
    REAL,
  ),
  /** A For You or Following item: a div in 2022, an article since 2024 (public scrapers: article[data-e2e=…]). */
  feedItem: selector(
    '[data-e2e="recommend-list-item-container"]',
    'real For You capture (2022, 9 items); steinhaug/KISTA-ClickFuck public_html/c-puppeteer.js',
    FEEDS,
    REAL_FEED,
  ),
  /** A tile of a profile's Videos tab: its views and its link. */
  gridTile: selector(
    '[data-e2e="user-post-item"]',
    'trex tk-profile.html (2022-06, 30 tiles); public profile scrapers (2024-2026)',
    [PROFILE],
  ),
  /** Tiles of the other profile tabs (Reposts, Liked, Favorites): other accounts' videos, never read. */
  otherTile: selector(
    '[data-e2e="user-repost-item"], [data-e2e="user-liked-item"], [data-e2e="user-favorite-item"]',
    'public TikTok downloaders and liked-video exporters (2024-2025); UNVERIFIED in a capture',
    [REPOSTS],
  ),
  /** The sponsored label of an ad in the feed: an ad is never read. */
  adLabel: selector(
    '[data-e2e="ad-tag"]',
    'a public TikTok feed reader (2025) checks it for sponsored cards; UNVERIFIED in a capture',
    [FORYOU],
  ),
  /** The video's description, its text (hashtags are links in it): a feed item's, then the video page's
   *  or modal's. Tiles show none. */
  desc: [
    selector(
      '[data-e2e="video-desc"]',
      'real For You capture (2022, 9 items); public scrapers',
      FEEDS,
      REAL_FEED,
    ),
    selector(
      '[data-e2e="browse-video-desc"]',
      'real video page capture (2022-08); public scrapers',
      DETAILS,
      REAL_VIDEO,
    ),
  ],
  /** A feed item's author: the avatar link `/@handle`, else the handle's text. */
  itemAuthorLink: selector(
    'a[data-e2e="video-author-avatar"]',
    'real For You capture (2022)',
    FEEDS,
    REAL_FEED,
  ),
  itemAuthorText: selector(
    '[data-e2e="video-author-uniqueid"]',
    'real For You capture (2022: h3 with the handle)',
    FEEDS,
    REAL_FEED,
  ),
  /** The player's wrapper, `xgwrapper-<n>-<video id>`: the only id a playing video carries. */
  player: selector(
    '[id^="xgwrapper-"]',
    'real video page capture (xgwrapper-4-7135383664971582725, 2022-08); SparklingWaterBurns/TTJSDownloader main.js',
    [FORYOU, FOLLOWING, VIDEO, VIDEO_2022, MODAL],
    REAL_VIDEO,
  ),
  /** Links to one post: `/@handle/video/<id>` (tiles; some feed items) or `/@handle/photo/<id>`. */
  postLink: selector(
    'a[href*="/video/"], a[href*="/photo/"]',
    'trex tk-profile.html tile links (2022-06); public downloaders read /photo/ links too (2025)',
    [PROFILE, FORYOU, REPOSTS],
  ),
  /** The video page's and the modal's author handle (inside a link to `/@handle`). */
  detailAuthor: selector(
    '[data-e2e="browse-username"]',
    'real video page capture (2022-08); public scrapers (2024-2026)',
    DETAILS,
    REAL_VIDEO,
  ),
  /** Counts, shown as text: exact below 10,000, then `10K`, `76.3K`, `2.2M`. The video page and the modal
   *  use `browse-*` for likes and comments since 2023; the 2022 video page used the feed's names. */
  counts: {
    likes: [
      selector(
        '[data-e2e="browse-like-count"]',
        'public scrapers of the video page (2024-2026); theCaravan/tampermonkey-scripts tiktok-auto-like.js (browse-like-icon)',
        [VIDEO, MODAL],
      ),
      selector('[data-e2e="like-count"]', 'both real captures (2022)', [...FEEDS, VIDEO_2022], REAL),
    ],
    comments: [
      selector('[data-e2e="browse-comment-count"]', 'public scrapers of the video page (2024-2026)', [
        VIDEO,
        MODAL,
      ]),
      selector('[data-e2e="comment-count"]', 'both real captures (2022)', [...FEEDS, VIDEO_2022], REAL),
    ],
    shares: [selector('[data-e2e="share-count"]', 'both real captures (2022)', [...FEEDS, ...DETAILS], REAL)],
    // Bookmarks ("Favorites"): `undefined-count` (sic) is TikTok's own name for the button's count.
    saves: [
      selector(
        '[data-e2e="undefined-count"]',
        'public TikTok scrapers (2024-2026), e.g. the video page scrapers that read it beside browse-like-count',
        [...CURRENT_FEEDS, VIDEO],
      ),
      selector(
        '[data-e2e="favorite-count"]',
        'public TikTok scrapers (2024-2026), e.g. the video page scrapers that read it beside browse-like-count',
        [MODAL],
      ),
    ],
    views: [
      selector(
        'strong[data-e2e="video-views"]',
        'trex tk-profile.html ("73.1K", 2022-06); public profile scrapers',
        [PROFILE, REPOSTS],
      ),
    ],
  } satisfies Partial<Record<Metric, unknown>>,
  /** The logged-in account, in the JSON the page embeds for its app: parsed as data, never run. */
  universalData: selector(
    'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
    'public scrapers read __DEFAULT_SCOPE__["webapp.app-context"].user (2024-2026)',
    [FORYOU, FOLLOWING, PROFILE, REPOSTS, VIDEO, MODAL],
  ),
  sigiState: selector(
    'script#SIGI_STATE',
    'real video page capture (2022-08: AppContext.appContext.user.uniqueId)',
    [VIDEO_2022],
    REAL_VIDEO,
  ),
  /** Only the viewer's own profile shows this button (UNVERIFIED markup: a public downloader's code). */
  editProfile: selector(
    '[data-e2e="edit-profile-button"]',
    'a public TikTok profile downloader extension (2025); UNVERIFIED in a capture',
    [PROFILE, REPOSTS],
  ),
};

/** `/@handle/video/<id>` or `/@handle/photo/<id>`; handles are letters, digits, `.` and `_`. */
export const POST_PATH = /^\/@([A-Za-z0-9._]{2,24})\/(video|photo)\/(\d{15,25})(?:\/|$)/;

/** The player wrapper's id: `xgwrapper-<index>-<video id>`. */
export const PLAYER_ID = /^xgwrapper-\d+-(\d{15,25})$/;

/** First path segments of pages without posts to read (TikTok's own nav, footer and settings links). */
export const NO_POST_PATHS = new Set(
  `messages setting settings upload tiktokstudio creator-center live login signup logout legal about coin
  inbox business-suite feedback download privacy safety community-guidelines transparency forgood
  search tag music explore discover effect place topics channel`.split(/\s+/),
);

/** Account sub-pages with no posts of the account (`/@handle/live`, `/@handle/collection/…`). */
export const NO_POST_SUBPAGES = new Set(['live', 'collection', 'playlist']);
