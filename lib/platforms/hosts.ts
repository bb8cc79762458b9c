// Host patterns of the supported sites. Content scripts and host permissions both come from here,
// so the extension can never ask for more than the sites it reads.
export const X_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
];

export const HOST_MATCHES: string[] = [...X_MATCHES];
