// What Resonance knows of a site apart from its markup: where it is served, how its accounts are named,
// what it calls each count, and how fast its posts age. Pure data and pure functions: the background,
// the score and the build read these without loading any adapter.
import type { Metric } from '@/lib/core/metrics';

/** An account's name on its site: `handle` as the site writes it, `id` folded as the site compares names. */
export interface AccountName {
  handle: string;
  /** Stable and what records are keyed by. */
  id: string;
}

export interface AccountNaming {
  /**
   * Reads a name as a user types it, a backup holds it or a page shows it (`@LumenRoasters`,
   * `lumen@mastodon.social`, `https://www.linkedin.com/company/lumen/`); null when it is not a valid
   * name on this site. Everything that accepts an account checks it here, the same way.
   */
  parse(input: string): AccountName | null;
  /** How the interface writes a handle (`@LumenRoasters`, `u/LumenRoasters`, `company/lumen`). */
  show(handle: string): string;
  /** An example of a valid handle, for forms and error messages. */
  readonly example: string;
}

export interface SiteInfo {
  readonly id: string;
  readonly name: string;
  /** Hosts its pages are served from, each read as `https://<host>/*`. Empty for a self-hosted site. */
  readonly hosts: readonly string[];
  /** Domains a post's link may be on (subdomains included). Empty for a self-hosted site. */
  readonly domains: readonly string[];
  /** Runs on any host (Mastodon): the user adds each instance, and grants it, in Resonance itself. */
  readonly selfHosted: boolean;
  readonly accounts: AccountNaming;
  /**
   * Whether the logged-in account is itself a brand's account (X, Instagram: tracked when first seen), or
   * a person who manages brand Pages (Facebook, LinkedIn, YouTube: never tracked by itself).
   */
  readonly viewerIsBrand: boolean;
  /** What the site calls each count, for the popup, the dashboard and the score's wording. */
  readonly metricNames: Readonly<Record<Metric, string>>;
  /**
   * How fast the site's posts age, for the score (docs/scoring.md): after `saturationHours` counts are
   * treated as final; `halfHours` is when about half of the engagement has arrived (prior curve a/(a+h)).
   */
  readonly timing: { readonly saturationHours: number; readonly halfHours: number };
}

export const GENERIC_NAMES: Readonly<Record<Metric, string>> = {
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  quotes: 'quotes',
  saves: 'saves',
  views: 'views',
};

/**
 * Account naming for sites whose handles are one word compared case-insensitively: `prefix` is what the
 * site writes before a handle (`@`, `u/`), accepted on the way in and added by `show`.
 */
export function foldedHandles(pattern: RegExp, example: string, prefix = '@'): AccountNaming {
  return {
    parse(input) {
      if (typeof input !== 'string') return null;
      let bare = input.trim();
      if (bare.startsWith(prefix)) bare = bare.slice(prefix.length);
      else if (bare.startsWith('@')) bare = bare.slice(1);
      return pattern.test(bare) ? { handle: bare, id: bare.toLowerCase() } : null;
    },
    show: (handle) => `${prefix}${handle}`,
    example,
  };
}

/** `https://<host>/*` for each of the site's hosts: its content script's matches, and so its host permissions. */
export function hostMatches(site: SiteInfo): string[] {
  return site.hosts.map((h) => `https://${h}/*`);
}
