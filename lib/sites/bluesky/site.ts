import type { AccountNaming, SiteInfo } from '@/lib/sites/site';

/** A handle is a domain name (`alice.bsky.social`); an account without a valid one shows its DID. */
const DOMAIN =
  /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]{3,253})$/i;

const accounts: AccountNaming = {
  parse(input) {
    if (typeof input !== 'string') return null;
    const bare = input.trim().replace(/^@/, '');
    return DOMAIN.test(bare) || DID.test(bare) ? { handle: bare, id: bare.toLowerCase() } : null;
  },
  show: (handle) => (handle.startsWith('did:') ? handle : `@${handle}`),
  example: '@lumenroasters.bsky.social',
};

export const blueskySite = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  domains: ['bsky.app'],
  selfHosted: false,
  accounts,
  viewerIsBrand: true,
  // The repost button counts reposts and quotes together (bluesky-social/social-app PostControls,
  // `repostCount + quoteCount`), and feeds show nothing else: `shares` is that sum, on every page.
  metricNames: {
    likes: 'likes',
    comments: 'replies',
    shares: 'reposts and quotes',
    quotes: 'quotes',
    saves: 'saves',
    views: 'views',
  },
  // Same follow-graph and repost mechanics as X and no published decay study: X's timing is the closest evidence.
  timing: { saturationHours: 48, halfHours: 80 / 60 },
} as const satisfies SiteInfo;
