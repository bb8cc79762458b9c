// Everything Resonance knows about X's markup. Each selector says where it was seen and which project
// fixtures (tests/fixtures/x/) it must match; the adapter holds no selector of its own. Hashed class
// names (`css-175oi2r r-…`) are never used: they change per deploy. CPFT = insin/control-panel-for-twitter.
import type { Metric } from '@/lib/core/metrics';
import { selector } from '@/lib/sites/selector';

const TIMELINES = ['home-timeline.html', 'profile.html', 'quote.html', 'repost.html', 'timeline-ja.html'];
const ALL = [...TIMELINES, 'promoted.html', 'status.html', 'media.html'];
const REAL = ['x/profile-timeline.html', 'x/status-focused-tweet.html'];

export const X = {
  post: selector(
    'article[data-testid="tweet"]',
    'real captures 2025-10 and 2025-12; CPFT Selectors.TWEET (2026-08)',
    ALL,
    REAL,
  ),
  /** A promoted post sits under this ancestor. It also wraps a Follow button on profiles, so it only
   *  disqualifies an article it contains. */
  promoted: selector(
    '[data-testid="placementTracking"]',
    'CPFT PROMOTED_TWEET_CONTAINER; real profile capture (2025-12, around a Follow button)',
    ['promoted.html', 'home-timeline.html'],
    ['x/profile-timeline.html'],
  ),
  /** Feed root: the middle column, else the main landmark. */
  feed: [
    selector('[data-testid="primaryColumn"]', 'real captures; CPFT Selectors.PRIMARY_COLUMN', ALL, [
      'x/profile-timeline.html',
    ]),
    selector('main[role="main"]', 'real captures', ALL, ['x/profile-timeline.html']),
  ],
  /** Author block: display name and `@handle` links; the badge goes after it when a post has no action bar. */
  userName: selector('[data-testid="User-Name"]', 'both real captures', ALL, REAL),
  /** The action bar; its aria-label holds every non-zero count, exact and unformatted. It ends the post
   *  (each last child down from the article reaches it, in every fixture and real capture: scope.ts). */
  actionBar: selector('[role="group"]', 'both real captures', ALL, REAL),
  /** Per-metric buttons, by testid without a tag: <button> in 2025 captures, div[role=button] in 2023
   *  markup (rvinowise/twitter_bot test capture). `un…` variants appear once the viewer has acted. */
  buttons: {
    comments: [selector('[data-testid="reply"]', 'both real captures', ALL, REAL)],
    shares: [
      selector('[data-testid="retweet"]', 'both real captures', TIMELINES, REAL),
      selector('[data-testid="unretweet"]', 'CPFT [data-testid$="retweet"]; reposted by the viewer', [
        'repost.html',
        'home-timeline.html',
      ]),
    ],
    likes: [
      selector('[data-testid="like"]', 'both real captures', ALL, REAL),
      selector('[data-testid="unlike"]', 'CPFT [data-testid$="like"]; liked by the viewer', [
        'home-timeline.html',
      ]),
    ],
    saves: [
      selector('[data-testid="bookmark"]', 'both real captures', ALL, REAL),
      selector('[data-testid="removeBookmark"]', 'CPFT; bookmarked by the viewer', ['media.html']),
    ],
  } satisfies Partial<Record<Metric, unknown>>,
  /** Timeline views: link to the post's analytics, label `2596467 views. View post analytics`. */
  viewsLink: selector('a[href$="/analytics"]', 'real profile capture (2025-12)', TIMELINES, [
    'x/profile-timeline.html',
  ]),
  /** Quotes: only on a focused post, a link to /quotes, usually without a count (CPFT restoreTweetInteractionsLinks). */
  quotesLink: selector('a[href$="/quotes"]', 'CPFT restoreTweetInteractionsLinks', ['status.html']),
  /** Visible (abbreviated) counts inside buttons. */
  visibleCount: selector('[data-testid="app-text-transition-container"]', 'both real captures', ALL, REAL),
  /** Logged-in account: the nav's profile link (`/<handle>`), else `@handle` in the account switcher. */
  viewerLink: selector(
    'a[data-testid="AppTabBar_Profile_Link"]',
    'CPFT (logged-in pages; the real captures are logged out)',
    ALL,
  ),
  accountSwitcher: selector(
    '[data-testid="SideNav_AccountSwitcher_Button"]',
    'CPFT getUserScreenName (logged-in pages)',
    ALL,
  ),
  /** Only the viewer's own profile links to its editing: the page's account is then managed by the viewer. */
  editProfile: selector('a[href="/settings/profile"]', 'CPFT toggles body.OwnProfile on it', [
    'profile.html',
    'repost.html',
  ]),
  /** The post's words; a quoted post has its own inside its card, left out by scope (scope.ts). Emoji
   *  are `<img alt>`; links keep their visually hidden `https://`. */
  text: selector(
    '[data-testid="tweetText"]',
    'both real captures; tweetyoink src/extractors/selectors.ts',
    ALL,
    REAL,
  ),
  /** Media inside a post, for its format. */
  photo: selector(
    '[data-testid="tweetPhoto"]',
    'real profile capture (2025-12)',
    ['profile.html', 'media.html'],
    ['x/profile-timeline.html'],
  ),
  video: [
    selector('[data-testid="videoPlayer"]', 'CPFT (video posts)', ['media.html']),
    selector('[data-testid="videoComponent"]', 'CPFT (video posts, 2025 player)', ['media.html']),
  ],
  poll: selector('[data-testid="cardPoll"]', 'CPFT (poll cards)', ['media.html']),
  /** A post's permalink: the link that wraps its `<time>`. Looser than `post`: on a page whose articles
   *  were renamed these still show that posts are there (health, lib/page/health.ts). */
  permalink: selector('a[href*="/status/"] time', 'both real captures', ALL, REAL),
};

/** `/<handle>/status/<id>`: handles are 1–20 word characters. Seen: CPFT URL_TWEET_BASE_RE. */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d{1,25})(?:\/|$|\?)/;

/** First path segments of pages that never show posts: no "can't find posts" there. */
export const NO_POST_PATHS = new Set([
  'messages',
  'settings',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'premium',
]);

/** First path segments under x.com that are not profiles: those above and more. Seen: x.com navigation. */
export const RESERVED_PATHS = new Set([
  ...NO_POST_PATHS,
  'home',
  'explore',
  'notifications',
  'i',
  'search',
  'hashtag',
  'communities',
  'lists',
  'bookmarks',
]);

/**
 * Words that name a metric inside the action bar's aria-label, in the languages whose labels are known.
 * Seen: en (real captures, 2025), ja (`件の返信`, `件のリポスト`, `件のいいね`, `件の表示`: a public
 * project's Japanese-locale test code). Labels in other languages are mapped by position instead.
 */
export const GROUP_LABEL_WORDS: Array<[RegExp, Metric]> = [
  [/repl|返信/i, 'comments'],
  [/repost|retweet|リポスト/i, 'shares'],
  [/quote|引用/i, 'quotes'],
  [/like|いいね/i, 'likes'],
  [/bookmark|ブックマーク/i, 'saves'],
  [/view|表示/i, 'views'],
];

/** The order X lists the action bar's segments in (zero segments are left out). Seen: real captures. */
export const GROUP_LABEL_ORDER: Metric[] = ['comments', 'shares', 'likes', 'saves', 'views'];
