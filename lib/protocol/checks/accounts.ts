// Sites and accounts: a site Resonance knows, and a name valid on it. Messages and backups both check
// accounts here, with the site's own naming rules (lib/sites/<site>/site.ts).
import { isSiteId, type SiteId, siteInfo } from '@/lib/sites/catalog';
import type { AccountName } from '@/lib/sites/site';
import { fail } from './basics';

export function checkSite(x: unknown): SiteId {
  if (!isSiteId(x)) fail(`unknown site ${JSON.stringify(x)?.slice(0, 40)}`);
  return x;
}

/** A handle valid on `site`, with its id; refused with the site's example otherwise. */
export function checkAccount(site: SiteId, x: unknown, what = 'handle'): AccountName {
  const info = siteInfo(site);
  const name = typeof x === 'string' && x.length <= 256 ? info.accounts.parse(x) : null;
  if (!name) fail(`${what} is not a ${info.name} account name (like ${info.accounts.example})`);
  return name;
}
