import type { AccountNaming, SiteInfo } from '@/lib/sites/site';

/** A Page or profile: its vanity name (letters, digits, dots; at least 5) or its numeric id. */
const NAME = /^(?:[A-Za-z0-9.]{5,50}|\d{5,20})$/;

const accounts: AccountNaming = {
  parse(input) {
    if (typeof input !== 'string') return null;
    const bare = input.trim().replace(/^@/, '');
    return NAME.test(bare) ? { handle: bare, id: bare.toLowerCase() } : null;
  },
  show: (handle) => handle,
  example: 'lumenroasters',
};

export const facebookSite = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
  domains: ['facebook.com'],
  selfHosted: false,
  accounts,
  // The logged-in person manages the brand's Page; the Page is tracked, never the person by default.
  viewerIsBrand: false,
  metricNames: {
    likes: 'reactions',
    comments: 'comments',
    shares: 'shares',
    quotes: 'quotes',
    saves: 'saves',
    views: 'views',
  },
  // 24 h; half-time solved from "75 % of engagement within 5 h" with the prior normalised at 24 h (h = 30/13).
  timing: { saturationHours: 24, halfHours: 30 / 13 },
} as const satisfies SiteInfo;
