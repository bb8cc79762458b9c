// Display formatting shared by the popup and dashboard. Pure.
import type { Count, Metric } from '@/lib/core/metrics';
import { isSiteId, siteInfo } from '@/lib/sites/catalog';

/** What the site calls a metric (X says replies and reposts, Mastodon favourites and boosts…). */
export function metricName(platform: string, metric: Metric): string {
  return isSiteId(platform) ? siteInfo(platform).metricNames[metric] : metric;
}

/** An account as its site writes it: `@LumenRoasters`, `@lumen@mastodon.social`, `u/lumen`, `company/lumen`. */
export function showAccount(platform: string, handle: string): string {
  return isSiteId(platform) ? siteInfo(platform).accounts.show(handle) : handle;
}

export function siteName(platform: string): string {
  return isSiteId(platform) ? siteInfo(platform).name : platform;
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** Exact counts in full; ranges as `~2.3K`, with the range spelled out for a tooltip. */
export function formatCount(c: Count): { text: string; title: string } {
  if (c.min === c.max) {
    return {
      text: c.value >= 100_000 ? compact.format(c.value) : whole.format(c.value),
      title: whole.format(c.value),
    };
  }
  if (c.max === null)
    return {
      text: `${compact.format(c.min)}+`,
      title: `The page shows an open-ended number: at least ${whole.format(c.min)}`,
    };
  return {
    text: `~${compact.format(c.value)}`,
    title: `The page shows an abbreviated number: between ${whole.format(c.min)} and ${whole.format(c.max)}`,
  };
}

export function formatAge(ms: number): string {
  const h = ms / 3600e3;
  if (h < 1) return `${Math.max(1, Math.round(h * 60))}m`;
  if (h < 48) return `${Math.round(h)}h`;
  return `${Math.round(h / 24)}d`;
}
