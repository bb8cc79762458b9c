// Every site adapter, for `npm run extract` and the tests. The extension never loads this list: each
// site's script imports its own adapter only (entrypoints/site-<id>.ts).
import { blueskyAdapter } from './bluesky/adapter';
import { siteOfPage } from './catalog';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { mastodonAdapter } from './mastodon/adapter';
import { redditAdapter } from './reddit/adapter';
import { threadsAdapter } from './threads/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import type { SiteAdapter } from './types';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  mastodonAdapter,
  tiktokAdapter,
  facebookAdapter,
  instagramAdapter,
  linkedinAdapter,
  youtubeAdapter,
  threadsAdapter,
  redditAdapter,
  blueskyAdapter,
];

/** The adapter for a page: by its host, or on a self-hosted site's instance (`instances`). */
export function adapterFor(url: URL, instances: readonly string[] = []): SiteAdapter | null {
  const site = siteOfPage(url, instances);
  return ADAPTERS.find((a) => a.site.id === site?.id) ?? null;
}
