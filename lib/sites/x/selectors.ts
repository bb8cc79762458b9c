// Everything Resonance knows about X's markup. Each entry says where it was seen; the adapter in
// x.ts holds no selector of its own. Hashed class names (`css-175oi2r r-…`) are never used: they change per deploy.
import type { Metric } from '@/lib/core/metrics';

export const X_HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'];

export const X = {
  /** Seen: real captures (../shared/fixtures/real/x, 2025-10 and 2025-12); control-panel-for-twitter Selectors.TWEET (2026-08). */
  post: 'article[data-testid="tweet"]',
  /** A promoted post sits under this ancestor. Seen: CPFT PROMOTED_TWEET_CONTAINER. It also wraps a Follow button
   *  on profiles (real profile capture, 2025-12), so it only disqualifies an article it contains. */
  promoted: '[data-testid="placementTracking"]',
  /** Feed root: the middle column. Seen: real captures; CPFT Selectors.PRIMARY_COLUMN. */
  feed: ['[data-testid="primaryColumn"]', 'main[role="main"]'],
  /** The timeline cell X recycles while scrolling. Seen: real captures, CPFT Selectors.TIMELINE. */
  cell: '[data-testid="cellInnerDiv"]',
  /** "Pinned" / "X reposted" line above a post. Seen: real profile capture (Pinned), CPFT getTweetType. */
  socialContext: '[data-testid="socialContext"]',
  /** Author block: display name and `@handle` links. Seen: both real captures. */
  userName: '[data-testid="User-Name"]',
  /** Avatar wrapper carries the handle in its testid. Seen: both real captures. */
  avatarPrefix: 'UserAvatar-Container-',
  /** The action bar; its aria-label holds every non-zero count, exact and unformatted. Seen: both real captures. */
  actionBar: '[role="group"]',
  /** Per-metric buttons, by testid without a tag: <button> in 2025 captures, div[role=button] in 2023 markup
   *  (rvinowise/twitter_bot test capture). `un…` variants appear once the viewer has acted. */
  buttons: {
    comments: ['[data-testid="reply"]'],
    shares: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
    likes: ['[data-testid="like"]', '[data-testid="unlike"]'],
    saves: ['[data-testid="bookmark"]', '[data-testid="removeBookmark"]'],
  } satisfies Partial<Record<Metric, string[]>>,
  /** Timeline views: link to the post's analytics, label `2596467 views. View post analytics`. Seen: real profile capture. */
  viewsLink: 'a[href$="/analytics"]',
  /** Quotes: shown only on a focused post as a link to /quotes, usually without a count (CPFT restoreTweetInteractionsLinks). */
  quotesLink: 'a[href$="/quotes"]',
  /** Visible counts inside buttons. Seen: real captures (`app-text-transition-container`). */
  visibleCount: '[data-testid="app-text-transition-container"]',
  /** Logged-in account. `AppTabBar_Profile_Link` href is `/<handle>` (CPFT, UNVERIFIED in captures);
   *  the account switcher shows `@handle` (CPFT getUserScreenName). */
  viewerLink: 'a[data-testid="AppTabBar_Profile_Link"]',
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  /** Own profile has the Edit profile link (CPFT toggles body.OwnProfile on it). */
  editProfile: 'a[href="/settings/profile"]',
  /** Media inside a post, for the post's format. Seen: real profile capture (tweetPhoto); videoPlayer per CPFT. */
  photo: '[data-testid="tweetPhoto"]',
  video: '[data-testid="videoPlayer"], [data-testid="videoComponent"]',
  poll: '[data-testid="cardPoll"]',
} as const;

/** `/<handle>/status/<id>` — handles are 1–20 word characters. Seen: CPFT URL_TWEET_BASE_RE. */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d{1,25})(?:\/|$|\?)/;

/** Paths under x.com that are not profiles. Seen: x.com navigation (home, explore, notifications, …). */
export const RESERVED_PATHS = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'hashtag',
  'communities',
  'premium',
  'lists',
  'bookmarks',
]);

/** X's epoch for snowflake ids: ms = (id >> 22) + 1288834974657 (site-markup.md §General, checked on the captures). */
export const X_EPOCH_MS = 1288834974657n;

/**
 * Words that name a metric inside the action bar's aria-label, in the languages whose labels are known.
 * Seen: en (real captures, 2025), ja (`件の返信`, `件のリポスト`, `件のいいね`, `件の表示`: a public project's
 * Japanese-locale test code, site-markup.md §1). Labels in other languages are mapped by position instead.
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
