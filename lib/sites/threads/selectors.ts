// Everything Resonance knows about Threads' web markup. Each selector says where it was seen and which project
// fixtures (tests/fixtures/threads/) it must match; the adapter holds no selector of its own. Classes are hashed
// (`x1lliihq`, `x6s0dn4`) and never used: the pressable-container attribute, roles, ARIA labels, tags and link
// shapes are. Real capture: a Threads profile (@zuck, logged out) saved with its page data, stanleyoho/post-tracker
// debug_threads.html (2025-12). Notes: an unidentified "Threads Selectors Reference" (threads_selectors.py,
// 2026-01) and artificialsweetener.ai's TeaBag userscript (greasyfork 552340, 2025).
import { selector } from '@/lib/sites/selector';

const PROFILE = 'profile.html';
const HOME = 'home-feed.html';
const POST = 'post-page.html';
const PT = 'profile-pt.html';
const ALL = [PROFILE, HOME, POST, PT];
const REAL = ['threads/profile-feed.html'];

export const TH = {
  /** A post, a reply, a quoted post's card: Threads has no <article>. Outermost ones are the posts. */
  post: selector(
    'div[data-pressable-container="true"]',
    'real profile capture (one per post; a thread of four is four of them in one group); TeaBag; the notes',
    ALL,
    REAL,
  ),
  /** What is observed: the page layout around every column, else the column's body. */
  feed: [
    selector('#barcelona-page-layout', 'real profile capture (the layout around the columns)', ALL, REAL),
    selector('div[role="region"]', 'real profile capture (aria-label "Column body")', ALL, REAL),
  ],
  /** Any link to a post: the permalink, a quoted post's card, a reply's. */
  postLink: selector(
    'a[href*="/post/"]',
    'real profile capture: a[href="/@zuck/post/DR0WsyWki1M"]',
    ALL,
    REAL,
  ),
  /** A post's permalink holds its time (ISO `datetime`, full date in `title`). */
  permalinkTime: selector(
    'a[href*="/post/"] time',
    'real profile capture (datetime="2025-12-03T22:27:15.000Z"); TeaBag reads `a time` for the post link',
    ALL,
    REAL,
  ),
  /** An action: an icon with its label in a button; the bar's four are Like, Comment, Repost, Share. */
  actionIcon: selector(
    '[role="button"] svg[aria-label]',
    'real profile capture (Like, Comment, Repost, Share; Edited, More and "Audio is muted" elsewhere)',
    ALL,
    REAL,
  ),
  /** The post's menu button ("More"): never an action. */
  menu: selector('[aria-haspopup="menu"]', 'real profile capture (the More button)', ALL, REAL),
  video: selector(
    'video',
    'real profile capture (DSVRshjkbtK: three videos; DRSYei3El47: one)',
    [PROFILE],
    REAL,
  ),
  /** Text runs: names (in links), the time's, the counts' (in buttons), a repost's header, and the post's
   *  words: the first run after the permalink that is in no link or button (text.ts). */
  textRun: selector(
    'span[dir="auto"]',
    'real profile capture (the words in span[dir=auto] > span after the time, seven posts)',
    ALL,
    REAL,
  ),
  /** The page's data: GraphQL results Threads renders from, with each post's exact counts. */
  pageData: selector(
    'script[type="application/json"][data-sjs]',
    'real profile capture (thread_items[].post: code, like_count, text_post_app_info.{direct_reply_count, repost_count, quote_count})',
    [PROFILE, HOME, PT],
    REAL,
  ),
  /** The logged-in account: the navigation's Profile link, /@<viewer>. UNVERIFIED in a capture: logged out, the
   *  real capture's Profile item is a button; the notes click svg[aria-label="Profile"] in the side bar. */
  viewerLink: selector(
    'a[href^="/@"] svg[aria-label]',
    'the notes (Profile icon); UNVERIFIED as a link',
    ALL,
  ),
  /** A profile's display name, above its handle. */
  profileName: selector(
    'h1[translate="no"]',
    'real profile capture ("Mark Zuckerberg")',
    [PROFILE, PT],
    REAL,
  ),
};

/** `/@<user>/post/<code>` and what may follow it. Handles are Instagram's: letters, digits, `.` and `_`. */
export const POST_PATH = /^\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]{5,64})(?:\/([^/?#]+))?\/?$/;

/** `/@<user>` and its tab. */
export const PROFILE_PATH = /^\/@([A-Za-z0-9._]{1,30})(?:\/([^/?#]+))?\/?$/;

/** Profile tabs of other accounts' posts or of the account's replies: not its posts (real capture's tab links:
 *  /@zuck/replies, /@zuck/media, /@zuck/reposts). */
export const NOT_POST_TABS = new Set(['replies', 'reposts']);

/** First path segments of Threads pages without an account's posts (the notes' navigation list). */
export const NO_POST_PATHS = new Set([
  'activity',
  'settings',
  'login',
  'logout',
  'direct',
  'saved',
  'liked',
  'insights',
  'notifications',
  'accounts',
  'legal',
]);

export type Action = 'likes' | 'comments' | 'reposts' | 'sends';

/** The action bar's order (real profile capture): a label not known below is placed by it. */
export const ACTION_ORDER: readonly Action[] = ['likes', 'comments', 'reposts', 'sends'];

/**
 * Action icons' labels. Seen: Like, Comment, Repost, Share (real profile capture, 2025-12); Unlike, Reply (the
 * notes). The others are Meta's wording in those languages, UNVERIFIED in a capture.
 */
export const ACTION_LABELS: ReadonlyMap<string, Action> = new Map<string, Action>([
  ['like', 'likes'],
  ['unlike', 'likes'],
  ['curtir', 'likes'],
  ['descurtir', 'likes'],
  ['me gusta', 'likes'],
  ['gefällt mir', 'likes'],
  ['j’aime', 'likes'],
  ['いいね！', 'likes'],
  ['comment', 'comments'],
  ['reply', 'comments'],
  ['comentar', 'comments'],
  ['responder', 'comments'],
  ['antworten', 'comments'],
  ['répondre', 'comments'],
  ['返信', 'comments'],
  ['repost', 'reposts'],
  ['repostar', 'reposts'],
  ['republicar', 'reposts'],
  ['reposten', 'reposts'],
  ['republier', 'reposts'],
  ['再投稿', 'reposts'],
  ['share', 'sends'],
  ['compartilhar', 'sends'],
  ['compartir', 'sends'],
  ['teilen', 'sends'],
  ['partager', 'sends'],
  ['シェア', 'sends'],
]);
