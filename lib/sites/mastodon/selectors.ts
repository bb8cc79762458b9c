// Everything Resonance knows about Mastodon's web UI markup (any instance). Each selector says where it
// was seen and which project fixtures (tests/fixtures/mastodon/) it must match. There is no real capture
// yet: the evidence is Mastodon's own source (mastodon/mastodon, paths under app/javascript/mastodon/);
// "beyond the reference" marks facts read from that source but not corroborated by an extension.
// Class names here are Mastodon's own semantic ones, stable for years; forks (glitch-soc) may differ.
import { selector } from '@/lib/sites/selector';

const HOME = 'home-timeline.html';
const PROFILE = 'profile.html';
const PROFILE_DE = 'profile-de.html';
const STATUS = 'status.html';
const NOTIFICATIONS = 'notifications.html';
/** Pages of the React web app (everything but server-rendered settings). */
const APP = [HOME, PROFILE, PROFILE_DE, STATUS, NOTIFICATIONS];
/** Pages whose statuses sit in a ScrollableList. */
const LISTS = [HOME, PROFILE, PROFILE_DE, NOTIFICATIONS];
/** Pages with Mastodon 4.3+ Material Symbols icons (svg.icon-<id>); notifications.html follows 4.1 (Font Awesome). */
const SVG_ICONS = [HOME, PROFILE, PROFILE_DE, STATUS];

