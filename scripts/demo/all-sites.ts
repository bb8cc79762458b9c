// Every site's demo page and the history behind it, in one backup: what `npm start` serves and restores.
import { METRICS } from '@/lib/core/metrics';
import type { BackupFile } from '@/lib/store/backup/format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/store/backup/format';
import { extractPage } from '@/scripts/lib/extract-page';
import { DEMO_HANDLE, DEMO_NAME, demoData } from './demo-data';
import type { DemoPost, SiteDemo } from './site-demo';
import { siteHistory } from './site-history';
import { SITE_DEMOS } from './sites';
import { renderXProfile, type XPostSpec } from './x-markup';

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

export async function demoPages(
  now: number,
  xStylesheet: string,
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
  const backup: BackupFile = { ...x.backup, format: BACKUP_FORMAT, version: BACKUP_VERSION };
  for (const [i, demo] of SITE_DEMOS.entries()) {
    const history = siteHistory(demo, now, 20261129 + i, await shownCounts(demo, now));
    pages.push({
      site: demo.site,
      url: demo.url,
      html: demo.render(history.posts, now),
      own: history.posts.length,
    });
    backup.accounts.push(...history.backup.accounts);
    backup.posts.push(...history.backup.posts);
    backup.snapshots.push(...history.backup.snapshots);
  }
  return { pages, backup };
}
