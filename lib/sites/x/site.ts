import { foldedHandles, type SiteInfo } from '@/lib/sites/site';

export const xSite = {
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  domains: ['x.com', 'twitter.com'],
  selfHosted: false,
  // Handles are word characters; X caps new ones at 15, older ones reach 20 (control-panel-for-twitter
  // URL_TWEET_BASE_RE accepts 1–20). Compared case-insensitively.
  accounts: foldedHandles(/^[A-Za-z0-9_]{1,20}$/, '@LumenRoasters'),
  viewerIsBrand: true,
  metricNames: {
    likes: 'likes',
    comments: 'replies',
    shares: 'reposts',
    quotes: 'quotes',
    saves: 'bookmarks',
    views: 'views',
  },
  // 48 h: X's For You age cutoff. Half-time 80 min: Pfeffer et al., ICWSM 2023 (median half-life).
  timing: { saturationHours: 48, halfHours: 80 / 60 },
} as const satisfies SiteInfo;
