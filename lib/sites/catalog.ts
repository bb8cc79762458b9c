// The one list of sites. Everything else that names sites (types, validation, the manifest, the score's
// timing, the interface's wording) derives from it. Adapters are not imported here: each site's
// content script loads only its own.
import { blueskySite } from './bluesky/site';
import { facebookSite } from './facebook/site';
import { instagramSite } from './instagram/site';
import { linkedinSite } from './linkedin/site';
import { mastodonSite } from './mastodon/site';
import { redditSite } from './reddit/site';
import type { SiteInfo } from './site';
import { threadsSite } from './threads/site';
import { tiktokSite } from './tiktok/site';
import { xSite } from './x/site';
import { youtubeSite } from './youtube/site';

export const SITES = [
  xSite,
  blueskySite,
  threadsSite,
  mastodonSite,
  instagramSite,
  facebookSite,
  linkedinSite,
  youtubeSite,
  tiktokSite,
  redditSite,
] as const satisfies readonly SiteInfo[];

export type SiteId = (typeof SITES)[number]['id'];

export const SITE_IDS: readonly SiteId[] = SITES.map((s) => s.id);

export function isSiteId(x: unknown): x is SiteId {
  return typeof x === 'string' && (SITE_IDS as readonly string[]).includes(x);
}

export function siteInfo(id: SiteId): SiteInfo {
  return SITES.find((s) => s.id === id)!;
}

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * Whether a post link belongs to its site: https, on one of the site's domains, or, for a self-hosted
 * site, on an instance the user added and granted (`instances`, host names).
 */
export function isPostUrlOf(site: SiteInfo, url: URL, instances: readonly string[] = []): boolean {
  if (url.protocol !== 'https:') return false;
  if (site.selfHosted) return instances.includes(url.hostname);
  return site.domains.some((d) => onDomain(url.hostname, d));
}

/** The site a page belongs to: by its host, or a self-hosted site's instance the user added. */
export function siteOfPage(url: URL, instances: readonly string[] = []): SiteInfo | null {
  if (url.protocol !== 'https:') return null;
  const byHost = SITES.find((s) => (s.hosts as readonly string[]).includes(url.hostname));
  if (byHost) return byHost;
  return instances.includes(url.hostname) ? mastodonSite : null;
}

/** Records are keyed by site and the account's id (AccountNaming.parse in lib/sites/site.ts). */
export const accountKey = (site: SiteId, id: string) => `${site}:${id}`;
