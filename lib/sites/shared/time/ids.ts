// Publication times carried by post ids. Each returns epoch ms, or null for a malformed id or a time
// no post can have (before 2004, or more than a day after `now`). Pure; never throws.
import { DAY } from '@/lib/core/time';

const EARLIEST = Date.UTC(2004, 0, 1);

function plausible(ms: bigint, now: number | undefined): number | null {
  const n = Number(ms);
  if (!Number.isFinite(n) || n < EARLIEST) return null;
  return n > (now ?? Date.now()) + DAY ? null : n;
}

function digitsToBig(id: string, min: number, max: number): bigint | null {
  if (typeof id !== 'string' || id.length < min || id.length > max || !/^\d+$/.test(id)) return null;
  return BigInt(id);
}

// X snowflake (developer.x.com "Twitter IDs"): the top 41 bits are ms since X's epoch 1288834974657.
const X_EPOCH_MS = 1288834974657n;

/** Time of an X status id (ids from 2010-11 on). */
export function xSnowflakeTime(id: string, now?: number): number | null {
  const v = digitsToBig(id, 15, 25);
  return v === null ? null : plausible((v >> 22n) + X_EPOCH_MS, now);
}

/** Time of a LinkedIn activity id (urn:li:activity:…). */
export function linkedinActivityTime(id: string, now?: number): number | null {
  // As observed on activity URNs: the first 41 of the 63 bits are Unix ms (no custom epoch).
  const v = digitsToBig(id, 15, 25);
  return v === null ? null : plausible(v >> 22n, now);
}

/** Time of a TikTok video id, to the second. */
export function tiktokVideoTime(id: string, now?: number): number | null {
  // As observed on video ids: the top 32 bits are Unix seconds.
  const v = digitsToBig(id, 15, 25);
  return v === null ? null : plausible((v >> 32n) * 1000n, now);
}

/** Time of a Mastodon status id; null for the small sequential ids of old servers. */
export function mastodonIdTime(id: string, now?: number): number | null {
  // Mastodon lib/mastodon/snowflake.rb: id = (ms << 16) | 16-bit sequence. Only such ids have 16+ digits.
  const v = digitsToBig(id, 16, 25);
  return v === null ? null : plausible(v >> 16n, now);
}

// AT Protocol TID spec (atproto.com/specs/tid): 13 chars of base32-sortable; the 64-bit value has a
// zero top bit, then 53 bits of microseconds since the Unix epoch, then a 10-bit clock id.
const B32 = '234567abcdefghijklmnopqrstuvwxyz';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/** Time of a Bluesky record key (TID), in ms. */
export function blueskyTidTime(tid: string, now?: number): number | null {
  if (typeof tid !== 'string' || !TID.test(tid)) return null;
  let v = 0n;
  for (const ch of tid) v = v * 32n + BigInt(B32.indexOf(ch));
  if (v >> 63n !== 0n) return null;
  return plausible((v >> 10n) / 1000n, now);
}
