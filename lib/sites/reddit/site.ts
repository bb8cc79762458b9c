import { foldedHandles, type SiteInfo } from '@/lib/sites/site';

export const redditSite = {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'new.reddit.com', 'sh.reddit.com'],
  domains: ['reddit.com'],
  selfHosted: false,
  // Usernames: letters, digits, `_` and `-`, 3–20, case-insensitive; written `u/name` on the site.
  accounts: foldedHandles(/^[A-Za-z0-9_-]{3,20}$/, 'u/LumenRoasters', 'u/'),
  viewerIsBrand: true,
  metricNames: {
    likes: 'upvotes',
    comments: 'comments',
    shares: 'shares',
    quotes: 'quotes',
    saves: 'saves',
    views: 'views',
  },
  // In Reddit's open-sourced "hot" ranking a post 12.5 h newer outranks one with 10× the votes, so a
  // day-old post needs 100× the votes to stay on a listing: 24 h, with a short half-time.
  timing: { saturationHours: 24, halfHours: 1 },
} as const satisfies SiteInfo;
