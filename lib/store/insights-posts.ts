// The posts the insights read (docs/insights.md), straight from the week buckets: each post's facts,
// text, tags and every stored reading, one key range per account. Read only, in the dashboard's worker.
// The shape is lib/insights' InsightPost (the store does not import it; the worker's call checks it).
import type { PostFormat } from '@/lib/core/formats';
import type { Settings } from '@/lib/protocol/settings';
import type { Snapshot } from '@/lib/score/types';
import type { SiteId } from '@/lib/sites/catalog';
import { accountPosts } from './buckets';
import { summaryToCurve } from './points';
import type { AccountRecord, ResonanceDB, StoredPost } from './records';
import { readSettings } from './settings';

export interface InsightInput {
  platform: SiteId;
  account: string;
  handle?: string;
  id: string;
  publishedAt: number;
  format?: PostFormat;
  text?: string;
  tags?: string[];
  snapshots: Snapshot[];
}

/** Which accounts: these account keys, or every tracked account (every account when none is tracked). */
export type InsightAccounts = readonly string[] | 'tracked';

export interface InsightRead {
  posts: InsightInput[];
  /** The accounts read, as the dashboard names them. */
  accounts: Pick<AccountRecord, 'key' | 'platform' | 'id' | 'handle'>[];
  settings: Settings;
}

/** Publication times from and to (epoch ms, inclusive): only posts published then are read. */
export interface PublishedRange {
  from?: number;
  to?: number;
}

function chosen(all: AccountRecord[], which: InsightAccounts): AccountRecord[] {
  if (which !== 'tracked') return all.filter((a) => which.includes(a.key));
  const tracked = all.filter((a) => a.tracked);
  return tracked.length ? tracked : all;
}

function inputOf(e: StoredPost, handle: string): InsightInput | null {
  const p = e.post;
  if (p.publishedAt === null) return null;
  const curve = summaryToCurve({
    key: p.key,
    account: p.account,
    id: p.id,
    publishedAt: p.publishedAt,
    points: e.points,
  });
  return {
    platform: p.platform,
    account: p.account,
    handle,
    id: p.id,
    publishedAt: p.publishedAt,
    ...(p.format ? { format: p.format } : {}),
    ...(p.text ? { text: p.text } : {}),
    ...(p.tags?.length ? { tags: p.tags } : {}),
    snapshots: curve.snapshots,
  };
}

/** Every post with a known time of the chosen accounts, with the user's score settings. */
export async function readInsightPosts(
  db: ResonanceDB,
  which: InsightAccounts,
  range: PublishedRange = {},
): Promise<InsightRead> {
  const accounts = chosen(await db.getAll('accounts'), which);
  const posts: InsightInput[] = [];
  for (const a of accounts) {
    for (const e of await accountPosts(db, a.key)) {
      const input = inputOf(e, a.handle);
      if (!input) continue;
      if (range.from !== undefined && input.publishedAt < range.from) continue;
      if (range.to !== undefined && input.publishedAt > range.to) continue;
      posts.push(input);
    }
  }
  return {
    posts,
    accounts: accounts.map(({ key, platform, id, handle }) => ({ key, platform, id, handle })),
    settings: await readSettings(db),
  };
}
