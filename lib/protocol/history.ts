// One post of an account's history, as the dashboard lists it (lib/store/history.ts builds them).
import type { PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import type { ScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';

export interface HistoryPost {
  platform: SiteId;
  id: string;
  url: string;
  publishedAt: number | null;
  format?: PostFormat;
  latest: Metrics;
  snapshots: number;
  score: ScoreView | null;
  /** The post's curve: interactions (every metric but views) by age in hours, for a sparkline. */
  curve: { ageHours: number; interactions: number; views?: number }[];
}
