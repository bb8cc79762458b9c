// Every site's demo page and the history behind it, in one backup: what `npm start` serves and restores.
import { METRICS } from '@/lib/core/metrics';
import type { BackupFile } from '@/lib/store/backup/format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/store/backup/format';
import { extractPage } from '@/scripts/lib/extract-page';
import { DEMO_HANDLE, DEMO_NAME, demoData } from './demo-data';
import { type InsightAccountDemo, insightsHistory } from './insights-history';
import type { DemoPost, SiteDemo } from './site-demo';
import { siteHistory } from './site-history';
import { SITE_DEMOS } from './sites';
import { renderXProfile, type XPostSpec, xIdAt } from './x-markup';
import { hoursBackTo } from './zone-clock';

export interface DemoPage {
  site: string;
  url: string;
  html: string;
  /** The brand's posts on the page: as many badges are expected. */
  own: number;
}

/** The counts a site's page shows, found by reading one drawn post back through the site's adapter. */
async function shownCounts(demo: SiteDemo, now: number) {
  const probe: DemoPost = {
    id: demo.idFor(now - 5 * 3600e3, 1),
    publishedAt: now - 5 * 3600e3,
    format: 'text',
    text: 'probe',
    counts: { likes: 11, comments: 12, shares: 13, saves: 14, views: 15 },
  };
  const read = await extractPage(demo.render([probe], now), demo.url, { own: demo.handle, now });
  const metrics = read.posts[0]?.metrics ?? {};
  return (['likes', 'comments', 'shares', 'saves', 'views'] as const).filter(
    (m) => m in metrics && METRICS.includes(m),
  );
}

/** Each site's formats and pace in the months of history behind the Insights page. */
const INSIGHT_SITES: Record<string, Pick<InsightAccountDemo, 'formats' | 'postsPerWeek' | 'scale'>> = {
  tiktok: { formats: ['video'], postsPerWeek: 2, scale: 1 },
  facebook: { formats: ['text', 'image', 'video', 'link'], postsPerWeek: 2, scale: 1 },
  instagram: { formats: ['image', 'carousel', 'reel', 'video'], postsPerWeek: 3, scale: 1 },
  linkedin: { formats: ['text', 'image', 'carousel', 'link', 'video'], postsPerWeek: 3, scale: 1 },
  youtube: { formats: ['video'], postsPerWeek: 1, scale: 1 },
  threads: { formats: ['text', 'image', 'carousel'], postsPerWeek: 2, scale: 1 },
  reddit: { formats: ['text', 'image', 'link'], postsPerWeek: 2, scale: 1 },
  bluesky: { formats: ['text', 'image', 'link'], postsPerWeek: 3, scale: 1 },
};

const X_INSIGHTS: InsightAccountDemo = {
  site: 'x',
  handle: DEMO_HANDLE,
  postUrl: (id) => `https://x.com/${DEMO_HANDLE}/status/${id}`,
  idFor: xIdAt,
  shown: ['comments', 'shares', 'likes', 'saves', 'views'],
  formats: ['text', 'image', 'video', 'link'],
  // Five a week: enough videos (about 30) to tell their planted 1.6× from noise.
  postsPerWeek: 5,
  scale: 1,
};

/**
 * A history without its earlier posts, where the insights' months of history take their place: their
 * posts carry no planted effect, so beside the months' they would make findings of their own.
 */
function pagePostsOnly<B extends Pick<BackupFile, 'accounts' | 'posts' | 'snapshots'>>(
  b: B,
  ids: Set<string>,
): B {
  return {
    ...b,
    posts: b.posts.filter((p) => ids.has(p.id)),
    snapshots: b.snapshots.filter((s) => ids.has(s.postId)),
  };
}

/**
 * How much further back each site's page post goes, so it was published in working hours (10:00 to 17:59
 * in `timeZone`), each site's at a different hour. Left where they are, every site's posts would share
 * their hours of the day (their ages are the same on every page): the weak post of each page, all in
 * one hour, would make that hour a finding the demo never planted. Posts under a day old stay put.
 */
function workingHours(now: number, timeZone: string, site: number) {
  return (ageH: number, k: number) =>
    ageH < 24 ? 0 : hoursBackTo(now - ageH * 3600e3, 10 + ((site * 3 + k * 4) % 8), timeZone);
}

export async function demoPages(
  now: number,
  xStylesheet: string,
  /** The zone the browser shows times in: the insights' weekday evenings are planted in it. */
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  seed?: number,
): Promise<{ pages: DemoPage[]; backup: BackupFile }> {
  const x = demoData(now);
  const pages: DemoPage[] = [
    {
      site: 'x',
      url: `https://x.com/${DEMO_HANDLE}`,
      html: renderXProfile({
        handle: DEMO_HANDLE,
        name: DEMO_NAME,
        bio: 'Small-batch coffee roasters. Brewing since 2014. (Resonance demo account)',
        followers: 12_400,
        following: 311,
        viewer: DEMO_HANDLE,
        posts: x.posts,
        now,
        stylesheet: xStylesheet,
      }),
      own: x.posts.filter((p: XPostSpec) => p.author === DEMO_HANDLE).length,
    },
  ];
  // The months of history below stand for each site's earlier posts: only the pages' own posts are kept.
  const backup: BackupFile = {
    ...pagePostsOnly(x.backup, new Set(x.posts.map((p) => p.id))),
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
  };
  const insights: InsightAccountDemo[] = [X_INSIGHTS];
  for (const [i, demo] of SITE_DEMOS.entries()) {
    const shown = await shownCounts(demo, now);
    const pace = INSIGHT_SITES[demo.site] ?? { formats: ['text', 'image'], postsPerWeek: 2, scale: 1 };
    insights.push({ ...demo, site: demo.site as InsightAccountDemo['site'], shown, ...pace });
    const history = siteHistory(demo, now, 20261129 + i, shown, workingHours(now, timeZone, i));
    pages.push({
      site: demo.site,
      url: demo.url,
      html: demo.render(history.posts, now),
      own: history.posts.length,
    });
    const kept = pagePostsOnly(history.backup, new Set(history.posts.map((p) => p.id)));
    backup.accounts.push(...kept.accounts);
    backup.posts.push(...kept.posts);
    backup.snapshots.push(...kept.snapshots);
  }
  // Months of history with text, tags and planted effects, behind the Insights page.
  const months = insightsHistory(insights, now, timeZone, seed);
  backup.posts.push(...months.posts);
  backup.snapshots.push(...months.snapshots);
  return { pages, backup };
}
