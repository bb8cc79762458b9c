// Which metric columns a CSV has and what their headers say. A column is written only when at least one
// row of the file fills it: each site shows only some counts (no views on Bluesky, quotes on X only on a
// post's own page), so a fixed set of six would leave whole columns empty. Headers use the canonical
// metric names, and say what the exported sites call each count ("comments (replies on X)").
import { METRICS, type Metric, type Metrics } from '@/lib/core/metrics';
import { SITES, type SiteId } from '@/lib/sites/catalog';

/** A file's metric columns: the metrics its rows fill, in METRICS order, and the sites its rows are from. */
export interface MetricPlan {
  metrics: readonly Metric[];
  sites: readonly SiteId[];
}

/** Every metric, plain names: the columns a file had before plans (and a bench's fixed width). */
export const ALL_METRICS: MetricPlan = { metrics: METRICS, sites: [] };

/** A bit per metric, in METRICS order. */
export type MetricMask = number;

/** Which metrics one reading holds. */
export function maskOf(m: Metrics): MetricMask {
  let mask = 0;
  for (let i = 0; i < METRICS.length; i++) if (m[METRICS[i]!]) mask |= 1 << i;
  return mask;
}

/** Which metrics a curve point holds: `[capturedAt, …one value per METRICS entry, null where not shown]`. */
export function pointMask(point: readonly (number | null)[]): MetricMask {
  let mask = 0;
  for (let i = 0; i < METRICS.length; i++) if (typeof point[i + 1] === 'number') mask |= 1 << i;
  return mask;
}

/** Gathers what a file's rows fill, row by row (or post by post), then gives the plan. */
export class PlanBuilder {
  private mask: MetricMask = 0;
  private readonly seen = new Set<string>();

  add(site: SiteId, mask: MetricMask): void {
    this.mask |= mask;
    this.seen.add(site);
  }

  plan(): MetricPlan {
    return {
      metrics: METRICS.filter((_, i) => this.mask & (1 << i)),
      // Catalog order, so the same sites always give the same header.
      sites: SITES.map((s) => s.id).filter((id) => this.seen.has(id)),
    };
  }
}

/**
 * The value column's header: the metric's name, then what the file's sites call it where that differs,
 * `shares (reposts on X, Threads; boosts on Mastodon)`. A program can read the name up to the first space.
 */
export function metricHeader(metric: Metric, sites: readonly SiteId[]): string {
  const bySite = new Map<string, string[]>();
  // In the catalog's order, whatever order the sites come in: the same sites, the same header.
  for (const site of SITES) {
    if (!sites.includes(site.id)) continue;
    const word = site.metricNames[metric];

    if (word === metric) continue;
    const names = bySite.get(word);
    if (names) names.push(site.name);
    else bySite.set(word, [site.name]);
  }
  if (!bySite.size) return metric;
  const words = [...bySite].map(([word, names]) => `${word} on ${names.join(', ')}`);
  return `${metric} (${words.join('; ')})`;
}

/** value, min and max for every metric of the plan: an abbreviated count ("1.2K") is a range, not a number. */
export function metricColumns(plan: MetricPlan): string[] {
  return plan.metrics.flatMap((m) => [metricHeader(m, plan.sites), `${m}_min`, `${m}_max`]);
}
