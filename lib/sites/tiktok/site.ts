import { foldedHandles, type SiteInfo } from '@/lib/sites/site';

export const tiktokSite = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'],
  domains: ['tiktok.com'],
  selfHosted: false,
  // Letters, digits, `.` and `_`, 2–24 characters.
  accounts: foldedHandles(/^[A-Za-z0-9._]{2,24}$/, '@lumenroasters'),
  viewerIsBrand: true,
  metricNames: {
    likes: 'likes',
    comments: 'comments',
    shares: 'shares',
    quotes: 'quotes',
    saves: 'favorites',
    views: 'views',
  },
  // 28 days, as YouTube: short videos keep being recommended for weeks.
  timing: { saturationHours: 28 * 24, halfHours: 28 },
} as const satisfies SiteInfo;
