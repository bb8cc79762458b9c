// What one reading does to its post's record: whether it adds anything, and the record after it. Pure.
import { sameMetrics } from '@/lib/core/metrics';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';
import { DEDUPE_MS } from '@/lib/score/config';
import { pointOf } from '@/lib/store/points';
import type { PostRecord, SummaryPoint } from '@/lib/store/records';

/**
 * No two snapshots of one post are stored closer than this, whatever their counts: two readings that
 * close are two copies of the post read in one pass (one of them stale), not a change. Site scripts
 * also limit each post to a few snapshots a minute (lib/page/post-gate.ts).
 */
export const MIN_GAP_MS = 100;

/**
 * A snapshot within MIN_GAP_MS of the latest reading, or showing the same counts as the reading just
 * before it within DEDUPE_MS of it, adds nothing. "Before it" is the latest reading for a new snapshot, and the stored point preceding it for
 * one that arrives late (a resend), so a resent reading that was skipped the first time is skipped again.
 */
export function repeatsReadingBefore(
  p: PostRecord,
  points: readonly SummaryPoint[],
  s: CheckedSnapshot,
): boolean {
  if (s.capturedAt >= p.lastSeenAt) {
    const after = s.capturedAt - p.lastSeenAt;
    return after < MIN_GAP_MS || (after < DEDUPE_MS && sameMetrics(p.latest, s.metrics));
  }
  let before: SummaryPoint | undefined;
  for (let k = points.length - 1; k >= 0; k--)
    if (points[k]![0] <= s.capturedAt) {
      before = points[k];
      break;
    }
  if (!before || s.capturedAt - before[0] >= DEDUPE_MS) return false;
  const now = pointOf(s.capturedAt, s.metrics);
  return now.every((v, k) => k === 0 || v === before[k]);
}

/**
 * The publication time to keep: a new reading's, unless the stored one is at least as precise ("3h" read
 * at 10:00 and again at 10:20 is the same post, not two times). Exact times are precision 0.
 */
const keepsPublication = (p: PostRecord | undefined, s: CheckedSnapshot): boolean =>
  p !== undefined &&
  p.publishedAt !== null &&
  (s.publishedAt === null || (s.publishedPrecision ?? 0) >= (p.publishedPrecision ?? 0));

/** The facts a snapshot carries about its post differ from what is stored of it (they are re-marked). */
export const factsDiffer = (p: PostRecord, s: CheckedSnapshot) =>
  p.url !== s.url ||
  p.author !== s.author ||
  (!keepsPublication(p, s) && (s.publishedAt ?? null) !== p.publishedAt) ||
  (s.format !== undefined && p.format !== s.format) ||
  (s.text !== undefined && p.text !== s.text);

/** The text to keep: the newest reading's, else what is stored (a reading may lack it: a collapsed post). */
const textOf = (p: PostRecord | undefined, s: CheckedSnapshot, newest: boolean) =>
  (newest ? (s.text ?? p?.text) : (p?.text ?? s.text)) ?? undefined;

/**
 * The post's record once the reading `s` is stored (`existing`: as it was; `key`, `account`: the post's).
 * Built as one literal and a few fields, rather than by spreading: this runs for every reading stored.
 */
export function nextRecord(
  existing: PostRecord | undefined,
  s: CheckedSnapshot,
  key: string,
  account: string,
): PostRecord {
  const newest = !existing || s.capturedAt >= existing.lastSeenAt;
  const from = existing && keepsPublication(existing, s) ? existing : s;
  const r: PostRecord = {
    key,
    platform: s.platform,
    id: s.postId,
    account,
    author: s.author,
    url: s.url,
    publishedAt: from.publishedAt ?? null,
    format: s.format ?? existing?.format,
    firstSeenAt: Math.min(existing?.firstSeenAt ?? s.capturedAt, s.capturedAt),
    lastSeenAt: newest ? s.capturedAt : existing.lastSeenAt,
    latest: newest ? s.metrics : existing.latest,
    snapshots: (existing?.snapshots ?? 0) + 1,
  };
  if (from.publishedPrecision !== undefined) r.publishedPrecision = from.publishedPrecision;
  const text = textOf(existing, s, newest);
  if (text !== undefined) r.text = text;
  // The user's tags are no reading's: they are kept as they are.
  if (existing?.tags) r.tags = existing.tags;
  return r;
}
