// Works out the Insights page's report: the scope's posts read from the store, then `insightsFor`
// (docs/insights.md). It runs in a worker (./insights-worker.ts): about 1.7 s for 3,000 posts, which the
// page's thread never waits on; the page runs it itself where a worker can't start.
import type { InsightScope, InsightsReport, InsightsView } from '@/components/dashboard/insight-types';
import { insightsFor } from '@/lib/insights/insights';
import { tagKey } from '@/lib/protocol/checks/tags';
import { accountKey } from '@/lib/sites/catalog';
import { openForReading } from '@/lib/store/db';
import { type InsightInput, readInsightPosts } from '@/lib/store/insights-posts';
import type { ResonanceDB } from '@/lib/store/records';

export interface InsightsRequest {
  id: number;
  scope: InsightScope;
  now: number;
  timeZone: string;
}

export type InsightsReply =
  | { id: number; ok: true; data: InsightsReport }
  | { id: number; ok: false; error: string };

/** Every tag on the posts, grouped as the experiments group them, with how many posts carry it. */
function taggedCounts(posts: readonly InsightInput[]): InsightsReport['tagged'] {
  const counts = new Map<string, { tag: string; posts: number }>();
  for (const p of posts)
    for (const key of new Set((p.tags ?? []).map(tagKey))) {
      const c = counts.get(key) ?? { tag: key, posts: 0 };
      c.posts++;
      counts.set(key, c);
    }
  return [...counts.values()].sort((a, b) => b.posts - a.posts || (a.tag < b.tag ? -1 : 1));
}

/** The words of each message posted on several sites, from its first copy (the findings shorten them). */
function familyTexts(posts: readonly InsightInput[], insights: InsightsView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const copy of insights.tables.families) {
    if (out[copy.family] !== undefined) continue;
    const text = posts.find((p) => p.platform === copy.platform && p.id === copy.postId)?.text;
    if (text) out[copy.family] = text;
  }
  return out;
}

export async function insightsReport(
  db: ResonanceDB,
  r: Omit<InsightsRequest, 'id'>,
): Promise<InsightsReport> {
  const which =
    r.scope.accounts === 'tracked' ? 'tracked' : r.scope.accounts.map((a) => accountKey(a.platform, a.id));
  const read = await readInsightPosts(db, which, r.scope);
  // The type checker holds lib/insights' result and the page's view of it together here.
  const insights: InsightsView = insightsFor(read.posts, {
    now: r.now,
    timeZone: r.timeZone,
    basis: read.settings.basis,
    weights: read.settings.weights,
  });
  return {
    insights,
    posts: read.posts.length,
    accounts: read.accounts.map((a) => ({ key: a.key, platform: a.platform, handle: a.handle })),
    tagged: taggedCounts(read.posts),
    timeZone: r.timeZone,
    familyTexts: familyTexts(read.posts, insights),
  };
}

export class InsightsHost {
  private db: Promise<ResonanceDB> | null = null;

  /** The store, opened once; the page had the service worker bring it up to date first (`settle`). */
  private open(): Promise<ResonanceDB> {
    this.db ??= openForReading().catch((e) => {
      this.db = null;
      throw e;
    });
    return this.db;
  }

  async answer(r: InsightsRequest): Promise<InsightsReply> {
    try {
      return { id: r.id, ok: true, data: await insightsReport(await this.open(), r) };
    } catch (e) {
      return { id: r.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
