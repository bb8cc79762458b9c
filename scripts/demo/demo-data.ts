// The bundled demo: a brand's X profile whose posts are hours to days old, and a backup holding the
// brand's earlier history, so scores show on first start. Deterministic for a given `now`.

import type { Metrics } from '@/lib/core/metrics';
import { exactCount } from '@/lib/core/metrics';
import { seeded } from '@/lib/insights/random';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '@/lib/store/backup/format';
import { type XPostSpec, xIdAt } from './x-markup';

export const DEMO_HANDLE = 'LumenRoasters';
export const DEMO_NAME = 'Lumen Coffee Roasters';
const H = 3600e3;

interface Totals {
  replies: number;
  reposts: number;
  likes: number;
  bookmarks: number;
  views: number;
}

/** Share of the final count reached at age h: fast then flat, half by ~1.5 h (X's median half-life ≈ 80 min). */
const grown = (h: number) => 1 - 0.5 ** (h / 1.4) * 0.85 - 0.15 * Math.exp(-h / 30);

function at(t: Totals, h: number): Totals {
  const g = Math.max(0, Math.min(1, grown(h)));
  return {
    replies: Math.round(t.replies * g),
    reposts: Math.round(t.reposts * g),
    likes: Math.round(t.likes * g),
    bookmarks: Math.round(t.bookmarks * g),
    views: Math.round(t.views * g),
  };
}

const metricsOf = (t: Totals): Metrics => ({
  comments: exactCount(t.replies),
  shares: exactCount(t.reposts),
  likes: exactCount(t.likes),
  saves: exactCount(t.bookmarks),
  views: exactCount(t.views),
});

const TEXTS = [
  'New single-origin from Huila just landed: cherry, cacao, a long finish.',
  'How we dial in espresso every morning, in 4 photos.',
  'Our roastery is open for tastings this Saturday, 10–14h.',
  'Behind the scenes: sorting 60 kg of green coffee by hand.',
  'Cold brew season is over. Hot takes on the best winter brew?',
  'We planted 1,200 shade trees with our growers this year.',
  'The decaf that tastes like coffee. Swiss Water, Colombia.',
  'Recipe: 15 g, 250 ml, 93 °C, 3:30. Thank us later.',
];

/** An ordinary post's final counts, `scale` times the brand's usual, with some noise of `r`'s. */
function usualTotals(r: () => number, scale = 1): Totals {
  const f = scale * Math.exp((r() - 0.5) * 0.9);
  return {
    replies: Math.round(14 * f * (0.7 + r() * 0.6)),
    reposts: Math.round(22 * f * (0.7 + r() * 0.6)),
    likes: Math.round(180 * f),
    bookmarks: Math.round(9 * f * (0.7 + r() * 0.6)),
    views: Math.round(12_000 * f * (0.8 + r() * 0.4)),
  };
}

/** Adds a post and its snapshots at `ages` (hours; none later than a minute ago) to `backup`. */
function recordPost(
  backup: BackupFile,
  now: number,
  id: string,
  published: number,
  totals: Totals,
  ages: number[],
) {
  backup.posts.push({
    platform: 'x',
    id,
    url: `https://x.com/${DEMO_HANDLE}/status/${id}`,
    author: DEMO_HANDLE,
    publishedAt: new Date(published).toISOString(),
    format: 'text',
  });
  for (const h of ages) {
    if (published + h * H > now - 60e3) continue;
    backup.snapshots.push({
      platform: 'x',
      postId: id,
      capturedAt: new Date(published + h * H).toISOString(),
      metrics: metricsOf(at(totals, h)),
    });
  }
}

const AGES = [0.5, 1, 2, 3, 6, 12, 24, 48, 72, 168];

/** The posts on the profile page: one standout, one weak, the rest usual. */
const ON_PAGE: { ageH: number; scale: number; photo?: boolean }[] = [
  { ageH: 3, scale: 2.6, photo: true },
  { ageH: 8, scale: 1 },
  { ageH: 20, scale: 0.45 },
  { ageH: 50, scale: 1.3, photo: true },
  { ageH: 100, scale: 0.9 },
  { ageH: 170, scale: 1.1 },
];

/** A repost of another account: shown on the brand's timeline, never counted as the brand's. */
function otherRepost(now: number): XPostSpec {
  const other = now - 30 * H;
  return {
    id: xIdAt(other, 7),
    author: 'baristabeth',
    name: 'Beth the Barista',
    text: 'Best flat white in town, no contest.',
    publishedAt: other,
    replies: 3,
    reposts: 12,
    likes: 96,
    bookmarks: 1,
    views: 4100,
    context: `${DEMO_NAME} reposted`,
  };
}

export function demoData(now: number) {
  const r = seeded(20261126);
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    accounts: [{ platform: 'x', handle: DEMO_HANDLE, tracked: true }],
    posts: [],
    snapshots: [],
  };
  // 30 earlier posts, one every ~1.5 days, with snapshots at log-spaced ages.
  for (let i = 0; i < 30; i++) {
    const published = now - (12 + i * 36 + r() * 10) * H - 24 * H * 10;
    recordPost(backup, now, xIdAt(published, i), published, usualTotals(r), AGES);
  }
  const posts: XPostSpec[] = ON_PAGE.map((p, i) => {
    const published = now - p.ageH * H;
    const id = xIdAt(published, 100 + i);
    const totals = usualTotals(r, p.scale);
    recordPost(
      backup,
      now,
      id,
      published,
      totals,
      AGES.filter((a) => a < p.ageH),
    );
    const current = at(totals, p.ageH);
    return {
      id,
      author: DEMO_HANDLE,
      name: DEMO_NAME,
      text: TEXTS[i % TEXTS.length]!,
      publishedAt: published,
      ...current,
      photo: p.photo,
    };
  });
  posts.splice(2, 0, otherRepost(now));
  return { posts, backup };
}
