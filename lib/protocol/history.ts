// An account's history as the dashboard lists it (lib/store/history*.ts builds it): one page of posts at
// a time, sorted and filtered, with each format's usual and each post's curve against the usual.
import type { PostFormat } from '@/lib/core/formats';
import type { Metric, Metrics } from '@/lib/core/metrics';
import type { PostBand } from '@/lib/score/band';
import type { ScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';

export type { PostBand };

export interface HistoryPost {
  platform: SiteId;
  id: string;
  url: string;
  publishedAt: number | null;
  format?: PostFormat;
  /** The post's text, when its record carries it. */
  text?: string;
  latest: Metrics;
  snapshots: number;
  score: ScoreView | null;
  /** The post's curve: interactions (every metric but views) by age in hours. */
  curve: { ageHours: number; interactions: number; views?: number }[];
  /** Its curve against the posts it is compared with; null when it has none, absent while being worked out. */
  usual?: PostBand | null;
}

/** What the table is sorted by: publication time, the score, or a latest count. */
export type HistorySort = 'published' | 'score' | Metric;

export interface HistoryQuery {
  sort: HistorySort;
  /** Newest, best or most first. */
  descending: boolean;
  /** Publication time from and to (epoch ms, inclusive); a post without a known time is outside any range. */
  from?: number;
  to?: number;
  /** One format; 'unknown' for posts whose format was not seen. */
  format?: PostFormat | 'unknown';
  /** Words to find, all of them, in the post's text (when posts carry it), link or id; any case or accent. */
  search?: string;
  offset: number;
  limit: number;
}

/** One format's posts among those the date and search filters keep. */
export interface FormatSummary {
  format: PostFormat | 'unknown';
  posts: number;
  /** Posts with a score. */
  scored: number;
  /** Median of their scores (× usual); null when none is scored. */
  median: number | null;
}

export interface HistoryPage {
  rows: HistoryPost[];
  offset: number;
  /** Posts the filters keep; null while the account is still being read (the first pages by date come first). */
  total: number | null;
  /** Per format, most posts first (the format filter aside); empty while the account is being read. */
  formats: FormatSummary[];
  /** The account is still being read and scored: these rows have no score or curve yet. */
  pending: boolean;
}

export const DEFAULT_QUERY: HistoryQuery = { sort: 'published', descending: true, offset: 0, limit: 50 };
