// Columns and rows of the two CSV exports, over plain records. Cells are raw values; lib/export/csv.ts
// quotes and neutralises them. A metric the page did not show is an empty cell, never 0. Which metric
// columns a file has is its MetricPlan (lib/export/metric-columns.ts); without one, all six.

import type { Metric, Metrics } from '@/lib/core/metrics';
import { hashtagsOf, mentionsOf } from '@/lib/core/text';
import { HOUR } from '@/lib/core/time';
import type { SiteId } from '@/lib/sites/catalog';
import type { PostRecord, SnapshotRecord } from '@/lib/store/records';
import { type DigitText, digitsAsText } from './csv';
import { ALL_METRICS, type MetricPlan, metricColumns } from './metric-columns';

export type ExportCell = string | number | null | DigitText;
export type ExportKind = 'snapshots-csv' | 'posts-csv' | 'backup-json';

/**
 * What an export covers: everything or one account, and optionally a time range: capture time for the
 * snapshots CSV and the backup's snapshots, publication time for the posts CSV.
 */
export interface ExportScope {
  account?: { platform: SiteId; id: string };
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, inclusive. */
  to?: number;
}

/** The part of a score view the posts CSV writes (lib/score-view.ts ScoreView fits it). */
export interface ExportScore {
  ratio: number | null;
  percentile: number | null;
  confidence: string;
  n: number;
  line: string;
}

/** The columns both CSVs start with: which post this is. */
const POST_HEAD = ['site', 'account', 'post_id', 'url', 'format', 'published_at_utc'];

const SCORE_COLUMNS = [
  'score_ratio',
  'score_percentile',
  'score_confidence',
  'baseline_posts',
  'score_explanation',
];

/** Last, so the columns before them keep their places: what the post says, and whom and what it names. */
const TEXT_COLUMNS = ['text', 'hashtags', 'mentions'];

/** The snapshots CSV's header: value, min and max of each metric the plan holds (exact counts: min = max). */
export function snapshotColumns(plan: MetricPlan = ALL_METRICS): string[] {
  return [...POST_HEAD, 'captured_at_utc', 'age_hours', ...metricColumns(plan)];
}

export function postColumns(plan: MetricPlan = ALL_METRICS): string[] {
  return [
    ...POST_HEAD,
    'first_seen_at_utc',
    'last_seen_at_utc',
    'snapshots',
    ...metricColumns(plan),
    ...SCORE_COLUMNS,
    ...TEXT_COLUMNS,
  ];
}

/** Every column, all six metrics. */
export const SNAPSHOT_COLUMNS: string[] = snapshotColumns();
export const POST_COLUMNS: string[] = postColumns();

// Date's own range is ±8.64e15 ms; outside it toISOString throws.
const MAX_TIME = 8.64e15;

const DAY = 24 * HOUR;
/** The last day sheetTime wrote, and its date. */
let lastDay = Number.NaN;
let lastDate = '';
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * UTC as `YYYY-MM-DD HH:MM:SS`, or null for an unknown (or unrepresentable) time. Excel, Google Sheets
 * and LibreOffice all read this form as a date and time when they open a CSV; ISO 8601 with its `T` and
 * `Z` stays text in Excel. The columns say UTC in their names.
 */
