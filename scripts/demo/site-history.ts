// A brand's earlier history on any site, for the demo: thirty past posts with readings at log-spaced
// ages, and the posts on the demo page with their counts now. Deterministic for a given `now` and seed.
import type { PostFormat } from '@/lib/core/formats';
import type { Metric, Metrics } from '@/lib/core/metrics';
import { exactCount } from '@/lib/core/metrics';
import { seeded } from '@/lib/insights/random';
import { type SiteId, siteInfo } from '@/lib/sites/catalog';
import type { BackupFile } from '@/lib/store/backup/format';
import type { DemoPost, SiteDemo } from './site-demo';

const H = 3600e3;
type Shown = Extract<Metric, keyof DemoPost['counts']>;

/** Share of the final count by age h: the site's prior curve a/(a+h), reaching 1 at its saturation age. */
function grown(site: SiteId, ageH: number): number {
  const { saturationHours: sat, halfHours: half } = siteInfo(site).timing;
  const f = (a: number) => a / (a + half);
  return Math.min(1, f(Math.min(ageH, sat)) / f(sat));
}

const TEXTS = [
  'New single-origin from Huila: cherry, cacao, a long finish.',
  'How we dial in espresso every morning.',
  'Tastings at the roastery this Saturday, 10–14h.',
  'Sorting 60 kg of green coffee by hand.',
  'Hot takes on the best winter brew?',
  'We planted 1,200 shade trees with our growers.',
];
const FORMATS: PostFormat[] = ['image', 'video', 'text', 'carousel'];
/** Usual final counts of the demo brand; a site shows some of them. */
const USUAL = { likes: 180, comments: 14, shares: 22, saves: 9, views: 12_000 };

export interface SiteHistory {
  /** The posts on the demo page, newest first, with their counts at `now`. */
  posts: DemoPost[];
  backup: Pick<BackupFile, 'accounts' | 'posts' | 'snapshots'>;
}

type Counts = Record<string, number>;

/** An ordinary post's final counts of the `shown` metrics, `scale` times the usual, with `r`'s noise. */
function usualCounts(r: () => number, shown: readonly Shown[], scale: number): Counts {
  const f = scale * Math.exp((r() - 0.5) * 0.9);
  return Object.fromEntries(shown.map((m) => [m, Math.max(1, Math.round(USUAL[m] * f * (0.8 + r() * 0.4)))]));
}

const countsAt = (site: SiteId, t: Counts, ageH: number): Counts =>
  Object.fromEntries(Object.entries(t).map(([m, v]) => [m, Math.round(v * grown(site, ageH))]));

const metricsOf = (c: Counts): Metrics =>
  Object.fromEntries(Object.entries(c).map(([m, v]) => [m, exactCount(v)]));

/** Where a post of the history goes: the backup being built, the demo site and the time now. */
interface Into {
  backup: SiteHistory['backup'];
  demo: SiteDemo;
  site: SiteId;
  now: number;
}

/** Adds a post and its readings at `ages` (hours; none later than a minute ago) to the history. */
function recordPost(
  into: Into,
  id: string,
  published: number,
  t: Counts,
  ages: number[],
  format: PostFormat,
) {
  const { backup, demo, site, now } = into;
  backup.posts.push({
    platform: site,
    id,
    url: demo.postUrl(id),
    author: demo.handle,
    publishedAt: new Date(published).toISOString(),
    format,
  });
  for (const h of ages) {
    if (published + h * H > now - 60e3) continue;
    backup.snapshots.push({
      platform: site,
      postId: id,
      capturedAt: new Date(published + h * H).toISOString(),
      metrics: metricsOf(countsAt(site, t, h)),
    });
  }
}

const AGES = [1, 3, 6, 12, 24, 48, 72, 168, 336, 672];
/** The posts on the page: one standout, one weak, the rest usual. */
const ON_PAGE = [
  { ageH: 5, scale: 2.4 },
  { ageH: 26, scale: 1 },
  { ageH: 60, scale: 0.45 },
  { ageH: 130, scale: 1.2 },
];

/**
 * `shown` are the counts the site's page shows (and its adapter reads): the history holds those only,
 * so the posts on the page are compared with their like. `olderBy` moves a page post this many hours
 * further back (from its age and its place on the page): the demo puts them at plausible hours of the day.
 */
export function siteHistory(
  demo: SiteDemo,
  now: number,
  seed: number,
  shown: readonly Shown[],
  olderBy: (ageH: number, index: number) => number = () => 0,
): SiteHistory {
  const site = demo.site as SiteId;
  const r = seeded(seed);
  const into: Into = {
    backup: { accounts: [{ platform: site, handle: demo.handle, tracked: true }], posts: [], snapshots: [] },
    demo,
    site,
    now,
  };
  for (let i = 0; i < 30; i++) {
    const published = now - (10 * 24 + i * 40 + r() * 10) * H;
    recordPost(
      into,
      demo.idFor(published, i),
      published,
      usualCounts(r, shown, 1),
      AGES,
      FORMATS[i % FORMATS.length]!,
    );
  }
  const posts = ON_PAGE.map((p, i): DemoPost => {
    const ageH = p.ageH + olderBy(p.ageH, i);
    const published = now - ageH * H;
    const id = demo.idFor(published, 100 + i);
    const format = FORMATS[i % FORMATS.length]!;
    const t = usualCounts(r, shown, p.scale);
    recordPost(
      into,
      id,
      published,
      t,
      AGES.filter((a) => a < ageH),
      format,
    );
    const current = countsAt(site, t, ageH);
    return {
      id,
      publishedAt: published,
      format,
      text: TEXTS[i % TEXTS.length]!,
      counts: { likes: current.likes ?? 0, comments: current.comments ?? 0, ...current },
    };
  });
  return { posts, backup: into.backup };
}
