// One post as the dashboard shows it, and one post's curve against the usual for the popup: both read
// from the store and scored with the user's settings, as the badges are.
import { METRICS } from '@/lib/core/metrics';
import { HOUR } from '@/lib/core/time';
import type { HistoryPost, PostBand } from '@/lib/protocol/history';
import { postBand, prepareBand } from '@/lib/score/band';
import type { Curve, Score, ScoreOptions } from '@/lib/score/score';
import { toScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';
import { accountCurves } from './accounts';
import { accountPosts } from './buckets';
import { postKey, type ResonanceDB, type StoredPost, type SummaryPoint } from './records';
import { readSettings } from './settings';

const VIEWS = METRICS.indexOf('views') + 1;

function curveOf(points: readonly SummaryPoint[], publishedAt: number): HistoryPost['curve'] {
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

/** A stored post as a row: `usual` left out while it is not worked out yet. */
export function historyRow(
  { post: p, points }: StoredPost,
  score: Score | undefined,
  usual?: PostBand | null,
): HistoryPost {
  return {
    platform: p.platform,
    id: p.id,
    url: p.url,
    publishedAt: p.publishedAt,
    ...(p.format ? { format: p.format } : {}),
    ...(p.text ? { text: p.text } : {}),
    latest: p.latest,
    snapshots: p.snapshots,
    score: score ? toScoreView(score, p.platform) : null,
    curve: p.publishedAt === null ? [] : curveOf(points, p.publishedAt),
    ...(usual !== undefined ? { usual } : {}),
  };
}

/** An account's curves and the options its scores are computed with (the user's settings). */
export async function scoringInputs(
  db: ResonanceDB,
  account: string,
  platform: SiteId,
  now: number,
  posts: readonly StoredPost[],
): Promise<{ curves: Curve[]; options: ScoreOptions }> {
  const { basis, weights } = await readSettings(db);
  return { curves: await accountCurves(db, account, [], posts), options: { platform, now, basis, weights } };
}

/** One post's curve against the posts it is compared with; null when the store has no such post. */
export async function postCurve(
  db: ResonanceDB,
  platform: SiteId,
  id: string,
  now: number,
): Promise<PostBand | null> {
  const location = await db.get('postBuckets', postKey(platform, id));
  if (!location) return null;
  const posts = await accountPosts(db, location.account);
  const { curves, options } = await scoringInputs(db, location.account, platform, now, posts);
  return postBand(prepareBand(curves, options), id);
}