export const MASTODON = {
  /** The app root; with `initialState`, what tells a Mastodon page on any host. */
  appRoot: selector(
    '#mastodon[data-props]',
    'Mastodon source (how an instance page is told apart) (div#mastodon with data-props)',
    APP,
  ),
  initialState: selector(
    'script#initial-state',
    'Mastodon source (how an instance page is told apart) (JSON; meta.me = logged-in account id)',
    APP,
  ),
  /** A status in a list or thread: outermost only (a 4.4+ quote nests another `.status[data-id]`). */
  status: selector('.status[data-id]', 'Mastodon source, Post (components/status/legacy/status.jsx)', APP),
  /** The status page's main post: DetailedStatus plus its ActionBar, in one focusable wrapper. */
  detailedWrapper: selector(
    '.detailed-status__wrapper',
    'features/status/index.jsx (div.focusable.detailed-status__wrapper around DetailedStatus and ActionBar); beyond the reference',
    [STATUS],
  ),
  detailed: selector('.detailed-status', 'Mastodon source, Detail view (detailed_status.tsx)', [STATUS]),
  /** A quoted post (Mastodon 4.4+): never the post, and nothing in it is the outer post's. */
  quote: selector(
    '.status__quote',
    'components/status_quoted.tsx (4.4+: div.status__quote around a StatusContainer isQuotedPost); beyond the reference',
    [HOME],
  ),
  /** Another status's focusable wrapper, as a scope boundary. */
  wrapper: selector(
    '.status__wrapper',
    'Mastodon source, Post (.status[data-id] inside .status__wrapper)',
    APP,
  ),
  /** Feed root: the columns area holds every column and persists across in-app navigation. */
  feed: [
    selector(
      '.columns-area',
      'components/columns_area (ColumnsArea: div.columns-area); beyond the reference',
      APP,
    ),
    selector(
      '[role="feed"]',
      'components/scrollable_list.jsx (div[role=feed].item-list); beyond the reference',
      LISTS,
    ),
    selector('#mastodon', 'Mastodon source (how an instance page is told apart)', APP),
  ],
  /** Permalink `/@acct/<id>` with `time[datetime]` inside. */
  permalink: selector(
    'a.status__relative-time[href]',
    'Mastodon source, Permalink and Timestamp (status/legacy/header.tsx)',
    APP,
  ),
  time: selector('time[datetime]', 'Mastodon source, Timestamp (RelativeTimestamp)', APP),
  /** The detailed status's permalink: its text is a formatted date (FormattedDate), no <time>. */
  detailedPermalink: selector(
    'a.detailed-status__datetime[href]',
    'Mastodon source, Detail view (detailed_status.tsx)',
    [STATUS],
  ),
  /** Header (time link and author); the badge goes after it when there is no action bar. */
  header: selector(
    '.status__info',
    'components/status.jsx (div.status__info around time and author links); beyond the reference',
    APP,
  ),
  detailedHeader: selector(
    'a.detailed-status__display-name',
    'features/status/components/detailed_status.tsx (author link); beyond the reference',
    [STATUS],
  ),
  actionBar: selector('.status__action-bar', 'Mastodon source, Replies (status/action_bar.tsx)', APP),
  detailedActionBar: selector(
    '.detailed-status__action-bar',
    'features/status/components/action_bar.jsx (no counters in 4.3); beyond the reference',
    [STATUS],
  ),
  detailedMeta: selector('.detailed-status__meta', 'Mastodon source, Detail view', [STATUS]),
  /** Every IconButton; in an action bar the first is Reply, in every version. */
  button: selector('.icon-button', 'Mastodon source, Replies (icon_button.tsx)', APP),
  counter: selector(
    '.icon-button__counter',
    'Mastodon source, Replies (<AnimatedNumber> in the IconButton)',
    APP,
  ),
  /** AnimatedNumber: mid-animation it holds the old and the new number, the leaving one absolutely placed. */
  animatedNumber: selector(
    '.animated-number',
    'components/animated_number.tsx (span.animated-number > span per value); beyond the reference',
    APP,
  ),
  /** The boost button, by its icon: svg.icon-retweet (Icon id="retweet", 4.3+), i.fa-retweet (Font Awesome, ≤4.2). */
  boostIcon: [
    selector(
      '.icon-retweet',
      'components/icon.tsx (svg.icon.icon-<id>, Material Symbols, 4.3+); beyond the reference',
      SVG_ICONS,
    ),
    selector('.fa-retweet', 'components/icon.js (i.fa.fa-<id>, Font Awesome, ≤4.2); beyond the reference', [
      NOTIFICATIONS,
    ]),
  ],
  favouriteButton: selector(
    '.star-icon',
    'Mastodon source, Favourites (.status__action-bar__button.star-icon)',
    [...APP],
  ),
  detailedReblogs: selector(
    '.detailed-status__reblogs',
    'Mastodon source, Detail view (a[href$="/reblogs"] .detailed-status__reblogs)',
    [STATUS],
  ),
  detailedFavourites: selector(
    '.detailed-status__favorites',
    'Mastodon source, Detail view (a[href$="/favourites"] .detailed-status__favorites)',
    [STATUS],
  ),
  /** Media, for the format. A gifv is a gallery item holding a looping video. */
  galleryItem: selector(
    '.media-gallery__item',
    'components/media_gallery.jsx (div.media-gallery > div.media-gallery__item each); beyond the reference',
    [HOME, PROFILE, PROFILE_DE, STATUS],
  ),
  video: [
    selector('.video-player', 'features/video (div.video-player); beyond the reference', [HOME, PROFILE]),
    selector('.media-gallery__gifv', 'components/media_gallery.jsx (gifv item); beyond the reference', [
      HOME,
    ]),
  ],
  poll: selector('.poll', 'components/poll.jsx (div.poll); beyond the reference', [
    HOME,
    PROFILE,
    NOTIFICATIONS,
  ]),
  card: selector('.status-card', 'features/status/components/card.jsx (preview card); beyond the reference', [
    HOME,
    PROFILE,
    PROFILE_DE,
  ]),
  /** A post's words as shown. Before 4.3 a post under a content warning kept its body in the page, hidden,
   *  without `--visible`: only the shown body is read. */
  body: selector(
    '.status__content__text--visible',
    'components/status_content.jsx (div.status__content__text--visible, every version); beyond the reference',
    APP,
  ),
  /** A content warning's text (4.3+), read as the post's text; the body is not rendered until shown. The
   *  filter banner (`--filter`) names the viewer's filter, not the post. */
  contentWarning: selector(
    '.content-warning:not(.content-warning--filter) > p',
    'components/status/legacy/banner.tsx and content_warning.tsx (div.content-warning > p); beyond the reference',
    [STATUS],
  ),
  /** Hashtags the web UI takes out of a post's last line and shows under it (links; "…and 2 more" is a button). */
  hashtagBar: selector(
    '.hashtag-bar',
    'components/status/legacy/hashtag_bar.tsx (div.hashtag-bar of /tags/ links); beyond the reference',
    [STATUS],
  ),
  /** Logged-in account without initial-state: the compose panel's own-profile link (≤4.2). */
  viewerLink: selector(
    '.navigation-bar a[href^="/@"]',
    'features/compose/components/navigation_bar.jsx (≤4.2: avatar and @acct links, "Edit profile"); beyond the reference',
    [NOTIFICATIONS],
  ),
  /** The viewer's own profile: the header's Edit profile button. Scoped to the account header, because
   *  the ≤4.2 compose panel links /settings/profile on every page. */
  editProfile: selector(
    '.account__header a[href="/settings/profile"]',
    'features/account/components/header.jsx (actionBtn for me === account id); beyond the reference',
    [PROFILE],
  ),
};

/** An account segment of a path: `@user` or `@user@domain`. Seen: permalinks in Mastodon source (status/legacy/header.tsx). */
export const ACCOUNT_SEGMENT = /^@([^/@?#]+)(?:@([^/?#]+))?$/;

/** A status id in a path. Mastodon's ids are decimal snowflakes (lib/mastodon/snowflake.rb). */
export const STATUS_ID = /^\d{1,25}$/;

/**
 * First path segments of pages with no posts: server-rendered (config/routes.rb: settings, admin, auth,
 * oauth, filters, relationships, disputes, invites…) and web-app pages that list no statuses
 * (features/ui/index.jsx: about, privacy-policy, terms-of-service, directory, follow_requests, blocks…).
 */
const NO_POSTS = `settings admin auth oauth filters relationships disputes invites statuses_cleanup about
  privacy-policy terms-of-service directory follow_requests blocks mutes domain_blocks followed_tags keyboard-shortcuts`;
export const NO_POST_PATHS = new Set(NO_POSTS.split(/\s+/));

/** Account and status sub-pages that list accounts, not statuses (features/ui/index.jsx routes). */
export const NO_POST_SUBPAGES = new Set(['followers', 'following', 'reblogs', 'favourites', 'quotes']);
