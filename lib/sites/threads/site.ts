import { foldedHandles, type SiteInfo } from '@/lib/sites/site';

export const threadsSite = {
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  domains: ['threads.com', 'threads.net'],
  selfHosted: false,
  // Threads accounts are Instagram accounts: letters, digits, `.` and `_`, up to 30.
  accounts: foldedHandles(/^[A-Za-z0-9._]{1,30}$/, '@lumenroasters'),
  viewerIsBrand: true,
  metricNames: {
    likes: 'likes',
    comments: 'replies',
    shares: 'reposts',
    quotes: 'quotes',
    saves: 'saves',
    views: 'views',
  },
  // No decay study found: 72 h with half-time A/24 (between X's A/h of 36 and Facebook's 10).
  timing: { saturationHours: 72, halfHours: 3 },
} as const satisfies SiteInfo;
