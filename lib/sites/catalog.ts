// Host patterns of the supported sites. Content scripts and host permissions both come from here,
// so the extension can never ask for more than the sites it reads.
export const X_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
];

export const HOST_MATCHES: string[] = [...X_MATCHES];

/**
 * The sites' own domains, for checking that a post URL a content script reports belongs to its site
 * (a stored link is shown as a link later). Mastodon runs on any instance, so any https host passes.
 */
export const SITE_DOMAINS: Record<string, readonly string[] | 'any'> = {
  x: ['x.com', 'twitter.com'],
  bluesky: ['bsky.app'],
  threads: ['threads.com', 'threads.net'],
  mastodon: 'any',
  instagram: ['instagram.com'],
  facebook: ['facebook.com'],
  linkedin: ['linkedin.com'],
  youtube: ['youtube.com', 'youtu.be'],
  tiktok: ['tiktok.com'],
  reddit: ['reddit.com'],
};

export function isSiteUrl(platform: string, url: URL): boolean {
  const domains = SITE_DOMAINS[platform];
  if (!domains || url.protocol !== 'https:') return false;
  if (domains === 'any') return true;
  return domains.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`));
}
