import { foldedHandles, GENERIC_NAMES, type SiteInfo } from '@/lib/sites/site';

export const instagramSite = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  domains: ['instagram.com'],
  selfHosted: false,
  // Letters, digits, `.` and `_`, up to 30 characters, compared case-insensitively.
  accounts: foldedHandles(/^[A-Za-z0-9._]{1,30}$/, '@lumenroasters'),
  viewerIsBrand: true,
  metricNames: GENERIC_NAMES,
  // No decay study found: 72 h with half-time A/24.
  timing: { saturationHours: 72, halfHours: 3 },
} as const satisfies SiteInfo;