export function sheetTime(time: number | null | undefined): string | null {
  if (time === null || time === undefined || !Number.isFinite(time) || Math.abs(time) > MAX_TIME) return null;
  // A Date drops a fraction of a millisecond toward zero (TimeClip): so does this.
  const ms = Math.trunc(time);
  // An export writes a million of these, mostly on few days: each day's date is worked out once, the
  // time of day by arithmetic (toISOString per row was a tenth of an export's time).
  const day = Math.floor(ms / DAY);
  if (day !== lastDay) {
    const iso = new Date(day * DAY).toISOString();
    // Years outside 0000–9999 are written ±YYYYYY by toISOString: keep them as they are, still sortable.
    if (iso.length !== 24) return new Date(ms).toISOString();
    lastDay = day;
    lastDate = iso.slice(0, 10);
  }
  const s = Math.floor((ms - day * DAY) / 1000);
  return `${lastDate} ${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Hours from publication to capture, to 2 decimals; a number, so a negative age (clock skew) stays data. */
export function ageHours(publishedAt: number | null, capturedAt: number): number | null {
  if (publishedAt === null || !Number.isFinite(publishedAt) || !Number.isFinite(capturedAt)) return null;
  return Math.round(((capturedAt - publishedAt) / HOUR) * 100) / 100;
}

function pushMetrics(row: ExportCell[], m: Metrics, metrics: readonly Metric[]): void {
  for (const k of metrics) {
    const c = m[k];
    if (c) row.push(c.value, c.min, c.max);
    else row.push(null, null, null);
  }
}

// Ids stay text in a spreadsheet: an all-digit post id or handle (X's 19-digit ids, a Facebook Page's
// numeric id) would otherwise be rounded to 15 digits (lib/export/csv.ts digitsAsText says how and why).
export function postHead(post: PostRecord, account: string): ExportCell[] {
  return [
    post.platform,
    digitsAsText(account),
    digitsAsText(post.id),
    post.url,
    post.format ?? null,
    sheetTime(post.publishedAt),
  ];
}

/** One snapshot row, in snapshotColumns(plan) order. `account` is the display handle. */
export function snapshotRow(
  post: PostRecord,
  snap: SnapshotRecord,
  account: string,
  plan: MetricPlan = ALL_METRICS,
): ExportCell[] {
  return [...postHead(post, account), ...snapshotTail(post, snap, plan)];
}

/** A snapshot row's cells after its post's (postHead): the same for every row of a post up to there. */
export function snapshotTail(
  post: PostRecord,
  snap: SnapshotRecord,
  plan: MetricPlan = ALL_METRICS,
): ExportCell[] {
  const row: ExportCell[] = [sheetTime(snap.capturedAt), ageHours(post.publishedAt, snap.capturedAt)];
  pushMetrics(row, snap.metrics, plan.metrics);
  return row;
}

/** One post row, in postColumns(plan) order: its latest counts and, when there is one, its score. */
export function postRow(
  post: PostRecord,
  account: string,
  score: ExportScore | null,
  plan: MetricPlan = ALL_METRICS,
): ExportCell[] {
  const row = postHead(post, account);
  row.push(sheetTime(post.firstSeenAt), sheetTime(post.lastSeenAt), post.snapshots);
  pushMetrics(row, post.latest, plan.metrics);
  // A spreadsheet needs no more digits than the badge shows: ratio to 0.001, percentile to 0.1.
  const round = (x: number | null, step: number) => (x === null ? null : Math.round(x / step) * step);
  if (score) {
    const ratio = round(score.ratio, 0.001);
    const pct = round(score.percentile, 0.1);
    row.push(
      ratio === null ? null : +ratio.toFixed(3),
      pct === null ? null : +pct.toFixed(1),
      score.confidence,
      score.n,
      score.line,
    );
  } else row.push(null, null, null, null, null);
  const text = post.text ?? '';
  // Space-separated, as they are written in posts: one cell a spreadsheet can search or split.
  row.push(text || null, hashtagsOf(text).join(' ') || null, mentionsOf(text).join(' ') || null);
  return row;
}

const KIND: Record<ExportKind, [string, string]> = {
  'snapshots-csv': ['snapshots', 'csv'],
  'posts-csv': ['posts', 'csv'],
  'backup-json': ['backup', 'json'],
};

/** Only [A-Za-z0-9._-]: a handle or site id can't add a path, a reserved character or a control code. */
function safePart(s: string, fallback: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64) || fallback;
}

const day = (ms: number) => sheetTime(ms)?.slice(0, 10) ?? null;

/**
 * `resonance-<what>[-<site>-<account id>|-all]-<dates>.<ext>`; dates are UTC days like the times inside.
 * A range gives `<from>_<to>` (to defaults to now) or `until-<to>`; no range gives today. A backup
 * without an account omits "all", since a backup is whole by default.
 */
export function exportFilename(
  kind: ExportKind,
  // Any site string: a filename is built from it, so it is sanitised, not trusted to be a SiteId.
  scope: Omit<ExportScope, 'account'> & { account?: { platform: string; id: string } },
  now: number,
): string {
  const [what, ext] = KIND[kind];
  const parts = ['resonance', what];
  if (scope.account) {
    parts.push(`${safePart(scope.account.platform, 'site')}-${safePart(scope.account.id, 'account')}`);
  } else if (kind !== 'backup-json') parts.push('all');
  const from = scope.from === undefined ? null : day(scope.from);
  const to = scope.to === undefined ? null : day(scope.to);
  const today = day(now) ?? 'undated';
  if (from) parts.push(`${from}_${to ?? today}`);
  else if (to) parts.push(`until-${to}`);
  else parts.push(today);
  return `${parts.join('-')}.${ext}`;
}
