// A post's facts and one reading of its counts, as a content script sends them and as a backup holds
// them: the same rules for both.
import { isPostFormat, type PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import { isPostUrlOf, type SiteId, siteInfo } from '@/lib/sites/catalog';
import { checkAccount, checkSite } from './accounts';
import { checkString, fail, isRecord } from './basics';
import { checkMetrics } from './counts';
import { checkTime } from './time';

export const POST_ID = /^[\w:.@/-]{1,128}$/;

export interface PostFacts {
  platform: SiteId;
  postId: string;
  url: string;
  author: string;
  /** The author's account id on the site. */
  authorId: string;
  publishedAt: number | null;
  publishedPrecision?: number;
  format?: PostFormat;
  /** The post's own words as the page showed them; plain text, never markup. */
  text?: string;
}

/** A relative time can be off by half its unit; a year ("1y") is the coarsest a page shows. */
const MAX_PRECISION = 366 * 24 * 3600e3;

/** What the checks need to know beyond the record: now, and the self-hosted instances the user granted. */
export interface CheckContext {
  now: number;
  instances: readonly string[];
}

export function checkPostUrl(platform: SiteId, x: unknown, ctx: CheckContext): string {
  const url = checkString(x, 'url', 2048);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail('url is not a URL');
  }
  if (parsed.protocol !== 'https:') fail('url must be https');
  if (!isPostUrlOf(siteInfo(platform), parsed, ctx.instances))
    fail(
      siteInfo(platform).selfHosted
        ? `url is not on a ${siteInfo(platform).name} instance you added`
        : `url is not on ${platform}'s site`,
    );
  return url;
}

/** A post's text: at most this many characters (longer than any site allows a post; readings carry 500). */
export const MAX_TEXT = 5_000;

/** Optional text: a string, kept as it is (only ever shown as text); an empty one is no text. */
export function checkPostText(x: unknown): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x !== 'string') fail('text must be a string');
  // Characters as people count them (code points: an emoji is one), not UTF-16 units.
  if (x.length > MAX_TEXT && (x.length > 2 * MAX_TEXT || [...x].length > MAX_TEXT))
    fail(`text is longer than ${MAX_TEXT} characters`);
  return x.length ? x : undefined;
}

/** `publishedAt` is epoch ms here; a backup converts its ISO times before calling. */
export function checkPostFacts(x: Record<string, unknown>, ctx: CheckContext): PostFacts {
  const platform = checkSite(x.platform);
  const author = checkAccount(platform, x.author, 'author');
  const facts: PostFacts = {
    platform,
    postId: checkString(x.postId, 'postId', 128, POST_ID),
    url: checkPostUrl(platform, x.url, ctx),
    author: author.handle,
    authorId: author.id,
    publishedAt: x.publishedAt === null ? null : checkTime(x.publishedAt, 'publishedAt', ctx.now),
  };
  if (x.format !== undefined) {
    if (!isPostFormat(x.format)) fail('unknown format');
    facts.format = x.format;
  }
  if (x.publishedPrecision !== undefined) {
    const p = x.publishedPrecision;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > MAX_PRECISION)
      fail('publishedPrecision must be a number of ms up to a year');
    if (facts.publishedAt === null) fail('publishedPrecision without publishedAt');
    facts.publishedPrecision = p;
  }
  const text = checkPostText(x.text);
  if (text !== undefined) facts.text = text;
  return facts;
}

export type Reading = PostFacts & { capturedAt: number; metrics: Metrics };

/** The checked facts object itself gets the reading's fields: a worker checks every row of every flush. */
export function checkReading(x: unknown, ctx: CheckContext): Reading {
  if (!isRecord(x)) fail('snapshot must be an object');
  const r = checkPostFacts(x, ctx) as Reading;
  r.capturedAt = checkTime(x.capturedAt, 'capturedAt', ctx.now);
  if (r.publishedAt !== null && r.publishedAt > r.capturedAt + 5 * 60e3)
    fail('publishedAt is after capturedAt');
  r.metrics = checkMetrics(x.metrics);
  return r;
}
