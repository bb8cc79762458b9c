import type { AccountNaming, SiteInfo } from '@/lib/sites/site';

/** `user@instance`: Mastodon usernames are word characters (with inner dots or dashes), compared case-insensitively. */
const ACCT =
  /^([A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;

const accounts: AccountNaming = {
  parse(input) {
    if (typeof input !== 'string') return null;
    const m = ACCT.exec(input.trim().replace(/^@/, ''));
    if (!m) return null;
    // Instance host names are case-insensitive: written in lower case.
    const handle = `${m[1]}@${m[2]!.toLowerCase()}`;
    return { handle, id: handle.toLowerCase() };
  },
  show: (handle) => `@${handle}`,
  example: '@lumen@mastodon.social',
};

export const mastodonSite = {
  id: 'mastodon',
  name: 'Mastodon',
  hosts: [],
  domains: [],
  selfHosted: true,
  accounts,
  viewerIsBrand: true,
  metricNames: {
    likes: 'favourites',
    comments: 'replies',
    shares: 'boosts',
    quotes: 'quotes',
    saves: 'bookmarks',
    views: 'views',
  },
  // No ranking algorithm: posts surface as followers scroll and as boosts federate across time zones, so
  // the tail is slower than X's: 72 h, as Threads.
  timing: { saturationHours: 72, halfHours: 3 },
} as const satisfies SiteInfo;
