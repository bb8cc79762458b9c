import { METRICS } from '@/lib/core/metrics';
import { HOUR } from '@/lib/core/time';
import type { HistoryPost } from '@/lib/protocol/history';
import { toScoreView } from '@/lib/score/view';
import { accountKey, type SiteId } from '@/lib/sites/catalog';
import { accountPosts } from './buckets';
import type { ResonanceDB, SummaryPoint } from './records';
import { accountScores } from './stored-scores';

const VIEWS = METRICS.indexOf('views') + 1;

function curveOf(points: readonly SummaryPoint[], publishedAt: number) {
  return points.map((pt) => {
    // pt = [capturedAt, …one value per METRICS entry] (lib/store/points.ts)
    let interactions = 0;
    for (let i = 1; i < pt.length; i++) if (i !== VIEWS) interactions += pt[i] ?? 0;
    const views = pt[VIEWS];
    return {
      ageHours: (pt[0] - publishedAt) / HOUR,
      interactions,
      ...(typeof views === 'number' ? { views } : {}),
    };
  });
}

/** Newest first. One read of the account's buckets serves the table and its scores. */
export async function accountHistory(
  db: ResonanceDB,
  platform: SiteId,
  id: string,
  now: number,
): Promise<HistoryPost[]> {
  const key = accountKey(platform, id);
  const entries = await accountPosts(db, key);
  const scores = await accountScores(db, key, now, [], entries);
  const at = (p: (typeof entries)[number]['post']) => p.publishedAt ?? p.firstSeenAt;
  return entries
    .sort((a, b) => at(b.post) - at(a.post))
    .map(({ post: p, points }) => {
      const s = scores.get(p.id);
      return {
        platform: p.platform,
        id: p.id,
        url: p.url,
        publishedAt: p.publishedAt,
        ...(p.format ? { format: p.format } : {}),
        latest: p.latest,
        snapshots: p.snapshots,
        score: s ? toScoreView(s, p.platform) : null,
        curve: p.publishedAt === null ? [] : curveOf(points, p.publishedAt),
      };
    });
}
