import type { AccountNaming, SiteInfo } from '@/lib/sites/site';

/** A person (`in/<slug>`) or an organisation (`company/`, `showcase/`, `school/<slug>`), as in its URL. */
const REF = /^(in|company|showcase|school)\/([\p{L}\p{N}_%-]{2,100})$/u;

const accounts: AccountNaming = {
  parse(input) {
    if (typeof input !== 'string') return null;
    const bare = input
      .trim()
      .replace(/^https:\/\/(?:www\.)?linkedin\.com\//, '')
      .replace(/\/$/, '');
    const m = REF.exec(bare);
    if (!m) return null;
    const handle = `${m[1]!.toLowerCase()}/${m[2]}`;
    return { handle, id: handle.toLowerCase() };
  },
  show: (handle) => handle,
  example: 'company/lumen-roasters',
};

export const linkedinSite = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  domains: ['linkedin.com'],
  selfHosted: false,
  accounts,
  // The logged-in member manages the company page; the page is tracked, never the member by default.
  viewerIsBrand: false,
  metricNames: {
    likes: 'reactions',
    comments: 'comments',
    shares: 'reposts',
    quotes: 'quotes',
    saves: 'saves',
    views: 'impressions',
  },
  // No decay study found: 72 h with half-time A/24.
  timing: { saturationHours: 72, halfHours: 3 },
} as const satisfies SiteInfo;
