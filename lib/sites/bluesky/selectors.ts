// Everything Resonance knows about Bluesky's web markup (bsky.app, React Native Web: a `testID` becomes
// `data-testid`). Each selector says where it was seen and which project fixtures (tests/fixtures/bluesky/)
// it must match; the adapter holds no selector of its own. Classes are hashed (`css-g5y9jx r-1loqt21`) and
// never used. Real capture: microlinkhq/metascraper packages/metascraper-bluesky/test/fixtures/profile.html
// (a profile, logged out, 2026-01). SA = bluesky-social/social-app; BN = tonycpsu/bluesky-navigator.
import { selector } from '@/lib/sites/selector';

const PROFILE = 'profile.html';
const HOME = 'home.html';
const THREAD = 'thread.html';
const PROFILE_DE = 'profile-de.html';
const DID = 'did-profile.html';
const FEEDS = [PROFILE, HOME, PROFILE_DE, DID];
const ALL = [...FEEDS, THREAD];
/** Pages of a logged-in viewer (profile-de.html is logged out, as the real capture). */
const LOGGED_IN = [PROFILE, HOME, THREAD, DID];
const REAL = ['bluesky/profile-feed.html'];

export const BSKY = {
  /** The app's main landmark, around every screen; else the app root. */
  feed: [
    selector('main[role="main"]', 'real profile capture (2026-01)', ALL, REAL),
    selector('#root', 'real profile capture (2026-01); SA web/index.html', ALL, REAL),
  ],
  /** A feed post (home, profile, custom feeds): suffix is the author's handle (`handle.invalid` without one). */
  feedItem: selector(
    '[data-testid^="feedItem-by-"]',
    'real profile capture (28 items); SA src/view/com/posts/PostFeedItem.tsx; BN ItemHandler.js',
    FEEDS,
    REAL,
  ),
  /** A post of a thread page: parents, the focused post (no permalink of its own) and the replies. */
  threadItem: selector(
    '[data-testid^="postThreadItem-by-"]',
    'SA src/screens/PostThread/components/ThreadItemAnchor.tsx and ThreadItemPost.tsx; BN POST_ITEM_SELECTOR',
    [THREAD],
  ),
  /** A post's permalink `/profile/<handle or did>/post/<rkey>`: the time link, with its date as tooltip. */
  permalink: selector(
    'a[href*="/post/"][data-tooltip]',
    'real profile capture (aria-label and data-tooltip "January 26, 2026 at 7:50 PM"); SA src/view/com/util/PostMeta.tsx',
    ALL,
    REAL,
  ),
  /** Links to profiles: the focused post's author, the viewer's Profile item in the left nav. */
  profileLink: selector('a[href^="/profile/"]', 'real profile capture; SA makeProfileLink', ALL, REAL),
  /** The post's words (its text), where an external link in the text is not a link card. A quoted post has
   *  its own inside its card. */
  postText: selector('[data-testid="postText"]', 'real profile capture; BN', ALL, REAL),
  /** Where another post starts inside a post: a quoted post is a `div[role=link]` titled "Post by <handle>". */
  nestedLink: selector(
    'div[role="link"]',
    'real profile capture (feed items and quoted posts); SA src/components/Post/Embed/index.tsx QuoteEmbed',
    ALL,
    REAL,
  ),
  quote: selector(
    '[aria-label^="Post by "]',
    'real profile capture (5 quotes); SA QuoteEmbed itemTitle (not translated)',
    [PROFILE, HOME],
    REAL,
  ),
  /** Reply count: exact in the label, "Reply (124 replies)", in the app's language. */
  replyBtn: selector(
    '[data-testid="replyBtn"]',
    'real profile capture; SA src/components/PostControls/index.tsx',
    ALL,
    REAL,
  ),
  /** Likes: "Like (3,817 likes)" ("Unlike (…)" once liked); the text `3.8K` in likeCount. */
  likeBtn: selector('[data-testid="likeBtn"]', 'real profile capture; SA PostControls/index.tsx', ALL, REAL),
  likeCount: selector('[data-testid="likeCount"]', 'real profile capture; SA CountWheel', ALL, REAL),
  /** The repost button has a testid only for a logged-in viewer; its number is reposts + quotes. */
  repostBtn: selector(
    '[data-testid="repostBtn"]',
    'SA src/components/PostControls/RepostButton.web.tsx (logged in); the real capture is logged out',
    LOGGED_IN,
  ),
  repostCount: selector(
    '[data-testid="repostCount"]',
    'real profile capture; SA RepostButton.web.tsx (repostCount + quoteCount)',
    ALL,
    REAL,
  ),
  /** The focused post's saves, "6 saves" (its reposts and quotes shown apart are not stored apart). */
  savesExpanded: selector(
    '[data-testid="bookmarkCount-expanded"]',
    'SA src/screens/PostThread/components/ThreadItemAnchor.tsx',
    [THREAD],
  ),
  /** Links under the focused post to its likers, reposters, quotes: `/profile/<a>/post/<rkey>/liked-by`. */
  statLink: selector(
    'a[href$="/liked-by"], a[href$="/reposted-by"], a[href$="/quotes"]',
    'SA ThreadItemAnchor.tsx (likesHref, repostsHref, quotesHref)',
    [THREAD],
  ),
  /** Media, for the format: an image is a button around an expo-image; a video plays in <video>. */
  image: selector(
    'button [data-expoimage="true"]',
    'real profile capture (button[aria-label=<alt>] > div[data-expoimage]); SA ImageEmbed.tsx',
    FEEDS,
    REAL,
  ),
  video: selector('video', 'SA src/components/Post/Embed/VideoEmbed/VideoEmbedInner/VideoEmbedInnerWeb.tsx', [
    PROFILE,
  ]),
  /** A link card: an external link outside the post text. */
  externalLink: selector('a[href^="http"]', 'SA src/components/Post/Embed/ExternalEmbed/index.tsx', [
    PROFILE,
    THREAD,
  ]),
  /** The logged-in account: the left nav's Profile item, `/profile/<handle or did>`. */
  navProfile: selector(
    'nav a[href^="/profile/"]',
    'SA src/view/shell/desktop/LeftNav.tsx (NavItem makeProfileLink(currentAccount)); real capture: nav logged out',
    LOGGED_IN,
  ),
  /** Only the viewer's own profile has an Edit Profile button. */
  editProfile: selector(
    '[data-testid="profileHeaderEditProfileButton"]',
    'SA src/screens/Profile/Header/ProfileHeaderStandard.tsx (isMe)',
    [PROFILE, DID],
  ),
  profileName: selector('[data-testid="profileHeaderDisplayName"]', 'real profile capture', [
    PROFILE,
    PROFILE_DE,
    DID,
  ]),
};

/** `/profile/<handle or did>/post/<rkey>`; a record key is 1–512 characters of [A-Za-z0-9._~:-]. */
export const POST_PATH = /^\/profile\/([^/?#]+)\/post\/([A-Za-z0-9._~:-]{1,512})(?:\/([a-z-]+))?\/?$/;

/**
 * First path segments of pages whose posts Resonance does not read (SA src/routes.ts): settings, chats,
 * lists of feeds and accounts; and search, hashtags, saved posts and notifications, whose posts have no
 * post container of their own (SA src/view/com/post/Post.tsx).
 */
export const NO_POST_PATHS = new Set(
  `settings messages notifications search hashtag topic saved feeds lists moderation support
  starter-pack start sys intent`.split(/\s+/),
);

/** Sub-pages of a profile or post that list accounts or quotes, not the posts Resonance reads. */
export const NO_POST_SUBPAGES = new Set(
  'follows followers known-followers liked-by reposted-by quotes'.split(' '),
);
