// The time a post's shortcode carries, for Instagram and Threads (a Threads post code is the same kind of
// shortcode: Threads posts are Instagram media). A shortcode is the media id in base 64 (A–Z a–z 0–9 - _):
// real capture of Instagram's DQq9PJQk4TG, whose page gives media id 3759086160565208262, and of Threads'
// DR0WsyWki1M, whose page gives pk 3779745822016679244. Media ids hold milliseconds since Instagram's epoch in
// their top 41 bits ("Sharding & IDs at Instagram", Instagram Engineering, 2012). Pure; never throws.
import { DAY } from '@/lib/core/time';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const IG_EPOCH_MS = 1314220021721n;

/**
 * How far an upload time may be from publication: seconds usually (Instagram's DQq9PJQk4TG 3 s before its
 * published time; Threads' DR0WsyWki1M 0.8 s after its `datetime`, which has whole seconds only).
 */
export const SHORTCODE_PRECISION_MS = 60_000;

/**
 * The same for a post with a video, whose media is made before it is processed and published: Threads'
 * DRSYei3El47 (a video post in the real profile capture, stanleyoho/post-tracker, 2025-12) decodes to 8.4 min
 * before its `datetime`.
 */
export const SHORTCODE_VIDEO_PRECISION_MS = 15 * 60_000;

/** Upload time of a post from its shortcode, in ms; null for a code that isn't one or an implausible time. */
export function shortcodeTime(code: string, now: number): number | null {
  // 64 bits are 11 characters (10 for the oldest ids); longer codes (private posts) are left alone.
  if (typeof code !== 'string' || code.length < 10 || code.length > 11) return null;
  let id = 0n;
  for (const ch of code) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    id = id * 64n + BigInt(v);
  }
  const ms = Number((id >> 23n) + IG_EPOCH_MS);
  // Id 0 (or a code that decodes below it) is no post; neither is a time more than a day ahead.
  return ms > Number(IG_EPOCH_MS) && ms <= now + DAY ? ms : null;
}

/** A shortcode for a time (the demos' posts): the inverse of shortcodeTime, with `seq` in the low bits. */
export function shortcodeAt(ms: number, seq: number): string {
  let id = ((BigInt(Math.floor(ms)) - IG_EPOCH_MS) << 23n) | BigInt(seq & 0x7fffff);
  let code = '';
  while (id > 0n) {
    code = ALPHABET[Number(id % 64n)] + code;
    id /= 64n;
  }
  return code;
}
