import { type AccountNaming, GENERIC_NAMES, type SiteInfo } from '@/lib/sites/site';

/** A channel's @handle (3–30 of letters, digits, `.`, `_`, `-`; case-insensitive) or its channel id (`UC` + 22, case-sensitive). */
const HANDLE = /^@([A-Za-z0-9._-]{3,30})$/;
const CHANNEL = /^UC[A-Za-z0-9_-]{22}$/;

const accounts: AccountNaming = {
  parse(input) {
    if (typeof input !== 'string') return null;
    const bare = input.trim();
    if (CHANNEL.test(bare)) return { handle: bare, id: bare };
    return HANDLE.test(bare) ? { handle: bare, id: bare.toLowerCase() } : null;
  },
  show: (handle) => handle,
  example: '@lumenroasters',
};

export const youtubeSite = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  domains: ['youtube.com', 'youtu.be'],
  selfHosted: false,
  accounts,
  // A Google account can own several channels: the channel is tracked, never the signed-in person by default.
  viewerIsBrand: false,
  metricNames: GENERIC_NAMES,
  // 28 days, YouTube Studio's longest early window; half-time A/24.
  timing: { saturationHours: 28 * 24, halfHours: 28 },
} as const satisfies SiteInfo;
