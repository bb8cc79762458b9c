// The JSON backup file (docs/backup-format.md) and its parser. The whole file is checked before anything
// is written, with the same checks as live readings (lib/protocol/checks): a bad file changes nothing.
import type { PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import { checkAccount, checkSite } from '@/lib/protocol/checks/accounts';
import { at, checkList, checkString, fail, InvalidInput, isRecord } from '@/lib/protocol/checks/basics';
import { checkMetrics } from '@/lib/protocol/checks/counts';
import { type CheckContext, checkPostFacts } from '@/lib/protocol/checks/posts';
import { checkTags } from '@/lib/protocol/checks/tags';
import { checkIsoTime } from '@/lib/protocol/checks/time';
import type { SiteId } from '@/lib/sites/catalog';
import { isInstanceHost } from '@/lib/store/instances';
import { postKey } from '@/lib/store/records';

export const BACKUP_FORMAT = 'resonance-backup';
export const BACKUP_VERSION = 1;
/** More entries than this in one list is not a Resonance history (a million snapshots is ~150 MB). */
const MAX_ENTRIES = 5_000_000;

/** The file, as written: times are ISO 8601 strings. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** Self-hosted instances (Mastodon) whose posts the file holds. */
  instances?: string[];
  accounts: { platform: SiteId; handle: string; tracked: boolean; name?: string; aliases?: string[] }[];
  posts: {
    platform: SiteId;
    id: string;
    url: string;
    author: string;
    publishedAt: string | null;
    /** ms: how far off publishedAt may be, when the page showed only a relative time. */
    publishedPrecision?: number;
    format?: PostFormat;
    /** The post's text as the page showed it: plain text, never markup. */
    text?: string;
    /** What the post tries (`question hook`), for the insights' experiments. */
    tags?: string[];
  }[];
  snapshots: { platform: SiteId; postId: string; capturedAt: string; metrics: Metrics }[];
}

/** A checked backup: names resolved to account ids, times in epoch ms. */
export interface Backup {
  instances: string[];
  accounts: {
    platform: SiteId;
    id: string;
    handle: string;
    tracked: boolean;
    name?: string;
    aliases: string[];
  }[];
  posts: {
    platform: SiteId;
    id: string;
    url: string;
    author: string;
    authorId: string;
    publishedAt: number | null;
    publishedPrecision?: number;
    format?: PostFormat;
    text?: string;
    tags?: string[];
  }[];
  snapshots: { platform: SiteId; postId: string; capturedAt: number; metrics: Metrics }[];
}

function parseAccount(a: unknown): Backup['accounts'][number] {
  if (!isRecord(a)) fail('must be an object');
  const platform = checkSite(a.platform);
  const name = checkAccount(platform, a.handle);
  if (typeof a.tracked !== 'boolean') fail('tracked must be true or false');
  const aliases = a.aliases === undefined ? [] : checkList(a.aliases, 'aliases', 20);
  return {
    platform,
    id: name.id,
    handle: name.handle,
    tracked: a.tracked,
    ...(a.name === undefined ? {} : { name: checkString(a.name, 'name', 200) }),
    aliases: aliases.map((x, i) => checkAccount(platform, x, `aliases[${i}]`).id),
  };
}

function parsePost(p: unknown, ctx: CheckContext): Backup['posts'][number] {
  if (!isRecord(p)) fail('must be an object');
  const publishedAt = p.publishedAt === null ? null : checkIsoTime(p.publishedAt, 'publishedAt', ctx.now);
  const f = checkPostFacts({ ...p, postId: p.id, publishedAt }, ctx);
  // The same rule as tags the user sets: a tag set in the popup always survives its backup and restore.
  const tags = p.tags === undefined || p.tags === null ? [] : checkTags(p.tags);
  return {
    platform: f.platform,
    id: f.postId,
    url: f.url,
    author: f.author,
    authorId: f.authorId,
    publishedAt: f.publishedAt,
    ...(f.publishedPrecision !== undefined ? { publishedPrecision: f.publishedPrecision } : {}),
    ...(f.format ? { format: f.format } : {}),
    ...(f.text !== undefined ? { text: f.text } : {}),
    ...(tags.length ? { tags } : {}),
  };
}

/**
 * Parses and checks a whole backup; throws InvalidInput naming the first bad entry. Self-hosted posts'
 * links must be on an instance the user added (`instances`) or one the file itself names.
 */
export function parseBackup(text: string, ctx: CheckContext): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`not JSON (the file may be truncated): ${(e as Error).message}`);
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) fail('not a Resonance backup file');
  if (typeof raw.version !== 'number' || raw.version > BACKUP_VERSION || raw.version < 1)
    fail(`backup version ${String(raw.version)} is not supported (this Resonance reads 1–${BACKUP_VERSION})`);
  const instances = (raw.instances === undefined ? [] : checkList(raw.instances, 'instances', 1000)).map(
    (h, i) =>
      at(`instances[${i}]`, () => (isInstanceHost(h) ? h : fail('must be a host name like mastodon.social'))),
  );
  const postCtx = { ...ctx, instances: [...ctx.instances, ...instances] };
  const accounts = checkList(raw.accounts, 'accounts', 10_000).map((a, i) =>
    at(`accounts[${i}]`, () => parseAccount(a)),
  );
  const posts = checkList(raw.posts, 'posts', MAX_ENTRIES).map((p, i) =>
    at(`posts[${i}]`, () => parsePost(p, postCtx)),
  );
  const published = new Map(posts.map((p) => [postKey(p.platform, p.id), p.publishedAt]));
  const snapshots = checkList(raw.snapshots, 'snapshots', MAX_ENTRIES).map((s, i) =>
    at(`snapshots[${i}]`, () => {
      if (!isRecord(s)) fail('must be an object');
      const platform = checkSite(s.platform);
      const postId = checkString(s.postId, 'postId', 128);
      const key = postKey(platform, postId);
      if (!published.has(key)) fail('refers to a post not in the file');
      const capturedAt = checkIsoTime(s.capturedAt, 'capturedAt', ctx.now);
      const pub = published.get(key);
      if (pub != null && pub > capturedAt + 5 * 60e3) fail('capturedAt is before the post was published');
      return { platform, postId, capturedAt, metrics: checkMetrics(s.metrics) };
    }),
  );
  return { instances, accounts, posts, snapshots };
}
