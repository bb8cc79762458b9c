// The CSS the YouTube site script reads the page with. Each entry is one of the selectors of selectors.ts,
// where it is listed with where it was seen and the fixtures it must match (a test checks the two tables
// name the same CSS). The evidence stays out of the site script: its 15 kB of gzip cannot carry it.
export const M = {
  pageManager: 'ytd-page-manager',
  richItem: 'ytd-rich-item-renderer',
  watchPage: 'ytd-watch-flexy',
  ads: ['ytd-ad-slot-renderer', 'ytd-in-feed-ad-layout-renderer'],
  lockup: 'yt-lockup-view-model',
  richGridMedia: 'ytd-rich-grid-media',
  shortsLockup: 'ytm-shorts-lockup-view-model',
  metadataBlock: 'yt-content-metadata-view-model, ytd-video-meta-block',
  metadataText: ['.yt-content-metadata-view-model__metadata-text', '.ytContentMetadataViewModelMetadataText'],
  metadataLine: '#metadata-line > span',
  titleLabel: '#video-title-link[aria-label]',
  cardTitle: 'h3 a',
  shortsViews: '.shortsLockupViewModelHostOutsideMetadataSubhead',
  videoLink: 'a[href^="/watch?v="]',
  shortsLink: 'a[href^="/shorts/"]',
  channelLink: 'a[href^="/@"], a[href^="/channel/"], a[href^="/c/"], a[href^="/user/"]',
  owner: 'ytd-video-owner-renderer',
  viewCount: 'ytd-video-view-count-renderer .view-count',
  dateText: '#info-strings yt-formatted-string',
  infoText: 'ytd-watch-info-text #info',
  infoTooltip: 'ytd-watch-info-text #tooltip',
  likeButton: [
    'like-button-view-model button',
    '#top-level-buttons-computed > ytd-toggle-button-renderer:first-child button',
  ],
  commentsCount: 'ytd-comments-header-renderer #count',
  commentsHeader: 'ytd-comments-header-renderer',
  title: 'ytd-watch-metadata h1, ytd-video-primary-info-renderer h1',
  notPosts: '#secondary, ytd-comments, ytd-player',
  channelHeader: ['yt-page-header-view-model', 'ytd-c4-tabbed-header-renderer'],
  headerHandle: ['yt-content-metadata-view-model span', '#channel-handle'],
  headerName: ['yt-dynamic-text-view-model h1', 'ytd-channel-name #text'],
  studioLink: 'a[href^="https://studio.youtube.com/"]',
  accountHeader: 'ytd-active-account-header-renderer',
  accountName: '#account-name',
  accountTexts: 'ytd-active-account-header-renderer yt-formatted-string',
  accountLink: 'ytd-active-account-header-renderer a[href]',
} as const;

/** The first element any of `css` finds in `root`, trying each in order. */
export function first(root: ParentNode, css: readonly string[]): Element | null {
  for (const c of css) {
    const el = root.querySelector(c);
    if (el) return el;
  }
  return null;
}

/** Channel tabs whose grid holds only that channel's uploads. */
export const CHANNEL_GRID_TABS = ['videos', 'shorts', 'streams'];

/** `@handle` as YouTube writes it in a header or menu (3–30 of letters, digits, `.`, `_`, `-`). */
export const HANDLE_TEXT = /^@[\w.-]{3,30}$/;
