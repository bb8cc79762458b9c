// The background treats every message as untrusted input: shape, types, ranges and sizes are checked
// before anything is stored. Each check returns a reason a person can act on.

import { type Count, METRICS, type Metrics } from '@/lib/core/metrics';
import { isSiteUrl } from '@/lib/sites/catalog';
import type { PlatformId, PostFormat } from '@/lib/sites/types';
import type { SnapshotInput } from './messages';

export const PLATFORMS: readonly PlatformId[] = [
  'x',
  'bluesky',
  'threads',
  'mastodon',
  'instagram',
  'facebook',
  'linkedin',
  'youtube',
  'tiktok',
  'reddit',
];
const FORMATS: readonly PostFormat[] = ['text', 'image', 'video', 'carousel', 'reel', 'link', 'poll'];

/** Counts above this are not social-media numbers (the most-viewed YouTube video is ~1.6e10). */
export const MAX_COUNT = 1e12;
export const MAX_BATCH = 500;
/** Social sites in scope started in 2004; anything earlier is a parsing error. */
const EARLIEST = Date.UTC(2004, 0, 1);

export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

function fail(reason: string): never {
  throw new InvalidInput(reason);
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function checkString(x: unknown, what: string, max: number, pattern?: RegExp): string {
  if (typeof x !== 'string' || x.length === 0) fail(`${what} must be a non-empty string`);
  if (x.length > max) fail(`${what} is longer than ${max} characters`);
  if (pattern && !pattern.test(x)) fail(`${what} has an unexpected form`);
  return x;
}

export function checkPlatform(x: unknown): PlatformId {
  if (!PLATFORMS.includes(x as PlatformId)) fail(`unknown platform ${JSON.stringify(x)?.slice(0, 40)}`);
  return x as PlatformId;
}

export function checkTime(x: unknown, what: string, now: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(`${what} must be a time in ms`);
  if (x < EARLIEST || x > now + 24 * 3600e3) fail(`${what} is out of range`);
  return x;
}

function checkCount(x: unknown, what: string): Count {
  if (!isRecord(x)) fail(`${what} must be { value, min, max }`);
  const { value, min, max } = x;
  for (const [k, v] of [
    ['value', value],
    ['min', min],
    ['max', max],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_COUNT) {
      fail(`${what}.${k} must be a number from 0 to ${MAX_COUNT}`);
    }
  }
  const c = { value: value as number, min: min as number, max: max as number };
  if (!(c.min <= c.value && c.value <= c.max)) fail(`${what} must satisfy min ≤ value ≤ max`);
  if (!Number.isInteger(c.min) || !Number.isInteger(c.max)) fail(`${what} bounds must be whole numbers`);
  return c;
}

export function checkMetrics(x: unknown): Metrics {
  if (!isRecord(x)) fail('metrics must be an object');
  const out: Metrics = {};
  for (const [k, v] of Object.entries(x)) {
    if (!(METRICS as readonly string[]).includes(k)) fail(`unknown metric ${JSON.stringify(k).slice(0, 40)}`);
    out[k as keyof Metrics] = checkCount(v, k);
  }
  if (Object.keys(out).length === 0) fail('metrics are empty: an unreadable post is never stored');
  return out;
}

export function checkSnapshot(x: unknown, now: number): SnapshotInput {
  if (!isRecord(x)) fail('snapshot must be an object');
  const url = checkString(x.url, 'url', 2048);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail('url is not a URL');
  }
  if (parsed.protocol !== 'https:') fail('url must be https');
  const snap: SnapshotInput = {
    key: checkString(x.key, 'key', 64),
    platform: checkPlatform(x.platform),
    postId: checkString(x.postId, 'postId', 128, /^[\w:.@/-]+$/),
    url,
    author: checkString(x.author, 'author', 128),
    publishedAt: x.publishedAt === null ? null : checkTime(x.publishedAt, 'publishedAt', now),
    capturedAt: checkTime(x.capturedAt, 'capturedAt', now),
    metrics: checkMetrics(x.metrics),
  };
  if (x.format !== undefined) {
    if (!FORMATS.includes(x.format as PostFormat)) fail('unknown format');
    snap.format = x.format as PostFormat;
  }
  if (!isSiteUrl(snap.platform, parsed)) fail(`url is not on ${snap.platform}'s site`);
  if (snap.publishedAt !== null && snap.publishedAt > snap.capturedAt + 5 * 60e3) {
    fail('publishedAt is after capturedAt');
  }
  return snap;
}
